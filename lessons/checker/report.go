package checker

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/exlite/exlite/lessons"
	"github.com/sergi/go-diff/diffmatchpatch"
)

// ColorWanted tells whether output to f should be coloured: f is a
// terminal and the NO_COLOR environment variable is unset or empty
// (no-color.org).
func ColorWanted(f *os.File) bool {
	if os.Getenv("NO_COLOR") != "" {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// ANSI escapes used when colour is on.
const (
	red   = "\x1b[31m"
	green = "\x1b[32m"
	cyan  = "\x1b[36m"
	bold  = "\x1b[1m"
	reset = "\x1b[0m"
)

type painter bool

func (p painter) paint(code, s string) string {
	if !p || s == "" {
		return s
	}
	return code + s + reset
}

// WriteText prints the verdict for people: one line per scenario, and for
// each failure its problems, a diff of the output and the scenario's hint.
func WriteText(w io.Writer, r *Result, color bool) error {
	p := painter(color)
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n", p.paint(bold, r.Exercise.ID()+": "+r.Exercise.Title))
	if r.Status == Error {
		fmt.Fprintf(&b, "%s your code does not run:\n%s\n", p.paint(red, "ERROR"), indent(r.Message, "  "))
		_, err := io.WriteString(w, b.String())
		return err
	}
	for _, t := range r.Tests {
		name := t.Scenario.Name
		if t.Status == Pass {
			fmt.Fprintf(&b, "  %s  %s\n", p.paint(green, "PASS"), name)
			if t.Warning != nil {
				b.WriteString(indent(strings.TrimSuffix(t.Warning.Text(), "\n"), "        ") + "\n")
			}
			continue
		}
		label := "FAIL"
		if t.Status == Error {
			label = "ERROR"
		}
		if t.Scenario.Bonus {
			name += " (bonus)"
		}
		fmt.Fprintf(&b, "  %s  %s\n", p.paint(red, fmt.Sprintf("%-4s", label)), name)
		b.WriteString(indent(explain(t, p, true), "        "))
		b.WriteString("\n")
	}
	passed, failed, bonus := r.Counts()
	total := passed + failed
	switch {
	case failed == 0:
		fmt.Fprintf(&b, "%s: all %d scenarios pass.\n", p.paint(green, "PASS"), total)
	case r.Status == Pass:
		fmt.Fprintf(&b, "%s: %d of %d scenarios pass; %s fail (the submission passes without them).\n",
			p.paint(green, "PASS"), passed, total, count(bonus, "bonus scenario", "bonus scenarios"))
	default:
		fmt.Fprintf(&b, "%s: %d of %d scenarios pass.\n", p.paint(red, "FAIL"), passed, total)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// explain describes a failed scenario: its problems, the output compared
// with the expected one, the seed when it matters, the lines of the
// scenario's code its messages name (when quote is set: the text report,
// whose reader does not see the code otherwise), and the hint.
func explain(t *TestResult, p painter, quote bool) string {
	var b strings.Builder
	for _, pr := range t.Problems {
		b.WriteString(pr.Message + "\n")
		if pr.Kind != lessons.KindStdout {
			continue
		}
		if pr.Got == "" {
			// Nothing to compare: the message introduces the expected
			// output.
			b.WriteString(indent(strings.TrimSuffix(pr.Want, "\n"), "  ") + "\n")
			continue
		}
		if t.Scenario.Stdout != nil {
			b.WriteString(UnifiedDiff(pr.Want, pr.Got, bool(p)))
		} else {
			b.WriteString("expected lines, in this order:\n" + indent(strings.TrimSuffix(pr.Want, "\n"), "  ") + "\n")
			b.WriteString("the output:\n" + indent(strings.TrimSuffix(pr.Got, "\n"), "  ") + "\n")
		}
	}
	if t.Seed != 0 {
		fmt.Fprintf(&b, "(with scheduling seed %d: the order in which processes run matters to this program)\n", t.Seed)
	}
	if quote {
		b.WriteString(scenarioQuote(t))
	}
	if t.Scenario.Hint != "" && !(len(t.Problems) == 1 && (t.Problems[0].Message == NotRunMessage || t.Problems[0].Message == SlowMessage)) {
		b.WriteString("hint: " + t.Scenario.Hint + "\n")
	}
	return strings.TrimSuffix(b.String(), "\n")
}

// scenarioLine finds the positions in the scenario's code that messages
// name (scenarioLines rewrites them so).
var scenarioLine = positionIn(scenarioFile)

// scenarioQuote quotes the lines of a failed scenario's code that its
// errors and output name (scenario.exs:N, in a stack trace or a crash
// report), numbered: "" when they name none.
func scenarioQuote(t *TestResult) string {
	if t.Scenario.Run == "" || t.Scenario.File == TestFileName {
		return ""
	}
	texts := []string{t.Stdout}
	for _, pr := range t.Problems {
		// Errors' stack traces (a stuck receive's position says it all:
		// its patterns are in the message).
		if pr.Kind == lessons.KindError {
			texts = append(texts, pr.Message)
		}
	}
	code := strings.Split(strings.TrimSuffix(t.Scenario.Run, "\n"), "\n")
	seen := map[int]bool{}
	var nums []int
	for _, text := range texts {
		for _, m := range scenarioLine.FindAllStringSubmatch(text, -1) {
			n, err := strconv.Atoi(m[2])
			if err == nil && n >= 1 && n <= len(code) && !seen[n] {
				seen[n] = true
				nums = append(nums, n)
			}
		}
	}
	if len(nums) == 0 {
		return ""
	}
	sort.Ints(nums)
	width := len(strconv.Itoa(nums[len(nums)-1]))
	var b strings.Builder
	b.WriteString(scenarioFile + ", the scenario's code (run after your file):\n")
	for _, n := range nums {
		fmt.Fprintf(&b, "  %*d | %s\n", width, n, code[n-1])
	}
	return b.String()
}

// UnifiedDiff is a line diff of want and got in the unified format
// ("--- expected", "+++ actual", hunks with three lines of context),
// coloured when color is true; "" when they are equal.
func UnifiedDiff(want, got string, color bool) string {
	if want == got {
		return ""
	}
	p := painter(color)
	dmp := diffmatchpatch.New()
	a, bb, lines := dmp.DiffLinesToChars(want, got)
	diffs := dmp.DiffCharsToLines(dmp.DiffMain(a, bb, false), lines)

	type op struct {
		kind byte // ' ', '-', '+'
		text string
	}
	var ops []op
	for _, d := range diffs {
		kind := byte(' ')
		switch d.Type {
		case diffmatchpatch.DiffDelete:
			kind = '-'
		case diffmatchpatch.DiffInsert:
			kind = '+'
		}
		text := d.Text
		for text != "" {
			line, rest, found := strings.Cut(text, "\n")
			if !found {
				line += "\n\\ No newline at end of file"
			}
			ops = append(ops, op{kind, line})
			text = rest
		}
	}

	const context = 3
	var b strings.Builder
	b.WriteString(p.paint(bold, "--- expected") + "\n" + p.paint(bold, "+++ actual") + "\n")
	for i := 0; i < len(ops); {
		if ops[i].kind == ' ' {
			i++
			continue
		}
		// A hunk: from context lines before this change to context lines
		// after the last change that is at most 2*context lines further.
		start := max(0, i-context)
		end := i
		for j := i; j < len(ops); j++ {
			if ops[j].kind != ' ' {
				end = j
			} else if j-end > 2*context {
				break
			}
		}
		stop := min(len(ops), end+context+1)
		oldStart, newStart := 1, 1
		for _, o := range ops[:start] {
			if o.kind != '+' {
				oldStart++
			}
			if o.kind != '-' {
				newStart++
			}
		}
		oldLen, newLen := 0, 0
		for _, o := range ops[start:stop] {
			if o.kind != '+' {
				oldLen++
			}
			if o.kind != '-' {
				newLen++
			}
		}
		b.WriteString(p.paint(cyan, fmt.Sprintf("@@ -%s +%s @@", hunkRange(oldStart, oldLen), hunkRange(newStart, newLen))) + "\n")
		for _, o := range ops[start:stop] {
			line := string(o.kind) + o.text
			switch o.kind {
			case '-':
				line = p.paint(red, line)
			case '+':
				line = p.paint(green, line)
			}
			b.WriteString(line + "\n")
		}
		i = stop
	}
	return b.String()
}

// hunkRange prints a unified diff range: "start,len", with the start of an
// empty range being the line before it.
func hunkRange(start, n int) string {
	if n == 0 {
		return fmt.Sprintf("%d,0", start-1)
	}
	if n == 1 {
		return fmt.Sprint(start)
	}
	return fmt.Sprintf("%d,%d", start, n)
}

// OutputLimit is the most characters of a scenario's output an Exercism
// report carries; longer output is cut and OutputTruncated appended.
const OutputLimit = 500

// OutputTruncated ends an output cut at OutputLimit.
const OutputTruncated = "\n[Output was truncated. Please limit to 500 chars]"

// ExercismReport is Exercism's test-runner results.json, version 3.
type ExercismReport struct {
	Version int            `json:"version"`
	Status  Status         `json:"status"`
	Message string         `json:"message,omitempty"`
	Tests   []ExercismTest `json:"tests,omitempty"`
}

// ExercismTest is one test (scenario) of an ExercismReport.
type ExercismTest struct {
	Name     string `json:"name"`
	Status   Status `json:"status"`
	Message  string `json:"message,omitempty"`
	Output   string `json:"output,omitempty"`
	TestCode string `json:"test_code"`
	TaskID   int    `json:"task_id,omitempty"`
}

// Exercism converts a result to Exercism's format. Exercism has no bonus
// tests: a failing bonus scenario is a failing test and makes the status
// fail, as the format requires.
func Exercism(r *Result) ExercismReport {
	rep := ExercismReport{Version: 3, Status: r.Status}
	if r.Status == Error {
		rep.Message = r.Message
		return rep
	}
	for _, t := range r.Tests {
		et := ExercismTest{
			Name:     t.Scenario.Name,
			Status:   t.Status,
			Output:   capOutput(t.Stdout),
			TestCode: strings.TrimSuffix(t.Scenario.Run, "\n"),
			TaskID:   t.Scenario.Task,
		}
		if t.Status != Pass {
			// The report carries the scenario's code (test_code).
			et.Message = explain(t, false, false)
			rep.Status = Fail
		} else if t.Warning != nil {
			et.Message = strings.TrimSuffix(t.Warning.Text(), "\n")
		}
		rep.Tests = append(rep.Tests, et)
	}
	return rep
}

// WriteExercism writes the result as Exercism's results.json.
func WriteExercism(w io.Writer, r *Result) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(Exercism(r))
}

func capOutput(s string) string {
	if utf8.RuneCountInString(s) <= OutputLimit {
		return s
	}
	runes := []rune(s)
	return string(runes[:OutputLimit]) + OutputTruncated
}

func indent(s, prefix string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		if l != "" {
			lines[i] = prefix + l
		}
	}
	return strings.Join(lines, "\n")
}

func count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

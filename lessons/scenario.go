package lessons

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// DefaultTimeLimit is a scenario's time limit when its file gives none.
const DefaultTimeLimit = 10 * time.Second

// Quiet names a check made at the quiet point: once the scenario's code has
// finished and no process can do anything more.
type Quiet string

// The quiet checks a scenario may ask for.
const (
	// AllEnded: every process the program started has ended.
	AllEnded Quiet = "all ended"
	// MailboxesEmpty: the scenario's own process read every message sent
	// to it, and no process still alive holds unread messages.
	MailboxesEmpty Quiet = "mailboxes empty"
)

// AnyExtraLines is Scenario.ExtraLines when any number of other lines may
// come between the lines of HasLines.
const AnyExtraLines = -1

// Scenario is one run of a submission by the grader: Run is executed after
// the submission's code, and its output and end state are checked.
type Scenario struct {
	Name string // unique within its exercise
	File string // the scenarios file, for messages
	Line int    // where "scenario:" is, for messages
	// Task groups scenarios for the Exercism report (task_id); 0 if unset.
	Task int
	// Bonus scenarios are graded and reported, but failing one does not
	// fail the submission.
	Bonus bool
	// TimeLimit bounds the program's running time (the program's clock:
	// virtual in the grader's deterministic mode).
	TimeLimit time.Duration
	// Run is Elixir code run, in the program's main process, after the
	// submission's code.
	Run string
	// Stdout lists the outputs accepted exactly (after masking PIDs,
	// references and logger time-stamps); any one of them passes.
	Stdout []string
	// HasLines lists lines that must appear in stdout, whole and in this
	// order; ExtraLines is how many other lines stdout may have
	// (AnyExtraLines: no limit).
	HasLines   []string
	ExtraLines int
	// Quiet lists the checks made at the quiet point.
	Quiet []Quiet
	// ExitStatus is the status the program must end with (default 0).
	ExitStatus int
	// Hint is shown to the learner when the scenario fails.
	Hint string
}

// ChecksStdout tells whether the scenario says anything about stdout.
func (s *Scenario) ChecksStdout() bool { return s.Stdout != nil || s.HasLines != nil }

// Program is the program the grader runs for this scenario: the
// submission, then the scenario's code. The submission comes first so that
// its line numbers are the learner's.
func (s *Scenario) Program(submission string) string {
	if !strings.HasSuffix(submission, "\n") {
		submission += "\n"
	}
	return submission + "\n" + s.Run
}

// ParseScenarios reads a scenarios file (format: lessons/README.md). name
// is used in error messages.
func ParseScenarios(name, src string) ([]*Scenario, error) {
	p := &scenarioParser{file: name, lines: strings.Split(strings.ReplaceAll(src, "\r\n", "\n"), "\n")}
	p.parse()
	if len(p.errs) > 0 {
		return nil, fmt.Errorf("%s", strings.Join(p.errs, "\n"))
	}
	return p.out, nil
}

type scenarioParser struct {
	file  string
	lines []string
	i     int
	cur   *Scenario
	seen  map[string]bool // keys given once in the current scenario
	out   []*Scenario
	errs  []string
}

func (p *scenarioParser) errorf(line int, format string, args ...any) {
	p.errs = append(p.errs, fmt.Sprintf("%s:%d: %s", p.file, line, fmt.Sprintf(format, args...)))
}

// indented tells whether a line belongs to a block: it starts with four
// spaces or a tab.
func indented(line string) bool {
	return strings.HasPrefix(line, "    ") || strings.HasPrefix(line, "\t")
}

// block reads the indented lines after a "key:" line, without their first
// four spaces (or tab); trailing blank lines are dropped.
func (p *scenarioParser) block() []string {
	var out []string
	for p.i < len(p.lines) {
		line := p.lines[p.i]
		if strings.TrimSpace(line) == "" {
			out = append(out, "")
		} else if indented(line) {
			if strings.HasPrefix(line, "\t") {
				out = append(out, line[1:])
			} else {
				out = append(out, line[4:])
			}
		} else {
			break
		}
		p.i++
	}
	for len(out) > 0 && out[len(out)-1] == "" {
		out = out[:len(out)-1]
	}
	return out
}

func (p *scenarioParser) parse() {
	for p.i < len(p.lines) {
		n := p.i + 1
		line := strings.TrimRight(p.lines[p.i], " \t")
		p.i++
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if indented(line) {
			p.errorf(n, "indented line outside a block (a block follows run:, stdout: or stdout has lines:)")
			continue
		}
		key, value, ok := strings.Cut(line, ":")
		if !ok {
			p.errorf(n, "expected \"key: value\" or \"key:\" followed by an indented block")
			continue
		}
		key, value = strings.TrimSpace(key), strings.TrimSpace(value)
		if key == "scenario" {
			p.finish()
			if value == "" {
				p.errorf(n, "scenario: needs a name")
			}
			p.cur = &Scenario{Name: value, File: p.file, Line: n, TimeLimit: DefaultTimeLimit, ExtraLines: AnyExtraLines}
			p.seen = map[string]bool{}
			continue
		}
		if p.cur == nil {
			p.errorf(n, "%q before the first \"scenario:\" line", key)
			continue
		}
		if key != "stdout" && key != "quiet" {
			if p.seen[key] {
				p.errorf(n, "%s given twice in scenario %q", key, p.cur.Name)
			}
			p.seen[key] = true
		}
		p.field(n, key, value)
	}
	p.finish()
	names := map[string]int{}
	for _, s := range p.out {
		if first, dup := names[s.Name]; dup {
			p.errorf(s.Line, "scenario %q already defined at line %d", s.Name, first)
		}
		names[s.Name] = s.Line
	}
	if len(p.out) == 0 && len(p.errs) == 0 {
		p.errorf(1, "no scenario")
	}
}

func (p *scenarioParser) field(n int, key, value string) {
	s := p.cur
	needBlock := func() []string {
		if value != "" {
			p.errorf(n, "%s: takes an indented block on the following lines, not a value", key)
		}
		return p.block()
	}
	switch key {
	case "run":
		s.Run = strings.Join(needBlock(), "\n")
		if strings.TrimSpace(s.Run) != "" {
			s.Run += "\n"
		}
	case "stdout":
		lines := needBlock()
		out := strings.Join(lines, "\n")
		if len(lines) > 0 {
			out += "\n"
		}
		s.Stdout = append(s.Stdout, out)
	case "stdout has lines":
		s.HasLines = needBlock()
		if len(s.HasLines) == 0 {
			p.errorf(n, "stdout has lines: the block is empty")
		}
	case "stdout extra lines":
		if value == "any" {
			s.ExtraLines = AnyExtraLines
		} else if k, err := strconv.Atoi(value); err == nil && k >= 0 {
			s.ExtraLines = k
		} else {
			p.errorf(n, "stdout extra lines: expected a number or \"any\", got %q", value)
		}
	case "quiet":
		switch q := Quiet(value); q {
		case AllEnded, MailboxesEmpty:
			s.Quiet = append(s.Quiet, q)
		default:
			p.errorf(n, "quiet: expected %q or %q, got %q", AllEnded, MailboxesEmpty, value)
		}
	case "time limit":
		d, err := parseDuration(value)
		if err != nil {
			p.errorf(n, "time limit: %v", err)
		}
		s.TimeLimit = d
	case "task":
		k, err := strconv.Atoi(value)
		if err != nil || k < 1 {
			p.errorf(n, "task: expected a number from 1, got %q", value)
		}
		s.Task = k
	case "bonus":
		switch value {
		case "yes":
			s.Bonus = true
		case "no":
		default:
			p.errorf(n, "bonus: expected yes or no, got %q", value)
		}
	case "exit status":
		k, err := strconv.Atoi(value)
		if err != nil || k < 0 || k > 255 {
			p.errorf(n, "exit status: expected a number from 0 to 255, got %q", value)
		}
		s.ExitStatus = k
	case "hint":
		s.Hint = value
	default:
		p.errorf(n, "unknown key %q (scenario, task, bonus, time limit, run, stdout, stdout has lines, stdout extra lines, quiet, exit status, hint)", key)
	}
}

// finish checks the scenario being read and adds it to the output.
func (p *scenarioParser) finish() {
	s := p.cur
	if s == nil {
		return
	}
	p.cur = nil
	if strings.TrimSpace(s.Run) == "" {
		p.errorf(s.Line, "scenario %q has no run: block", s.Name)
	}
	if s.Stdout != nil && s.HasLines != nil {
		p.errorf(s.Line, "scenario %q: give either stdout: (exact) or stdout has lines:, not both", s.Name)
	}
	if s.HasLines == nil && p.seen["stdout extra lines"] {
		p.errorf(s.Line, "scenario %q: stdout extra lines: goes with stdout has lines:", s.Name)
	}
	if !s.ChecksStdout() && len(s.Quiet) == 0 {
		p.errorf(s.Line, "scenario %q checks nothing: give stdout:, stdout has lines: or quiet:", s.Name)
	}
	p.out = append(p.out, s)
}

// parseDuration reads "500ms", "2s" or "1.5s".
func parseDuration(v string) (time.Duration, error) {
	var num string
	var unit time.Duration
	switch {
	case strings.HasSuffix(v, "ms"):
		num, unit = strings.TrimSuffix(v, "ms"), time.Millisecond
	case strings.HasSuffix(v, "s"):
		num, unit = strings.TrimSuffix(v, "s"), time.Second
	default:
		return 0, fmt.Errorf("expected a duration such as 500ms or 5s, got %q", v)
	}
	f, err := strconv.ParseFloat(strings.TrimSpace(num), 64)
	if err != nil || f <= 0 || f > 3600 {
		return 0, fmt.Errorf("expected a duration such as 500ms or 5s, got %q", v)
	}
	return time.Duration(f * float64(unit)), nil
}

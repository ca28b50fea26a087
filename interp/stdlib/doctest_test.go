package stdlib_test

// The iex> examples of Elixir 1.18's documentation (extracted into
// testdata/doctests by testdata/doctests/extract.go), run through the
// exlite CLI as ExUnit.DocTest would run them.

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"
)

// doctest is one ExUnit doctest: steps that share bindings.
type doctest struct {
	fun   string
	steps []docStep
}

type docStep struct {
	expr     string
	expected string // "" when the step has no expected result
}

// parseDoctests reads one data file.
func parseDoctests(data string) []doctest {
	var out []doctest
	var cur *doctest
	var step *docStep
	for _, line := range strings.Split(data, "\n") {
		switch {
		case strings.HasPrefix(line, "### "):
			out = append(out, doctest{fun: strings.TrimPrefix(line, "### ")})
			cur, step = &out[len(out)-1], nil
		case strings.HasPrefix(line, "iex> "):
			cur.steps = append(cur.steps, docStep{expr: strings.TrimPrefix(line, "iex> ")})
			step = &cur.steps[len(cur.steps)-1]
		case strings.HasPrefix(line, "...> ") || line == "...>":
			step.expr += "\n" + strings.TrimPrefix(strings.TrimPrefix(line, "...>"), " ")
		case line == "" || step == nil:
		default:
			if step.expected != "" {
				step.expected += "\n"
			}
			step.expected += line
		}
	}
	return out
}

// elixirString writes s as an Elixir string literal.
func elixirString(s string) string {
	var sb strings.Builder
	sb.WriteByte('"')
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '"', '\\':
			sb.WriteByte('\\')
			sb.WriteByte(c)
		case '\n':
			sb.WriteString(`\n`)
		case '#':
			if i+1 < len(s) && s[i+1] == '{' {
				sb.WriteByte('\\')
			}
			sb.WriteByte(c)
		default:
			sb.WriteByte(c)
		}
	}
	sb.WriteByte('"')
	return sb.String()
}

var (
	errExpect    = regexp.MustCompile(`(?s)^\*\* \(([A-Za-z0-9_.]+)\) ?(.*)$`)
	opaqueExpect = regexp.MustCompile(`^#[A-Z][A-Za-z0-9_.]*<`)
)

// program writes the Elixir code that runs doctest number id and prints
// "DOCTEST id PASS" or "DOCTEST id FAIL reason". Its own variables have
// a context (var!(a, :doctest)), as ExUnit's are hygienic, so that
// binding() shows only the example's.
func (d doctest) program(id int) string {
	var sb strings.Builder
	sb.WriteString("try do\n")
	for _, s := range d.steps {
		switch {
		case s.expected == "":
			sb.WriteString(s.expr + "\n")
		case errExpect.MatchString(s.expected):
			m := errExpect.FindStringSubmatch(s.expected)
			fmt.Fprintf(&sb, "try do\n%s\nthrow({:doctest, \"expected an exception\"})\nrescue\n"+
				"__e -> __m = Exception.message(__e)\n"+
				"unless inspect(__e.__struct__) == %s and (__m == %s or String.starts_with?(__m, %s)) do\n"+
				"throw({:doctest, \"raised \" <> inspect(__e.__struct__) <> \": \" <> __m})\nend\nend\n",
				s.expr, elixirString(m[1]), elixirString(m[2]), elixirString(m[2]))
		case opaqueExpect.MatchString(s.expected):
			fmt.Fprintf(&sb, "var!(a, :doctest) = inspect((\n%s\n))\nunless var!(a, :doctest) == %s, do: throw({:doctest, \"got \" <> var!(a, :doctest)})\n",
				s.expr, elixirString(s.expected))
		default:
			fmt.Fprintf(&sb, "var!(a, :doctest) = (\n%s\n)\nvar!(x, :doctest) = (\n%s\n)\n"+
				"unless var!(a, :doctest) === var!(x, :doctest), do: throw({:doctest, \"got \" <> inspect(var!(a, :doctest))})\n",
				s.expr, s.expected)
		}
	}
	fmt.Fprintf(&sb, "IO.puts(\"DOCTEST %d PASS\")\n", id)
	fmt.Fprintf(&sb, "rescue\n__e -> IO.puts(\"DOCTEST %d FAIL \" <> inspect(Exception.message(__e)))\n", id)
	fmt.Fprintf(&sb, "catch\n:throw, {:doctest, __r} -> IO.puts(\"DOCTEST %d FAIL \" <> inspect(__r))\n", id)
	fmt.Fprintf(&sb, "__k, __r -> IO.puts(\"DOCTEST %d FAIL \" <> inspect({__k, __r}))\nend\n", id)
	return sb.String()
}

var doctestLine = regexp.MustCompile(`^DOCTEST (\d+) (PASS|FAIL)(.*)$`)

// runProgram runs src with the exlite binary and returns the doctest
// results it printed.
func runProgram(t *testing.T, bin, dir, src string) (map[int]string, string) {
	t.Helper()
	path := filepath.Join(dir, "doctest.exs")
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, "run", path)
	// System's examples read PORT as set in their documentation.
	cmd.Env = append(os.Environ(), "PORT=4000")
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	_ = cmd.Run()
	res := map[int]string{}
	sc := bufio.NewScanner(&out)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		if m := doctestLine.FindStringSubmatch(sc.Text()); m != nil {
			id, _ := strconv.Atoi(m[1])
			res[id] = m[2] + m[3]
		}
	}
	return res, errb.String()
}

// buildExlite builds the CLI once per test run.
func buildExlite(t *testing.T) (bin, dir string) {
	t.Helper()
	dir = t.TempDir()
	bin = filepath.Join(dir, "exlite")
	build := exec.Command("go", "build", "-o", bin, "../../cmd/exlite")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("building exlite: %v\n%s", err, out)
	}
	return bin, dir
}

// baseline reads the minimum pass counts recorded in baseline.txt.
func baseline(t *testing.T) map[string]int {
	data, err := os.ReadFile("testdata/doctests/baseline.counts")
	if err != nil {
		return map[string]int{}
	}
	out := map[string]int{}
	for _, line := range strings.Split(string(data), "\n") {
		f := strings.Fields(line)
		if len(f) == 2 && !strings.HasPrefix(line, "#") {
			n, _ := strconv.Atoi(f[1])
			out[f[0]] = n
		}
	}
	return out
}

// importedDoctests are the modules whose doctests Elixir's own test suite
// runs with `doctest Mod, import: true` (their examples call the module's
// functions and operators unqualified).
var importedDoctests = map[string]bool{"Bitwise": true}

// doctestFixtures are the test-support modules (testdata/doctests/fixtures)
// a module's examples name, as Elixir's test suite defines them.
var doctestFixtures = map[string]string{
	"DateTime": "calendar.exs", "Date": "calendar.exs", "Time": "calendar.exs",
	"NaiveDateTime": "calendar.exs",
}

func TestDoctests(t *testing.T) {
	if testing.Short() {
		t.Skip("doctests run the CLI; skipped with -short")
	}
	files, _ := filepath.Glob("testdata/doctests/*.txt")
	if len(files) == 0 {
		t.Fatal("no doctest data in testdata/doctests")
	}
	bin, dir := buildExlite(t)
	// DOCTEST_BIN runs the doctests with another program taking "run FILE"
	// (a wrapper around real elixir checks the harness itself).
	if alt := os.Getenv("DOCTEST_BIN"); alt != "" {
		bin = alt
	}
	probe, stderr := runProgram(t, bin, dir, "IO.puts(\"DOCTEST 0 PASS\" <> to_string(Enum.sum([])))\n")
	if probe[0] != "PASS0" {
		t.Skipf("the evaluator cannot run programs yet (probe printed %q, stderr %q); doctests skipped",
			probe[0], strings.TrimSpace(stderr))
	}
	min := baseline(t)
	sort.Strings(files)
	for _, f := range files {
		f := f
		mod := strings.TrimSuffix(filepath.Base(f), ".txt")
		t.Run(mod, func(t *testing.T) {
			t.Parallel()
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			tests := parseDoctests(string(data))
			ids := make([]int, len(tests))
			for i := range ids {
				ids[i] = i + 1
			}
			res := map[int]string{}
			// `doctest Mod` requires Mod (its macros, such as
			// Integer.is_odd/1, run in the examples).
			prefix := "require " + mod + "\n"
			if importedDoctests[mod] {
				prefix = "import " + mod + "\n"
			}
			if fx := doctestFixtures[mod]; fx != "" {
				code, err := os.ReadFile(filepath.Join("testdata/doctests/fixtures", fx))
				if err != nil {
					t.Fatal(err)
				}
				prefix += string(code)
			}
			runBatch(t, bin, t.TempDir(), prefix, tests, ids, res)
			pass := 0
			for i, d := range tests {
				r, ok := res[i+1]
				switch {
				case !ok:
					t.Logf("%s #%d (%s): no result (the program stopped)", mod, i+1, d.fun)
				case r == "PASS":
					pass++
				default:
					t.Logf("%s #%d (%s): %s", mod, i+1, d.fun, r)
				}
			}
			t.Logf("%s: %d of %d doctests pass", mod, pass, len(tests))
			if pass < min[mod] {
				t.Errorf("%s: %d doctests pass, fewer than the %d recorded in baseline.counts", mod, pass, min[mod])
			}
		})
	}
}

// runBatch runs the doctests ids in one program; when some give no
// result (a compile error or a crash stopped the program) it runs those
// again, halving the batch when none at all answered.
// Every program starts with prefix.
func runBatch(t *testing.T, bin, dir, prefix string, tests []doctest, ids []int, res map[int]string) {
	var src strings.Builder
	src.WriteString(prefix)
	for _, id := range ids {
		src.WriteString(tests[id-1].program(id))
	}
	got, _ := runProgram(t, bin, dir, src.String())
	var missing []int
	for _, id := range ids {
		if r, ok := got[id]; ok {
			res[id] = r
		} else {
			missing = append(missing, id)
		}
	}
	switch {
	case len(missing) == 0 || len(ids) == 1:
	case len(missing) < len(ids):
		runBatch(t, bin, dir, prefix, tests, missing, res)
	default:
		runBatch(t, bin, dir, prefix, tests, ids[:len(ids)/2], res)
		runBatch(t, bin, dir, prefix, tests, ids[len(ids)/2:], res)
	}
}

func TestDoctestDataParses(t *testing.T) {
	files, _ := filepath.Glob("testdata/doctests/*.txt")
	total := 0
	for _, f := range files {
		data, _ := os.ReadFile(f)
		tests := parseDoctests(string(data))
		if len(tests) == 0 {
			t.Errorf("%s holds no doctests", f)
		}
		for _, d := range tests {
			if len(d.steps) == 0 {
				t.Errorf("%s: a doctest of %s has no iex> step", f, d.fun)
			}
		}
		total += len(tests)
	}
	if total < 500 {
		t.Errorf("only %d doctests extracted", total)
	}
}

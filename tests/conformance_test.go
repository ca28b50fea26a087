// Package tests holds exlite's end-to-end tests: the conformance programs
// with real Elixir's output, and the diagnostics programs.
package tests

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

// exliteBin is the exlite binary built once for all tests.
var exliteBin string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "exlite-tests")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	exliteBin = filepath.Join(dir, "exlite")
	build := exec.Command("go", "build", "-o", exliteBin, "../cmd/exlite")
	build.Stderr = os.Stderr
	if err := build.Run(); err != nil {
		fmt.Fprintln(os.Stderr, "building exlite:", err)
		os.Exit(2)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// result is what one run of exlite gave.
type result struct {
	stdout, stderr string
	code           int
	timedOut       bool
}

// runExlite runs `exlite args...` inside dir with a time limit.
func runExlite(t *testing.T, dir string, limit time.Duration, args ...string) result {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), limit)
	defer cancel()
	cmd := exec.CommandContext(ctx, exliteBin, args...)
	cmd.Dir = dir
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	r := result{stdout: out.String(), stderr: errb.String()}
	if ctx.Err() != nil {
		r.timedOut = true
	}
	if ee, ok := err.(*exec.ExitError); ok {
		r.code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("running exlite: %v", err)
	}
	return r
}

var (
	maskTime = regexp.MustCompile(`(?m)^[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{3} \[`)
	maskPid  = regexp.MustCompile(`#PID<[0-9.]+>`)
	maskRef  = regexp.MustCompile(`#Reference<[0-9.]+>`)
)

// mask hides what legitimately varies between runs, as the corpus's run.sh does.
func mask(s string) string {
	s = maskTime.ReplaceAllString(s, "HH:MM:SS.mmm [")
	s = maskPid.ReplaceAllString(s, "#PID<X>")
	return maskRef.ReplaceAllString(s, "#Reference<X>")
}

// readList reads a list of program names, one a line; # starts a comment.
func readList(t *testing.T, path string) map[string]bool {
	t.Helper()
	set := map[string]bool{}
	data, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		return set
	}
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(data), "\n") {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		if line = strings.TrimSpace(line); line != "" {
			set[line] = true
		}
	}
	return set
}

// programs lists the NAME of every NAME.exs in dir.
func programs(t *testing.T, dir string) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.exs"))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, f := range files {
		names = append(names, strings.TrimSuffix(filepath.Base(f), ".exs"))
	}
	return names
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// checkCorpus runs every program of a corpus folder and compares stdout
// and exit status exactly (after masking). Programs named in the folder's
// xfail.txt are known not to pass yet: they are run and reported, but
// only an unexpected pass of one is an error (so the list only shrinks).
func checkCorpus(t *testing.T, dir string) { checkCorpusStderr(t, dir, stderrIgnored) }

// elixirFrame matches a stack line naming real Elixir's own code, which
// exlite leaves out: "    (elixir 1.18.4) lib/code.ex:1525: Code.require_file/2".
var elixirFrame = regexp.MustCompile(`(?m)^    \(elixir [0-9.]+\) .*\n`)

// trailingSpace matches spaces at the end of a line.
var trailingSpace = regexp.MustCompile(`(?m)[ \t]+$`)

// normStderr prepares stderr for comparison: real Elixir's own frames and
// trailing spaces go, PIDs and references are masked.
func normStderr(s string) string {
	return mask(trailingSpace.ReplaceAllString(elixirFrame.ReplaceAllString(s, ""), ""))
}

// stderrRule says when a corpus compares stderr with NAME.err.
type stderrRule int

const (
	stderrIgnored       stderrRule = iota // stdout and exit status only
	stderrAlways                          // every program has a NAME.err
	stderrWhereRecorded                   // programs with a NAME.err
)

// checkCorpusStderr is checkCorpus that also compares stderr with
// NAME.err (after normStderr) as rule says: the diagnostics corpus asks
// it of every program.
func checkCorpusStderr(t *testing.T, dir string, rule stderrRule) {
	xfail := readList(t, filepath.Join(dir, "xfail.txt"))
	passed, failed := 0, 0
	for _, name := range programs(t, dir) {
		name := name
		t.Run(name, func(t *testing.T) {
			var first string
			wantOut := readFile(t, filepath.Join(dir, name+".out"))
			wantCode, err := strconv.Atoi(strings.TrimSpace(readFile(t, filepath.Join(dir, name+".code"))))
			if err != nil {
				t.Fatal(err)
			}
			var wantErr string
			withStderr := rule == stderrAlways
			switch rule {
			case stderrAlways:
				wantErr = readFile(t, filepath.Join(dir, name+".err"))
			case stderrWhereRecorded:
				if data, err := os.ReadFile(filepath.Join(dir, name+".err")); err == nil {
					wantErr, withStderr = string(data), true
				}
			}
			var problems []string
			for attempt := 1; attempt <= attempts; attempt++ {
				r := runExlite(t, dir, programLimit(t, filepath.Join(dir, name+".limit")), "run", name+".exs")
				problems = compareRun(r, wantOut, wantErr, wantCode, withStderr)
				if len(problems) == 0 {
					if attempt > 1 {
						t.Logf("passed on attempt %d; attempt 1: %s", attempt, first)
					}
					break
				}
				if attempt == 1 {
					first = problems[0][:min(len(problems[0]), 300)]
				}
			}
			switch {
			case len(problems) == 0 && xfail[name]:
				passed++
				t.Errorf("%s passes now: remove it from xfail.txt", name)
			case len(problems) == 0:
				passed++
			case xfail[name]:
				failed++
				t.Skipf("known failure (xfail.txt): %s", problems[0][:min(len(problems[0]), 200)])
			default:
				failed++
				t.Error(strings.Join(problems, "\n"))
			}
		})
	}
	t.Logf("%s: %d passed, %d failed", dir, passed, failed)
}

// attempts is how many times a corpus program may run before its
// difference counts. The process programs run on the real clock, as
// under elixir: on a heavily loaded machine a program that sleeps 10 ms
// racing a 100 ms timeout, or polls for a restarted worker's name, can
// lose the race once, as it could on the BEAM. A real difference shows on
// every attempt; a program that needed another attempt is logged.
const attempts = 3

// compareRun lists how run r differs from the expected stdout, stderr
// (compared only when withStderr is set) and exit status.
func compareRun(r result, wantOut, wantErr string, wantCode int, withStderr bool) []string {
	var problems []string
	if r.timedOut {
		problems = append(problems, "timed out")
	}
	// Logger's crash reports go to stdout in 1.18: Elixir's own frames
	// there are left out as in stderr
	if mask(elixirFrame.ReplaceAllString(r.stdout, "")) != mask(elixirFrame.ReplaceAllString(wantOut, "")) {
		problems = append(problems, fmt.Sprintf("stdout differs:\n--- want\n%s\n--- got\n%s\n--- stderr\n%s", wantOut, r.stdout, r.stderr))
	}
	if withStderr && normStderr(r.stderr) != normStderr(wantErr) {
		problems = append(problems, fmt.Sprintf("stderr differs:\n--- want\n%s\n--- got\n%s", normStderr(wantErr), normStderr(r.stderr)))
	}
	if r.code != wantCode {
		problems = append(problems, fmt.Sprintf("exit status %d, want %d (stderr: %s)", r.code, wantCode, r.stderr))
	}
	return problems
}

// defaultLimit is the wall-clock time a corpus program may take. It only
// catches runaway programs: the corpus programs need well under a second
// of CPU, and a loaded 2-core machine stretches that tenfold at most.
const defaultLimit = 30 * time.Second

// programLimit returns the time limit of one program: defaultLimit, or
// the Go duration in NAME.limit for a program that legitimately needs
// more (its first line gives the limit, the rest says why).
func programLimit(t *testing.T, path string) time.Duration {
	t.Helper()
	data, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		return defaultLimit
	}
	if err != nil {
		t.Fatal(err)
	}
	first, _, _ := strings.Cut(string(data), "\n")
	d, err := time.ParseDuration(strings.TrimSpace(first))
	if err != nil || d <= 0 {
		t.Fatalf("%s: first line must be a duration such as 120s: %q", path, first)
	}
	return d
}

// TestConformance runs ../shared/conformance's programs, copied into
// tests/conformance, against real Elixir 1.18.4's recorded output.
func TestConformance(t *testing.T) { checkCorpus(t, "conformance") }

// TestDiagnostics runs the broken programs of tests/diagnostics.
// Their stderr must match too: these are the messages learners read.
func TestDiagnostics(t *testing.T) { checkCorpusStderr(t, "diagnostics", stderrAlways) }

// TestParseConformance checks that `exlite parse` prints, for every
// conformance program, exactly the AST real Elixir's parser gives.
func TestParseConformance(t *testing.T) {
	xfail := readList(t, filepath.Join("conformance", "parse-xfail.txt"))
	for _, name := range programs(t, "conformance") {
		name := name
		t.Run(name, func(t *testing.T) {
			r := runExlite(t, "conformance", 30*time.Second, "parse", name+".exs")
			want := readFile(t, filepath.Join("conformance", name+".ast"))
			ok := r.code == 0 && strings.TrimRight(r.stdout, "\n") == strings.TrimRight(want, "\n")
			switch {
			case ok && xfail[name]:
				t.Errorf("%s parses right now: remove it from parse-xfail.txt", name)
			case ok:
			case xfail[name]:
				t.Skip("known failure (parse-xfail.txt)")
			default:
				t.Errorf("exlite parse %s.exs:\n--- want\n%s\n--- got (status %d)\n%s\n%s", name, want, r.code, r.stdout, r.stderr)
			}
		})
	}
}

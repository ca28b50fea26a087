package tests

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// maskFinished hides the timings of mix test's "Finished in" line.
var maskFinished = regexp.MustCompile(`(?m)^Finished in .*$`)

var failureHead = regexp.MustCompile(`^ +\d+\) (.*)$`)

// libraryFrame is a stacktrace line of Elixir's or OTP's own code
// ("(elixir 1.18.4) lib/task/supervised.ex:101: ..."), which a linked
// process's exception nests in a failure's message: exlite's library is
// not Elixir's and shows none.
var libraryFrame = regexp.MustCompile(`^ +\((elixir|stdlib|kernel|ex_unit|logger) [0-9.]+\) `)

// failureBlocks splits a mix test report into its failures, keyed by the
// header without its number ("test name (Module)"). A block's stacktrace is
// reduced to its last frame outside Elixir's and OTP's libraries, the
// test's own frame most often, and the library frames nested in its
// message are left out: the frames of exlite's runner and library are not
// ExUnit's and Elixir's.
func failureBlocks(report string) map[string]string {
	out := map[string]string{}
	lines := strings.Split(report, "\n")
	for i := 0; i < len(lines); i++ {
		m := failureHead.FindStringSubmatch(lines[i])
		if m == nil {
			continue
		}
		var body []string
		var trace []string
		inTrace := false
		for i++; i < len(lines); i++ {
			l := lines[i]
			if inTrace {
				if !strings.HasPrefix(l, "       ") {
					break
				}
				trace = append(trace, l)
				continue
			}
			if l == "     stacktrace:" {
				inTrace = true
			}
			// A failure without a stacktrace ends at two blank lines.
			if l == "" && i+1 < len(lines) && lines[i+1] == "" {
				break
			}
			if libraryFrame.MatchString(l) {
				continue
			}
			body = append(body, l)
		}
		// The last frame that is not a library's ("(ex_unit 1.18.4) ...",
		// "(elixir 1.18.4) ...": exlite's runner and library differ).
		for j := len(trace) - 1; j >= 0; j-- {
			if !strings.HasPrefix(strings.TrimSpace(trace[j]), "(") || strings.HasPrefix(strings.TrimSpace(trace[j]), "(for doctest at)") {
				body = append(body, trace[j])
				break
			}
		}
		out[m[1]] = strings.Join(body, "\n")
	}
	return out
}

func summaryLine(report string) string {
	for _, l := range strings.Split(report, "\n") {
		if regexp.MustCompile(`^\d+ (tests?|doctests?),`).MatchString(l) {
			return l
		}
	}
	return ""
}

// TestExUnit runs the test files of tests/exunit with a fixed seed: the
// report must be the recorded NAME.out, and each failure must read as the
// one ExUnit printed for the same test (NAME.ref, recorded with
// `elixir NAME_test.exs`).
func TestExUnit(t *testing.T) {
	files, _ := filepath.Glob("exunit/*_test.exs")
	if len(files) == 0 {
		t.Fatal("no test files in tests/exunit")
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), "_test.exs")
		t.Run(name, func(t *testing.T) {
			args := []string{"test", "--seed", "0"}
			// A first line "# args: ..." gives more arguments (--only x).
			if first, _, _ := strings.Cut(readFile(t, f), "\n"); strings.HasPrefix(first, "# args: ") {
				args = append(args, strings.Fields(strings.TrimPrefix(first, "# args: "))...)
			}
			if _, err := os.Stat(filepath.Join("exunit", name+".ex")); err == nil {
				args = append(args, "-r", name+".ex") // the module a doctest documents
			}
			r := runExlite(t, "exunit", 30*time.Second, append(args, filepath.Base(f))...)
			if errFile := filepath.Join("exunit", name+".err"); fileExists(errFile) {
				compileFailure(t, name, r, readFile(t, errFile))
				return
			}
			if r.code != 2 && r.code != 0 {
				t.Errorf("exit status %d, want 0 or 2\nstderr: %s", r.code, r.stderr)
			}
			got := mask(maskFinished.ReplaceAllString(r.stdout, "Finished in X"))
			outFile := filepath.Join("exunit", name+".out")
			if *update {
				if err := os.WriteFile(outFile, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			if want := readFile(t, outFile); got != want {
				t.Errorf("report differs from %s:\n--- got\n%s\n--- want\n%s", outFile, got, want)
			}
			ref := readFile(t, filepath.Join("exunit", name+".ref"))
			refBlocks, ourBlocks := failureBlocks(mask(ref)), failureBlocks(got)
			if len(refBlocks) == 0 {
				t.Errorf("%s.ref records no failure", name)
			}
			for head, want := range refBlocks {
				if ourBlocks[head] != want {
					t.Errorf("failure %q:\n--- exlite\n%s\n--- ExUnit\n%s", head, ourBlocks[head], want)
				}
			}
			for head := range ourBlocks {
				if _, ok := refBlocks[head]; !ok {
					t.Errorf("failure %q: ExUnit's test passes", head)
				}
			}
			if got, want := summaryLine(got), summaryLine(ref); got != want {
				t.Errorf("summary %q, ExUnit says %q", got, want)
			}
			// ExUnit 1.18 opens with the seed and the filters, and ends
			// with the summary line.
			if g, w := reportHead(got), reportHead(ref); g != w {
				t.Errorf("report opens with %q, ExUnit's with %q", g, w)
			}
			if g, w := lastLine(got), lastLine(ref); g != w {
				t.Errorf("report ends with %q, ExUnit's with %q", g, w)
			}
		})
	}
}

// reportHead is a report's first paragraph (the seed and filters).
func reportHead(report string) string {
	head, _, _ := strings.Cut(report, "\n\n")
	return head
}

func lastLine(report string) string {
	lines := strings.Split(strings.TrimRight(report, "\n"), "\n")
	return lines[len(lines)-1]
}

func fileExists(name string) bool {
	_, err := os.Stat(name)
	return err == nil
}

// compileFailure checks a test file that does not compile: exlite exits
// with 1, its standard error is NAME.out, and it opens with the line
// ExUnit's does and names the same place in the test file last (NAME.err,
// Elixir 1.18's standard error for the file).
func compileFailure(t *testing.T, name string, r result, want string) {
	t.Helper()
	if r.code != 1 {
		t.Errorf("exit status %d, want 1", r.code)
	}
	outFile := filepath.Join("exunit", name+".out")
	if *update {
		if err := os.WriteFile(outFile, []byte(r.stderr), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if w := readFile(t, outFile); r.stderr != w {
		t.Errorf("stderr differs from %s:\n--- got\n%s\n--- want\n%s", outFile, r.stderr, w)
	}
	first := func(s string) string { l, _, _ := strings.Cut(s, "\n"); return l }
	lastIn := func(s string) string {
		lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
		for i := len(lines) - 1; i >= 0; i-- {
			if strings.Contains(lines[i], name+"_test.exs") {
				return strings.TrimSpace(lines[i])
			}
		}
		return ""
	}
	if g, w := first(r.stderr), first(want); g != w {
		t.Errorf("stderr opens with %q, Elixir's with %q", g, w)
	}
	if g, w := lastIn(r.stderr), lastIn(want); g != w {
		t.Errorf("stderr's last line in the test file is %q, Elixir's %q", g, w)
	}
}

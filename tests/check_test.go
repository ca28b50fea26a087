package tests

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite the golden verdicts of tests/check")

// checkSchedules is how many other schedules the golden checks explore:
// enough for lessons/testdata/right/ping_pong/racy_reply.exs to show its
// schedule warning.
const checkSchedules = "3"

// gradedFile is a submission the golden verdict tests grade.
type gradedFile struct {
	exercise string // "ping_pong"
	dir      string // where exlite runs (the file's folder, so messages name it alone)
	file     string // the file's name in dir
	golden   string // tests/check/EXERCISE/NAME.txt
	// verdict is what the grader must give: pass, bonus, fail or error.
	verdict string
}

// gradedFiles lists every exercise's solution (pass) and starter (fail or
// error), and the recorded submissions of lessons/testdata with the
// verdict of their "# verdict:" header.
func gradedFiles(t *testing.T) []gradedFile {
	t.Helper()
	exercises, err := filepath.Glob("../lessons/*/*/scenarios.txt")
	if err != nil || len(exercises) == 0 {
		t.Fatalf("no exercises found: %v", err)
	}
	var files []gradedFile
	for _, sc := range exercises {
		dir := filepath.Dir(sc)
		ex := filepath.Base(dir)
		files = append(files,
			gradedFile{ex, dir, "solution.exs", filepath.Join("check", ex, "solution.txt"), "pass"},
			gradedFile{ex, dir, "starter.exs", filepath.Join("check", ex, "starter.txt"), "not pass"})
		for _, kind := range []string{"wrong", "right"} {
			// Scripts (.exs) and module files (.ex, compiled as mix
			// compiles lib/).
			subs, _ := filepath.Glob(filepath.Join("../lessons/testdata", kind, ex, "*.ex*"))
			for _, s := range subs {
				name := filepath.Base(s)
				ext := filepath.Ext(name)
				if ext != ".ex" && ext != ".exs" {
					continue
				}
				files = append(files, gradedFile{ex, filepath.Dir(s), name,
					filepath.Join("check", ex, kind+"_"+strings.TrimSuffix(name, ext)+".txt"), headerVerdict(t, s)})
			}
		}
	}
	return files
}

// headerVerdict reads a recorded submission's "# verdict: V" line.
func headerVerdict(t *testing.T, path string) string {
	t.Helper()
	for _, line := range strings.Split(readFile(t, path), "\n") {
		if !strings.HasPrefix(line, "#") {
			break
		}
		if v, ok := strings.CutPrefix(line, "# verdict:"); ok {
			return strings.TrimSpace(v)
		}
	}
	t.Fatalf("%s has no \"# verdict:\" line", path)
	return ""
}

// textVerdict reads the verdict off a text report's last line.
func textVerdict(report string) string {
	lines := strings.Split(strings.TrimRight(report, "\n"), "\n")
	last := lines[len(lines)-1]
	switch {
	case strings.HasPrefix(lines[1], "ERROR your code does not run"):
		return "error"
	case strings.HasPrefix(last, "PASS: all"):
		return "pass"
	case strings.HasPrefix(last, "PASS:") && strings.Contains(last, "bonus"):
		return "bonus"
	case strings.HasPrefix(last, "FAIL:"):
		return "fail"
	}
	return "unknown: " + last
}

// TestCheckVerdicts grades every reference solution, starter and recorded
// submission with `exlite check` and compares the report with its golden
// file in tests/check (go test ./tests/ -run TestCheckVerdicts -update
// rewrites them).
func TestCheckVerdicts(t *testing.T) {
	for _, g := range gradedFiles(t) {
		t.Run(g.exercise+"/"+strings.TrimSuffix(filepath.Base(g.golden), ".txt"), func(t *testing.T) {
			t.Parallel()
			// Runs are bounded by reductions: the default real-time
			// safety net (a minute) is only reached on a machine far too
			// busy, which the report would then say.
			r := runExlite(t, g.dir, 3*time.Minute, "check", "--schedules", checkSchedules, g.exercise, g.file)
			if r.timedOut {
				t.Fatal("exlite check did not finish within 3 minutes")
			}
			got := textVerdict(r.stdout)
			switch {
			case g.verdict == "not pass" && (got == "pass" || got == "bonus"):
				t.Errorf("the starter passes:\n%s", r.stdout)
			case g.verdict != "not pass" && got != g.verdict:
				t.Errorf("verdict %s, want %s:\n%s", got, g.verdict, r.stdout)
			}
			wantCode := 1
			if got == "pass" || got == "bonus" {
				wantCode = 0
			}
			if r.code != wantCode || r.stderr != "" {
				t.Errorf("exit status %d, want %d (stderr %q)", r.code, wantCode, r.stderr)
			}
			if *update {
				if err := os.MkdirAll(filepath.Dir(g.golden), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(g.golden, []byte(r.stdout), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			if want := readFile(t, g.golden); r.stdout != want {
				t.Errorf("report differs from %s:\n--- want\n%s\n--- got\n%s", g.golden, want, r.stdout)
			}
		})
	}
}

// TestCheckJSON checks the Exercism report of a passing, a failing and a
// broken submission: version 3, the status, one test per scenario, and
// exit status 0 whenever a report was written.
func TestCheckJSON(t *testing.T) {
	for _, tc := range []struct {
		dir, file, status string
		tests             int
	}{
		{"../lessons/processes/ping_pong", "solution.exs", "pass", 9},
		{"../lessons/testdata/wrong/ping_pong", "wrong_text.exs", "fail", 9},
		{"../lessons/testdata/wrong/ping_pong", "syntax_error.exs", "error", 0},
	} {
		r := runExlite(t, tc.dir, 30*time.Second, "check", "--format", "json", "ping_pong", tc.file)
		if r.code != 0 || r.stderr != "" {
			t.Errorf("%s: exit status %d, stderr %q", tc.file, r.code, r.stderr)
		}
		var rep struct {
			Version int    `json:"version"`
			Status  string `json:"status"`
			Message string `json:"message"`
			Tests   []struct {
				Name, Status, Message, Output, TestCode string
				TaskID                                  int `json:"task_id"`
			} `json:"tests"`
		}
		if err := json.Unmarshal([]byte(r.stdout), &rep); err != nil {
			t.Errorf("%s: %v in %s", tc.file, err, r.stdout)
			continue
		}
		if rep.Version != 3 || rep.Status != tc.status || len(rep.Tests) != tc.tests {
			t.Errorf("%s: version %d, status %s, %d tests; want 3, %s, %d", tc.file, rep.Version, rep.Status, len(rep.Tests), tc.status, tc.tests)
		}
		if tc.status == "error" && !strings.Contains(rep.Message, "missing terminator: end") {
			t.Errorf("%s: message %q", tc.file, rep.Message)
		}
		for _, tt := range rep.Tests {
			// Scenarios have a task; the tests of test.exs ("test ...") need not.
			if (tt.TaskID == 0 && !strings.HasPrefix(tt.Name, "test ")) || (tt.Status == "fail") != (tt.Message != "") {
				t.Errorf("%s: test %+v", tc.file, tt)
			}
		}
	}
}

// TestCheckUsage checks that usage errors exit with status 2.
func TestCheckUsage(t *testing.T) {
	for _, args := range [][]string{
		{"check"},
		{"check", "ping_pong"},
		{"check", "no_such_exercise", "x.exs"},
		{"check", "ping_pong", "no_such_file.exs"},
		{"check", "--format", "xml", "ping_pong", "solution.exs"},
	} {
		r := runExlite(t, "../lessons/processes/ping_pong", 30*time.Second, args...)
		if r.code != 2 || r.stderr == "" {
			t.Errorf("%v: exit status %d, stderr %q; want 2 and a message", args, r.code, r.stderr)
		}
	}
}

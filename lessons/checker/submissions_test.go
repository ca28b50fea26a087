package checker

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/exlite/exlite/lessons"
)

// submission is a recorded submission of lessons/testdata/wrong or
// lessons/testdata/right and the verdicts its header comment gives.
type submission struct {
	name, source string
	// file is its file's name: a .ex file is a module file, compiled.
	file string
	// verdict is what exlite's grader must give: pass, bonus (passes, a
	// bonus scenario fails), fail, or error (does not run at all).
	verdict string
	// problem is the kind of the main problem expected under the grader.
	problem string
	// real is the verdict on real Elixir, or "any" when it varies from run
	// to run; the same as verdict unless given.
	real string
}

// recorded reads the recorded submissions for an exercise. Each starts
// with comment lines "# verdict: V", optionally "# problem: K" and
// "# real: V", and "# why: ...".
func recorded(t *testing.T, exercise string) []submission {
	t.Helper()
	var subs []submission
	for _, kind := range []string{"wrong", "right"} {
		// Scripts (.exs) and module files (.ex, compiled as mix does).
		files, err := filepath.Glob(filepath.Join("..", "testdata", kind, exercise, "*.ex*"))
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			ext := filepath.Ext(f)
			if ext != ".ex" && ext != ".exs" {
				continue
			}
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			s := submission{name: kind + "/" + strings.TrimSuffix(filepath.Base(f), ext), file: filepath.Base(f), source: string(data)}
			for _, line := range strings.Split(s.source, "\n") {
				if !strings.HasPrefix(line, "#") {
					break
				}
				key, value, _ := strings.Cut(strings.TrimSpace(strings.TrimPrefix(line, "#")), ":")
				value = strings.TrimSpace(value)
				switch key {
				case "verdict":
					s.verdict = value
				case "problem":
					s.problem = value
				case "real":
					s.real = value
				}
			}
			if s.real == "" {
				s.real = s.verdict
			}
			subs = append(subs, s)
		}
	}
	return subs
}

// verdictOf sums a result up in the words of the recorded submissions.
func verdictOf(r *Result) string {
	_, _, bonus := r.Counts()
	switch {
	case r.Status == Error:
		return "error"
	case r.Status == Fail:
		return "fail"
	case bonus > 0:
		return "bonus"
	}
	return "pass"
}

// TestRecordedSubmissionsAreDescribed checks the recorded submissions'
// headers, which the grader's golden tests rely on.
func TestRecordedSubmissionsAreDescribed(t *testing.T) {
	ls, err := lessons.List()
	if err != nil {
		t.Fatal(err)
	}
	verdicts := map[string]bool{"pass": true, "bonus": true, "fail": true, "error": true}
	problems := map[string]bool{"": true, "stdout": true, "quiet": true, "timeout": true, "error": true}
	count := 0
	for _, l := range ls {
		for _, e := range l.Exercises {
			for _, s := range recorded(t, e.Name) {
				count++
				where := e.Name + "/" + s.name
				if !verdicts[s.verdict] {
					t.Errorf("%s: verdict %q", where, s.verdict)
				}
				if !problems[s.problem] {
					t.Errorf("%s: problem %q", where, s.problem)
				}
				if s.real != "any" && !verdicts[s.real] {
					t.Errorf("%s: real %q", where, s.real)
				}
				if strings.HasPrefix(s.name, "wrong/") && s.verdict == "pass" {
					t.Errorf("%s: a wrong submission with verdict pass belongs in testdata/right", where)
				}
				if strings.HasPrefix(s.name, "right/") && s.verdict != "pass" && s.verdict != "bonus" {
					t.Errorf("%s: a right submission with verdict %s belongs in testdata/wrong", where, s.verdict)
				}
				if !strings.Contains(s.source, "# why:") {
					t.Errorf("%s: no \"# why:\" line", where)
				}
			}
		}
	}
	if count < 20 {
		t.Errorf("only %d recorded submissions", count)
	}
}

package lessons

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// submission is a recorded submission of testdata/wrong or testdata/right
// and the verdicts its header comment gives.
type submission struct {
	name, source string
	// verdict is what exlite's grader must give: pass, bonus (passes, a
	// bonus scenario fails), fail, or error (does not compile).
	verdict string
	// problem is the kind of the main problem expected under the grader.
	problem string
	// real is the verdict on real Elixir (pass, bonus, fail), or "any"
	// when it varies from run to run.
	real string
}

// wrongSolutions reads the recorded submissions for an exercise. Each
// starts with comment lines "# verdict: V", optionally "# problem: K" and
// "# real: V", and "# why: ...".
func wrongSolutions(t *testing.T, exercise string) []submission {
	t.Helper()
	var subs []submission
	for _, kind := range []string{"wrong", "right"} {
		files, err := filepath.Glob(filepath.Join("testdata", kind, exercise, "*.exs"))
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			s := submission{name: kind + "/" + strings.TrimSuffix(filepath.Base(f), ".exs"), source: string(data)}
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
				if s.real == "error" {
					s.real = "fail"
				}
			}
			subs = append(subs, s)
		}
	}
	return subs
}

// TestWrongSolutionsAreDescribed checks the recorded submissions' headers,
// so that the grader's golden tests can rely on them.
func TestWrongSolutionsAreDescribed(t *testing.T) {
	ls, err := List()
	if err != nil {
		t.Fatal(err)
	}
	verdicts := map[string]bool{"pass": true, "bonus": true, "fail": true, "error": true}
	problems := map[string]bool{"": true, "stdout": true, "quiet": true, "timeout": true, "error": true}
	count := 0
	for _, l := range ls {
		for _, e := range l.Exercises {
			for _, s := range wrongSolutions(t, e.Name) {
				count++
				if !verdicts[s.verdict] {
					t.Errorf("%s/%s: verdict %q", e.Name, s.name, s.verdict)
				}
				if !problems[s.problem] {
					t.Errorf("%s/%s: problem %q", e.Name, s.name, s.problem)
				}
				if s.real != "any" && (!verdicts[s.real] || s.real == "error") {
					t.Errorf("%s/%s: real %q (real Elixir verdicts are pass, bonus, fail or any)", e.Name, s.name, s.real)
				}
				if strings.HasPrefix(s.name, "wrong/") && s.verdict == "pass" {
					t.Errorf("%s/%s: a wrong submission with verdict pass belongs in testdata/right", e.Name, s.name)
				}
				if strings.HasPrefix(s.name, "right/") && s.verdict != "pass" && s.verdict != "bonus" {
					t.Errorf("%s/%s: a right submission with verdict %s belongs in testdata/wrong", e.Name, s.name, s.verdict)
				}
				if !strings.Contains(s.source, "# why:") {
					t.Errorf("%s/%s: no \"# why:\" line", e.Name, s.name)
				}
			}
		}
	}
	if count < 20 {
		t.Errorf("only %d recorded submissions", count)
	}
}

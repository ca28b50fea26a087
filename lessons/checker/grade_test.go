package checker

import (
	"bytes"
	"context"
	"testing"
	"time"

	"github.com/exlite/exlite/lessons"
)

// TestGradeSharesModulesExactly grades every exercise's solution and
// starter and every recorded submission twice: with Grade, whose runs
// share the submission's compiled modules (interp.ModuleCache), and with
// Check and AddExUnitTests on a runner without the cache. The reports
// must be the same byte for byte. (Submissions that loop until the time
// limit are left out: where their time runs out is timing.)
func TestGradeSharesModulesExactly(t *testing.T) {
	if testing.Short() {
		t.Skip("grades every recorded submission twice")
	}
	ls, err := lessons.List()
	if err != nil {
		t.Fatal(err)
	}
	report := func(r *Result) string {
		var b bytes.Buffer
		if err := WriteExercism(&b, r); err != nil {
			t.Fatal(err)
		}
		return b.String()
	}
	n := 0
	for _, l := range ls {
		for _, ex := range l.Exercises {
			subs := []submission{{name: "solution", source: ex.Solution}, {name: "starter", source: ex.Starter}}
			subs = append(subs, recorded(t, ex.Name)...)
			for _, s := range subs {
				opts := Options{File: ex.Name + ".ex", Seeds: Seeds(3)}
				ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
				shared, err := Grade(ctx, Exlite{}, ex, s.source, opts)
				if err != nil {
					t.Fatal(err)
				}
				fresh, err := Check(ctx, Exlite{}, ex, s.source, opts)
				if err != nil {
					t.Fatal(err)
				}
				AddExUnitTests(ctx, Exlite{}, ex, opts.File, s.source, fresh)
				cancel()
				if a, b := report(shared), report(fresh); a != b {
					t.Errorf("%s %s: with shared modules:\n%s\nwithout:\n%s", ex.ID(), s.name, a, b)
				}
				n++
			}
		}
	}
	if n < 20 {
		t.Errorf("only %d submissions graded", n)
	}
}

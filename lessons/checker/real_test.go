package checker

import (
	"bytes"
	"context"
	"flag"
	"os/exec"
	"testing"

	"github.com/exlite/exlite/lessons"
)

// realElixir enables the tests that grade the content on real Elixir
// (lessons/verify_real.sh sets it). They need `elixir` on PATH and take
// minutes.
var realElixir = flag.Bool("real", false, "verify the exercises on real Elixir (needs elixir on PATH)")

// TestRealElixir grades the built-in content on real Elixir.
func TestRealElixir(t *testing.T) {
	if !*realElixir {
		t.Skip("run with -real (lessons/verify_real.sh) to verify on real Elixir")
	}
	if _, err := exec.LookPath("elixir"); err != nil {
		t.Fatal("elixir is not on PATH")
	}
	gradeAll(t, RealElixir{}, Options{}, func(s submission) string { return s.real })
}

// gradeAll grades, with Check and the given runner: every reference
// solution (it must pass every scenario, bonus included), every starter (it
// must not pass), and every recorded submission (it must get the verdict
// want gives, "any" accepting all). The golden verdict tests of exlite's
// own runner use it with the submissions' "verdict" and several seeds.
func gradeAll(t *testing.T, r Runner, opts Options, want func(submission) string) {
	ls, err := lessons.List()
	if err != nil {
		t.Fatal(err)
	}
	grade := func(t *testing.T, e *lessons.Exercise, src string) string {
		res, err := Check(context.Background(), r, e, src, opts)
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		WriteText(&b, res, false)
		t.Log("\n" + b.String())
		return verdictOf(res)
	}
	for _, l := range ls {
		for _, e := range l.Exercises {
			t.Run(e.Name+"/solution", func(t *testing.T) {
				t.Parallel()
				if v := grade(t, e, e.Solution); v != "pass" {
					t.Errorf("the reference solution gets %q", v)
				}
			})
			t.Run(e.Name+"/starter", func(t *testing.T) {
				t.Parallel()
				if v := grade(t, e, e.Starter); v != "fail" && v != "error" {
					t.Errorf("the starter gets %q", v)
				}
			})
			for _, s := range recorded(t, e.Name) {
				t.Run(e.Name+"/"+s.name, func(t *testing.T) {
					t.Parallel()
					if v, w := grade(t, e, s.source), want(s); w != "any" && v != w {
						t.Errorf("gets %q, want %q", v, w)
					}
				})
			}
		}
	}
}

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

// TestRealElixir grades, on real Elixir and with this package's Check:
// every reference solution (it must pass every scenario, bonus included),
// every starter (it must not pass), and every recorded submission (it must
// get the verdict its header gives).
func TestRealElixir(t *testing.T) {
	if !*realElixir {
		t.Skip("run with -real (lessons/verify_real.sh) to verify on real Elixir")
	}
	if _, err := exec.LookPath("elixir"); err != nil {
		t.Fatal("elixir is not on PATH")
	}
	ls, err := lessons.List()
	if err != nil {
		t.Fatal(err)
	}
	grade := func(t *testing.T, e *lessons.Exercise, src string) string {
		r, err := Check(context.Background(), RealElixir{}, e, src, Options{})
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		WriteText(&b, r, false)
		t.Log("\n" + b.String())
		return verdictOf(r)
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
					if v := grade(t, e, s.source); s.real != "any" && v != s.real {
						t.Errorf("gets %q on real Elixir, want %q", v, s.real)
					}
				})
			}
		}
	}
}

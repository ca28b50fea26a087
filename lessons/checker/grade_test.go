package checker

import (
	"bytes"
	"context"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/exlite/exlite/interp"
	"github.com/exlite/exlite/interp/exunit"
	"github.com/exlite/exlite/lessons"
	"github.com/exlite/exlite/parser"
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

// TestTestProgramOncePerExercise: the ExUnit program built from the parts
// kept per test file is the program exunit.Program builds for the
// submission, tree for tree, for every exercise's solution and starter
// and an empty submission.
func TestTestProgramOncePerExercise(t *testing.T) {
	ls, err := lessons.List()
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, l := range ls {
		for _, ex := range l.Exercises {
			if ex.Test == "" || strings.Contains(ex.Test, "doctest") {
				continue
			}
			tf := testFiles.get(ex.Test)
			if tf.err != nil {
				t.Fatalf("%s: %v", ex.ID(), tf.err)
			}
			for _, src := range []string{ex.Solution, ex.Starter, ""} {
				sub, err := parser.Parse(ex.Name+".ex", []byte(src))
				if err != nil {
					continue
				}
				got, err1 := tf.program(sub)
				want, err2 := testProgram(sub, tf.file)
				if err1 != nil || err2 != nil {
					t.Fatalf("%s: %v, %v", ex.ID(), err1, err2)
				}
				if len(got) != 3 || got[0] != sub {
					t.Fatalf("%s: the program does not start with the submission's own tree", ex.ID())
				}
				if !reflect.DeepEqual(got, want) {
					t.Errorf("%s: the program from the kept parts differs from exunit.Program's", ex.ID())
				}
				n++
			}
		}
	}
	if n < 10 {
		t.Errorf("only %d programs compared", n)
	}
}

// TestModuleFileKeepsClauses: a submission named FILE.ex is a module
// file, compiled as mix compiles lib/: a FunctionClauseError of its
// functions lists the attempted clauses in a scenario's error (as
// Elixir's CLI prints an uncaught one) and in an ExUnit test's failure
// (as mix test does). Named FILE.exs, it is a script, whose modules keep
// no clauses to list (as `elixir -r FILE.exs`).
func TestModuleFileKeepsClauses(t *testing.T) {
	ls, err := lessons.List()
	if err != nil {
		t.Fatal(err)
	}
	ex, err := lessons.Find(ls, "processes/ping_pong")
	if err != nil {
		t.Fatal(err)
	}
	src := strings.Replace(ex.Solution, "def start(n) do", "def start(n) when n > 0 do", 1)
	if src == ex.Solution {
		t.Fatal("the solution has no start/1 to guard")
	}
	const attempted = "Attempted function clauses (showing 1 out of 1):"
	const clause = "def start(n) when -n > 0-"
	for _, tc := range []struct {
		file string
		want bool
	}{{"ping_pong.ex", true}, {"ping_pong.exs", false}} {
		res, err := Grade(context.Background(), Exlite{}, ex, src, Options{File: tc.file})
		if err != nil {
			t.Fatal(err)
		}
		var scenario, test *TestResult
		for _, r := range res.Tests {
			switch r.Scenario.Name {
			case "no rounds":
				scenario = r
			case "test with zero rounds, ping finishes at once":
				test = r
			}
		}
		if scenario == nil || test == nil {
			t.Fatalf("%s: no result for the scenario or the test with zero rounds", tc.file)
		}
		for _, r := range []*TestResult{scenario, test} {
			if r.Status == Pass || len(r.Problems) == 0 {
				t.Fatalf("%s: %s: %s, want a failure", tc.file, r.Scenario.Name, r.Status)
			}
			msg := r.Problems[0].Message
			if !strings.Contains(msg, "no function clause matching in PingPong.start/1") || !strings.Contains(msg, tc.file+":5: PingPong.start/1") {
				t.Errorf("%s: %s: the problem is not start/1's FunctionClauseError at its line:\n%s", tc.file, r.Scenario.Name, msg)
			}
			if got := strings.Contains(msg, attempted) && strings.Contains(msg, clause); got != tc.want {
				t.Errorf("%s: %s: lists the attempted clauses: %v, want %v:\n%s", tc.file, r.Scenario.Name, got, tc.want, msg)
			}
		}
	}
}

// TestSandboxedTestRunEndsQuietly: the ExUnit run of a graded submission
// runs in the sandbox, and its own ending (exunit.Program's final
// System.halt with the exit status) is the harness's, which the sandbox
// lets through: the run's standard error holds no refusal and its status
// is the run's. A submission calling System.halt, at load or in a test,
// is still refused.
func TestSandboxedTestRunEndsQuietly(t *testing.T) {
	test := "defmodule QuietTest do\n  use ExUnit.Case\n  test \"adds\" do\n    assert Quiet.add(1, 2) == 3\n  end\nend\n"
	tf, err := parser.Parse(TestFileName, []byte(test))
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, sub  string
		refused    bool
		wantPassed bool
	}{
		{"a passing submission", "defmodule Quiet do\n  def add(a, b), do: a + b\nend\n", false, true},
		{"a failing submission", "defmodule Quiet do\n  def add(a, b), do: a - b\nend\n", false, false},
		{"a submission halting at load", "defmodule Quiet do\n  def add(a, b), do: a + b\nend\nSystem.halt(0)\n", true, false},
		{"a submission halting in a test", "defmodule Quiet do\n  def add(_a, _b), do: System.halt(0)\nend\n", true, false},
		{"a submission halting through apply", "defmodule Quiet do\n  def add(_a, _b), do: apply(System, :halt, [0])\nend\n", true, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			sub, err := parser.Parse("quiet.ex", []byte(c.sub))
			if err != nil {
				t.Fatal(err)
			}
			prog, err := testProgram(sub, tf)
			if err != nil {
				t.Fatal(err)
			}
			var stdout, stderr bytes.Buffer
			interp.ExecuteFiles(prog, interp.Options{Stdout: &stdout, Stderr: &stderr,
				Deterministic: true, Sandbox: true, NoWarnings: true, Timeout: 20 * time.Second})
			refusal := strings.Contains(stderr.String()+stdout.String(), "System.halt/1 is not allowed here")
			if refusal != c.refused {
				t.Errorf("refusal of System.halt/1 = %v, want %v\nstdout: %s\nstderr: %s", refusal, c.refused, stdout.String(), stderr.String())
			}
			if !c.refused && stderr.Len() != 0 {
				t.Errorf("stderr of the sandboxed run: %q, want none", stderr.String())
			}
			results, _ := exunit.Results(stdout.String())
			passed := len(results) == 1 && results[0].Passed
			if passed != c.wantPassed {
				t.Errorf("passed = %v, want %v (results %+v)", passed, c.wantPassed, results)
			}
		})
	}
}

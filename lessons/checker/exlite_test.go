package checker

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/exlite/exlite/interp"
	"github.com/exlite/exlite/interp/inspect"
	"github.com/exlite/exlite/lessons"
	"github.com/exlite/exlite/parser"
	"github.com/exlite/exlite/parser/ast"
)

// run runs a program with the Exlite runner.
func run(t *testing.T, r Exlite, submission, code string, limit time.Duration) lessons.Outcome {
	t.Helper()
	o, err := r.Run(context.Background(), Program{File: "sub.exs", Submission: submission, Run: code, TimeLimit: limit})
	if err != nil {
		t.Fatal(err)
	}
	return o
}

func TestExliteRunner(t *testing.T) {
	const mod = "defmodule M do\n  def loop(n), do: loop(n + 1)\n  def wait do\n    receive do\n      {:pong, _} -> :ok\n    end\n  end\nend\n"
	t.Run("output and quiet point", func(t *testing.T) {
		o := run(t, Exlite{}, mod, "pid = spawn(&M.wait/0)\nsend(pid, :ping)\nsend(self(), :left)\nIO.puts(\"hi\")\n", time.Second)
		if o.Stdout != "hi\n" || o.ExitStatus != 0 || o.TimedOut || o.Stuck || o.Quiet == nil {
			t.Fatalf("outcome %+v", o)
		}
		q := o.Quiet
		if q.MainUnread != 1 || len(q.Left) != 1 {
			t.Fatalf("quiet %+v", q)
		}
		want := "#PID<0.97.0> in M.wait/0 is still waiting in receive for {:pong, _} (sub.exs:4); its mailbox holds [:ping]"
		if got := q.Left[0].Detail(); got != want {
			t.Errorf("left %q, want %q", got, want)
		}
	})
	t.Run("virtual time", func(t *testing.T) {
		start := time.Now()
		o := run(t, Exlite{}, mod, "Process.sleep(60_000)\nIO.puts(:woke)\n", 2*time.Minute)
		if o.Stdout != "woke\n" || time.Since(start) > 5*time.Second {
			t.Errorf("outcome %+v after %v", o, time.Since(start))
		}
		o = run(t, Exlite{}, mod, "Process.sleep(60_000)\nIO.puts(:woke)\n", time.Second)
		if !o.TimedOut || o.Stdout != "" {
			t.Errorf("a sleep past the limit: %+v", o)
		}
	})
	t.Run("busy loop", func(t *testing.T) {
		start := time.Now()
		// Stopped by its reduction budget, not by real time: the same
		// report however busy the machine is.
		o := run(t, Exlite{}, mod, "M.loop(0)\n", 300*time.Millisecond)
		if o.Stopped != BudgetMessage(DefaultBudget) || time.Since(start) > 30*time.Second {
			t.Errorf("outcome %+v after %v", o, time.Since(start))
		}
		o = run(t, Exlite{Budget: 50_000}, mod, "M.loop(0)\n", 300*time.Millisecond)
		if o.Stopped != BudgetMessage(50_000) {
			t.Errorf("with a budget of 50000: %+v", o)
		}
		// A lower reduction limit wins over the budget.
		o = run(t, Exlite{Limits: interp.Limits{Reductions: 20_000}}, mod, "M.loop(0)\n", 300*time.Millisecond)
		if o.Stopped != BudgetMessage(20_000) {
			t.Errorf("with a reduction limit of 20000: %+v", o)
		}
	})
	t.Run("real-time safety net", func(t *testing.T) {
		// Without a reduction budget to speak of, the context's
		// deadline stops the loop: the report blames the machine.
		ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
		defer cancel()
		o, err := Exlite{Budget: 1 << 50}.Run(ctx, Program{File: "sub.exs", Submission: mod, Run: "M.loop(0)\n", TimeLimit: time.Minute})
		if err != nil || o.Stopped != SlowMessage || o.TimedOut {
			t.Errorf("outcome %+v, %v", o, err)
		}
		o = run(t, Exlite{Budget: 1 << 50, MaxTime: 200 * time.Millisecond}, mod, "M.loop(0)\n", time.Minute)
		if o.Stopped != "the program was stopped after its real-time limit of 200ms" {
			t.Errorf("with MaxTime: %+v", o)
		}
	})
	t.Run("stuck", func(t *testing.T) {
		o := run(t, Exlite{}, mod, "M.wait()\n", time.Second)
		if !o.Stuck || o.Quiet == nil || o.Quiet.Main == nil || o.Quiet.Main.WaitsFor != "{:pong, _}" || o.Quiet.Main.At != "sub.exs:4" {
			t.Errorf("outcome %+v", o)
		}
		// A receive of the scenario's code is placed by the scenario's
		// own lines.
		o = run(t, Exlite{}, mod, "IO.puts(:waiting)\nreceive do\n  :never -> :ok\nend\n", time.Second)
		if !o.Stuck || o.Quiet == nil || o.Quiet.Main == nil || o.Quiet.Main.At != "scenario.exs:2" {
			t.Errorf("outcome %+v", o)
		}
	})
	t.Run("output flood", func(t *testing.T) {
		o := run(t, Exlite{MaxOutput: 1000}, mod, "Stream.repeatedly(fn -> IO.puts(\"spam\") end) |> Stream.run()\n", 10*time.Second)
		if len(o.Stdout) != 1000 || o.ExitStatus != 1 || !strings.Contains(o.Error, "** (exlite) output limit of 1000 bytes reached") {
			t.Errorf("outcome: %d bytes, status %d, error %q", len(o.Stdout), o.ExitStatus, o.Error)
		}
	})
	t.Run("spawning without end", func(t *testing.T) {
		o := run(t, Exlite{MaxProcesses: 100}, mod, "Stream.repeatedly(fn -> spawn(&M.wait/0) end) |> Stream.run()\n", 10*time.Second)
		if o.ExitStatus != 1 || !strings.Contains(o.Error, "** (exlite) process limit of 100 reached") {
			t.Errorf("outcome: status %d, error %q", o.ExitStatus, o.Error)
		}
	})
	t.Run("syntax error", func(t *testing.T) {
		o := run(t, Exlite{}, "defmodule M do\n", "", time.Second)
		if o.ExitStatus != 1 || !strings.Contains(o.Error, "missing terminator: end") {
			t.Errorf("outcome %+v", o)
		}
	})
	t.Run("warnings dropped", func(t *testing.T) {
		o := run(t, Exlite{}, "defmodule W do\n  def f(x), do: 1\nend\n", "raise \"boom\"\n", time.Second)
		if strings.Contains(o.Error, "warning") || !strings.HasPrefix(o.Error, "** (RuntimeError) boom") {
			t.Errorf("error %q", o.Error)
		}
	})
	t.Run("spent budget", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		o, err := Exlite{}.Run(ctx, Program{File: "sub.exs", Submission: mod, Run: "1", TimeLimit: time.Second})
		if err != nil || !o.TimedOut || o.Stopped != SlowMessage {
			t.Errorf("outcome %+v, %v", o, err)
		}
	})
}

// BenchmarkCheckPingPong grades ping_pong's reference solution in
// process: the submission alone, then its six scenarios, with seed 0 only
// and with the CLI's default of 3 other schedules.
func BenchmarkCheckPingPong(b *testing.B) {
	ls, err := lessons.List()
	if err != nil {
		b.Fatal(err)
	}
	ex, err := lessons.Find(ls, "processes/ping_pong")
	if err != nil {
		b.Fatal(err)
	}
	for _, n := range []int{0, 3} {
		b.Run(fmt.Sprintf("schedules=%d", n), func(b *testing.B) {
			for b.Loop() {
				res, err := Check(context.Background(), Exlite{}, ex, ex.Solution, Options{Seeds: Seeds(n)})
				if err != nil || res.Status != Pass {
					b.Fatalf("%v %v", res.Status, err)
				}
			}
		})
	}
}

// TestParseProgramSplices checks that the spliced tree of a program is
// the tree of its whole source.
func TestParseProgramSplices(t *testing.T) {
	for _, p := range []Program{
		{File: "a.exs", Submission: "defmodule A do\n  def f(x), do: x\nend", Run: "y = A.f(1)\nIO.puts(y)\n"},
		{File: "a.exs", Submission: "x = 1\n\n", Run: "[a: 1, b: %{c: x}] |> IO.inspect()\n"},
		{File: "a.exs", Submission: "", Run: "receive do\n  {:ok, v} -> v\nafter\n  10 -> :none\nend\n"},
		{File: "a.exs", Submission: "IO.puts(1)\n", Run: "IO.puts(2)"},
		{File: "a.exs", Submission: "# submission 7\n\n  # more\n   defmodule A do\n  def f, do: 1\nend\n", Run: "IO.puts(A.f())\n"},
		{File: "a.exs", Submission: "# only a comment", Run: "IO.puts(2)\n"},
	} {
		got, err := parseProgram(p)
		if err != nil {
			t.Fatal(err)
		}
		want, err := parser.Parse(p.File, []byte(p.Source()))
		if err != nil {
			t.Fatal(err)
		}
		if g, w := inspect.Inspect(ast.Quote(got.Root, true), inspect.Default()), inspect.Inspect(ast.Quote(want.Root, true), inspect.Default()); g != w || got.Source != want.Source {
			t.Errorf("%q + %q:\n%s\nwant\n%s", p.Submission, p.Run, g, w)
		}
	}
	// A syntax error in the scenario's code is reported at its line in
	// the program.
	_, err := parseProgram(Program{File: "a.exs", Submission: "x = 1\n", Run: "IO.puts(\n"})
	if err == nil || !strings.Contains(err.Error(), "a.exs:3:9") {
		t.Errorf("error %v", err)
	}
}

// TestLimitsMailboxCap checks that a graded program's mailboxes are
// bounded as the service bounds them unless the caller sets its own cap.
func TestLimitsMailboxCap(t *testing.T) {
	cases := []struct {
		queue, want int
	}{
		{0, DefaultMaxQueue},
		{10, 10},
		{2_000_000, 2_000_000},
	}
	for _, c := range cases {
		e := Exlite{Limits: interp.Limits{Queue: c.queue}}
		if got := e.limits().Queue; got != c.want {
			t.Errorf("Limits.Queue %d: graded with a cap of %d, want %d", c.queue, got, c.want)
		}
	}
}

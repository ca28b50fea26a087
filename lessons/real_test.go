package lessons

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// realElixir enables the tests that run the content on real Elixir
// (verify_real.sh sets it). They need `elixir` on PATH and take minutes.
var realElixir = flag.Bool("real", false, "verify the exercises on real Elixir (needs elixir on PATH)")

// probe is appended to a scenario's program on real Elixir: it waits for
// the processes the scenario started to end (at most a few seconds: real
// Elixir cannot see a quiet point) and reports, on stderr, those left and
// the messages left unread.
const probe = `
defmodule ExliteRealProbe do
  def report(before, unread, wait_ms) do
    left = wait(before, System.monotonic_time(:millisecond) + wait_ms)
    IO.puts(:stderr, "EXLITE-QUIET #{unread}")

    for p <- left,
        info = Process.info(p, [:registered_name, :message_queue_len, :current_function]),
        info != nil do
      name = if info[:registered_name] == [], do: "", else: Atom.to_string(info[:registered_name])
      {m, f, a} = info[:current_function]
      IO.puts(:stderr, "EXLITE-LEFT #{inspect(p)}\t#{name}\t#{info[:message_queue_len]}\t#{Exception.format_mfa(m, f, a)}")
    end
  end

  defp wait(before, deadline) do
    left = Process.list() -- before

    if left == [] or System.monotonic_time(:millisecond) >= deadline do
      left
    else
      Process.sleep(10)
      wait(before, deadline)
    end
  end
end

exlite_probe_before = Process.list()
`

// runReal runs a scenario on real Elixir with a submission.
func runReal(t *testing.T, s *Scenario, submission string) Outcome {
	t.Helper()
	wait := min(3*time.Second, s.TimeLimit)
	prog := s.Program(submission+probe) +
		fmt.Sprintf("\nExliteRealProbe.report(exlite_probe_before, elem(Process.info(self(), :message_queue_len), 1), %d)\n", wait.Milliseconds())
	dir := t.TempDir()
	file := filepath.Join(dir, "scenario.exs")
	if err := os.WriteFile(file, []byte(prog), 0o644); err != nil {
		t.Fatal(err)
	}
	o, stderr := execReal(t, s.TimeLimit+15*time.Second, dir, "scenario.exs")
	if strings.Contains(stderr, "internal error in pass beam_ssa_recv") {
		// Elixir 1.14 on OTP 25 cannot compile a top-level receive of a
		// monitor reference; evaluating the file avoids the compiler.
		o, stderr = execReal(t, s.TimeLimit+15*time.Second, dir, "-e", `Code.eval_file("scenario.exs")`)
	}
	var q *QuietReport
	var errLines []string
	for _, line := range strings.Split(stderr, "\n") {
		switch {
		case strings.HasPrefix(line, "EXLITE-QUIET "):
			n, _ := strconv.Atoi(strings.TrimPrefix(line, "EXLITE-QUIET "))
			q = &QuietReport{MainUnread: n}
		case strings.HasPrefix(line, "EXLITE-LEFT ") && q != nil:
			f := strings.Split(strings.TrimPrefix(line, "EXLITE-LEFT "), "\t")
			if len(f) == 4 {
				n, _ := strconv.Atoi(f[2])
				q.Left = append(q.Left, ProcessState{Pid: f[0], Name: f[1], Unread: n, Where: f[3]})
			}
		default:
			errLines = append(errLines, line)
		}
	}
	o.Quiet = q
	if o.ExitStatus != 0 {
		o.Error = strings.Join(errLines, "\n")
	}
	return o
}

func execReal(t *testing.T, limit time.Duration, dir string, args ...string) (Outcome, string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), limit)
	defer cancel()
	cmd := exec.CommandContext(ctx, "elixir", args...)
	cmd.Dir = dir
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	o := Outcome{Stdout: out.String(), TimedOut: ctx.Err() != nil}
	if ee, ok := err.(*exec.ExitError); ok {
		o.ExitStatus = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("running elixir: %v", err)
	}
	return o, errb.String()
}

// verdict sums up scenario results as the grader will: "pass", "fail"
// (a base scenario fails), "bonus" (only bonus scenarios fail).
func verdict(t *testing.T, e *Exercise, submission string, logPasses bool) string {
	failed, bonusFailed := false, false
	for _, s := range e.Scenarios {
		probs := s.Judge(runReal(t, s, submission))
		if len(probs) == 0 {
			if logPasses {
				t.Logf("ok   %s", s.Name)
			}
			continue
		}
		var msgs []string
		for _, p := range probs {
			m := p.Message
			if p.Kind == KindStdout {
				m += fmt.Sprintf("\n--- want\n%s--- got\n%s", p.Want, p.Got)
			}
			msgs = append(msgs, m)
		}
		t.Logf("FAIL %s: %s", s.Name, strings.Join(msgs, "\n"))
		if s.Bonus {
			bonusFailed = true
		} else {
			failed = true
		}
	}
	switch {
	case failed:
		return "fail"
	case bonusFailed:
		return "bonus"
	}
	return "pass"
}

// TestRealElixir checks the content on real Elixir: every reference
// solution passes every scenario, every starter fails, and every wrong
// solution of testdata/wrong gets the verdict its notes give.
func TestRealElixir(t *testing.T) {
	if !*realElixir {
		t.Skip("run with -real (lessons/verify_real.sh) to verify on real Elixir")
	}
	if _, err := exec.LookPath("elixir"); err != nil {
		t.Fatal("elixir is not on PATH")
	}
	ls, err := List()
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range ls {
		for _, e := range l.Exercises {
			t.Run(e.Name+"/solution", func(t *testing.T) {
				t.Parallel()
				if v := verdict(t, e, e.Solution, true); v != "pass" {
					t.Errorf("the reference solution gets %q", v)
				}
			})
			t.Run(e.Name+"/starter", func(t *testing.T) {
				t.Parallel()
				if v := verdict(t, e, e.Starter, false); v != "fail" {
					t.Errorf("the starter gets %q, want fail", v)
				}
			})
			for _, w := range wrongSolutions(t, e.Name) {
				t.Run(e.Name+"/"+w.name, func(t *testing.T) {
					t.Parallel()
					if v := verdict(t, e, w.source, false); w.real != "any" && v != w.real {
						t.Errorf("gets %q on real Elixir, want %q", v, w.real)
					}
				})
			}
		}
	}
}

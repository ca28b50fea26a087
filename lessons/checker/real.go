package checker

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/exlite/exlite/lessons"
)

// RealElixir runs programs on real Elixir, for checking course content
// (lessons/verify_real.sh). Real Elixir has no deterministic mode: seeds
// are ignored, time is real, and the quiet point is approximated: after the
// scenario's code, the processes it started get up to QuietWait to end,
// and those still alive then count as left.
type RealElixir struct {
	// Command is the elixir executable; "elixir" if empty.
	Command string
	// QuietWait bounds the wait for the quiet point; 3 s if zero (and never
	// more than the program's time limit).
	QuietWait time.Duration
}

// realProbe goes between the submission and the scenario's code: it
// notes the processes alive before the scenario and defines the report
// made after it, on stderr.
const realProbe = `
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

// Run implements Runner.
func (r RealElixir) Run(ctx context.Context, p Program) (lessons.Outcome, error) {
	command := r.Command
	if command == "" {
		command = "elixir"
	}
	wait := r.QuietWait
	if wait == 0 {
		wait = 3 * time.Second
	}
	wait = min(wait, p.TimeLimit)
	src := p.Submission
	if p.Run != "" {
		src = Program{Submission: p.Submission + realProbe, Run: p.Run}.Source() +
			fmt.Sprintf("\nExliteRealProbe.report(exlite_probe_before, elem(Process.info(self(), :message_queue_len), 1), %d)\n", wait.Milliseconds())
	}
	dir, err := os.MkdirTemp("", "exlite-real")
	if err != nil {
		return lessons.Outcome{}, err
	}
	defer os.RemoveAll(dir)
	file := p.File
	if file == "" {
		file = "program.exs"
	}
	if err := os.WriteFile(filepath.Join(dir, file), []byte(src), 0o644); err != nil {
		return lessons.Outcome{}, err
	}
	// Starting the VM and compiling take a while: allow for it.
	limit := p.TimeLimit + 15*time.Second
	o, stderr, err := execElixir(ctx, limit, dir, command, file)
	if err == nil && strings.Contains(stderr, "internal error in pass beam_ssa_recv") {
		// Elixir 1.14 on OTP 25 cannot compile a top-level receive of a
		// monitor reference; evaluating the file avoids the compiler.
		o, stderr, err = execElixir(ctx, limit, dir, command, "-e", fmt.Sprintf("Code.eval_file(%q)", file))
	}
	if err != nil {
		return o, err
	}
	var errLines []string
	for _, line := range strings.Split(stderr, "\n") {
		switch {
		case strings.HasPrefix(line, "EXLITE-QUIET "):
			n, _ := strconv.Atoi(strings.TrimPrefix(line, "EXLITE-QUIET "))
			o.Quiet = &lessons.QuietReport{MainUnread: n}
		case strings.HasPrefix(line, "EXLITE-LEFT ") && o.Quiet != nil:
			f := strings.Split(strings.TrimPrefix(line, "EXLITE-LEFT "), "\t")
			if len(f) == 4 {
				n, _ := strconv.Atoi(f[2])
				o.Quiet.Left = append(o.Quiet.Left, lessons.ProcessState{Pid: f[0], Name: f[1], Unread: n, Where: f[3]})
			}
		default:
			errLines = append(errLines, line)
		}
	}
	if p.Run == "" && o.ExitStatus == 0 {
		o.Quiet = &lessons.QuietReport{}
	}
	if o.ExitStatus != 0 {
		o.Error = strings.TrimSpace(strings.Join(errLines, "\n"))
	}
	return o, nil
}

func execElixir(ctx context.Context, limit time.Duration, dir, command string, args ...string) (lessons.Outcome, string, error) {
	ctx, cancel := context.WithTimeout(ctx, limit)
	defer cancel()
	cmd := exec.CommandContext(ctx, command, args...)
	cmd.Dir = dir
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	o := lessons.Outcome{Stdout: out.String(), TimedOut: ctx.Err() == context.DeadlineExceeded}
	if ee, ok := err.(*exec.ExitError); ok {
		o.ExitStatus = ee.ExitCode()
	} else if err != nil {
		return o, "", fmt.Errorf("running %s: %w", command, err)
	}
	return o, errb.String(), nil
}

package tests

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// limitAttack is a program that tries to exhaust a resource, the limits
// it runs under, and how exlite must stop it.
type limitAttack struct {
	name string
	args []string // flags of exlite run
	src  string   // the program; it prints "before" first
	// err is a line standard error must hold; code the exit status.
	err  string
	code int
}

// sandboxRefusal is the error of a refused call of fn.
func sandboxRefusal(fn string) string {
	return "** (RuntimeError) " + fn + " is not allowed here: programs run in a sandbox without files, network, environment, OS commands, code loading or halting"
}

var limitAttacks = []limitAttack{
	{"infinite tail loop", []string{"--max-reductions", "1000000"},
		"defmodule L do\n  def loop(n), do: loop(n + 1)\nend\nL.loop(0)\n",
		"** (exlite) reduction limit of 1000000 reached", 1},
	{"infinite loop in another process", []string{"--max-reductions", "1000000"},
		"defmodule L do\n  def loop(n), do: loop(n + 1)\nend\nspawn(fn -> L.loop(0) end)\nreceive do\n  x -> x\nend\n",
		"** (exlite) reduction limit of 1000000 reached", 1},
	{"ping-pong forever", []string{"--max-reductions", "200000"},
		"defmodule P do\n  def loop(), do: (receive do {from, n} -> send(from, {self(), n + 1}) end; loop())\nend\n" +
			"a = spawn(&P.loop/0)\nb = spawn(&P.loop/0)\nsend(a, {b, 0})\nProcess.sleep(:infinity)\n",
		"** (exlite) reduction limit of 200000 reached", 1},
	{"long built-in", []string{"--max-reductions", "100000"},
		"Enum.reduce(1..10_000_000_000, 0, fn x, acc -> x + acc end)\n",
		"** (exlite) reduction limit of 100000 reached", 1},
	{"deep body recursion", []string{"--max-depth", "10000"},
		"defmodule D do\n  def d(n), do: 1 + d(n + 1)\nend\nD.d(0)\n",
		"** (exlite) depth limit of 10000 reached", 1},
	{"deep body recursion under a memory limit", []string{"--max-memory", "32M"},
		"defmodule D do\n  def d(n), do: 1 + d(n + 1)\nend\nD.d(0)\n",
		"** (exlite) memory limit of 33554432 bytes reached", 1},
	{"a list that doubles forever", []string{"--max-memory", "16M"},
		"defmodule D do\n  def d(l), do: d(l ++ l)\nend\nD.d([1])\n",
		"** (exlite) memory limit of 16777216 bytes reached", 1},
	{"huge power", []string{"--max-memory", "16M"},
		"x = 2 ** 10_000_000_000\nIO.puts(x)\n",
		"** (exlite) memory limit of 16777216 bytes reached", 1},
	{"huge string", []string{"--max-memory", "16M"},
		"String.duplicate(\"x\", 1_000_000_000)\n",
		"** (exlite) memory limit of 16777216 bytes reached", 1},
	{"huge list", []string{"--max-memory", "16M"},
		"List.duplicate(0, 1_000_000_000)\n",
		"** (exlite) memory limit of 16777216 bytes reached", 1},
	{"huge range made a list", []string{"--max-memory", "16M"},
		"Enum.to_list(1..10_000_000_000)\n",
		"** (exlite) memory limit of 16777216 bytes reached", 1},
	{"huge bitstring", []string{"--max-memory", "16M"},
		"n = 8_000_000_000\n<<0::size(n)>>\n",
		"** (exlite) memory limit of 16777216 bytes reached", 1},
	{"spawn bomb", []string{"--max-processes", "100"},
		"defmodule B do\n  def b(), do: (spawn(&b/0); spawn(&b/0); Process.sleep(:infinity))\nend\nB.b()\n",
		"** (exlite) process limit of 100 reached", 1},
	{"mailbox flood", []string{"--max-memory", "16M"},
		"defmodule F do\n  def f(), do: (send(self(), {:x, \"payload\"}); f())\nend\nF.f()\n",
		"** (exlite) memory limit of 16777216 bytes reached", 1},
	{"output flood", []string{"--max-output", "1000"},
		"defmodule F do\n  def f(), do: (IO.puts(\"spam\"); f())\nend\nF.f()\n",
		"** (exlite) output limit of 1000 bytes reached", 1},
	{"atoms in a loop", []string{"--max-atoms", "10000"},
		"for i <- 1..100_000_000, do: String.to_atom(\"atom_flood_#{i}\")\n",
		"** (exlite) atom limit of 10000 reached", 1},
	{"receive with no sender", nil,
		"receive do\n  x -> x\nend\n",
		"** (exlite) the program is deadlocked: the main process waits forever", 1},
	{"sleep forever", nil,
		"Process.sleep(:infinity)\n",
		"** (exlite) the program is deadlocked: the main process waits forever", 1},
	{"waiting on a timer past the time limit", []string{"--max-time", "300ms"},
		"receive do\n  x -> x\nafter\n  60_000 -> :ok\nend\n",
		"** (exlite) the program was stopped after its time limit of 300ms", 124},
	{"reading a file", []string{"--sandbox"},
		"File.read(\"/etc/passwd\")\n",
		sandboxRefusal("File.read/1"), 1},
	{"running a command", []string{"--sandbox"},
		"System.cmd(\"ls\", [])\n",
		sandboxRefusal("System.cmd/2"), 1},
	{"an OS command through :os", []string{"--sandbox"},
		":os.cmd(~c\"ls\")\n",
		sandboxRefusal(":os.cmd/1"), 1},
	{"halting", []string{"--sandbox"},
		"System.halt(0)\n",
		sandboxRefusal("System.halt/1"), 1},
	{"halting through :erlang", []string{"--sandbox"},
		":erlang.halt()\n",
		sandboxRefusal(":erlang.halt/0"), 1},
	{"the environment", []string{"--sandbox"},
		"System.get_env(\"HOME\")\n",
		sandboxRefusal("System.get_env/1"), 1},
	{"reading a file through apply", []string{"--sandbox"},
		"apply(String.to_atom(\"Elixir.File\"), :read, [\"/etc/passwd\"])\n",
		sandboxRefusal("File.read/1"), 1},
	{"a command through apply", []string{"--sandbox"},
		"apply(String.to_atom(\"Elixir.System\"), :cmd, [\"ls\", []])\n",
		sandboxRefusal("System.cmd/2"), 1},
	{"halting through apply", []string{"--sandbox"},
		"apply(:erlang, String.to_atom(\"halt\"), [0])\n",
		sandboxRefusal(":erlang.halt/1"), 1},
	{"halting through a dynamic module name", []string{"--sandbox"},
		"mod = Module.concat([\"System\"])\nmod.halt(0)\n",
		sandboxRefusal("System.halt/1"), 1},
	{"halting through a capture", []string{"--sandbox"},
		"f = &System.halt/1\nf.(0)\n",
		sandboxRefusal("System.halt/1"), 1},
}

// TestLimits runs each attack under `exlite run` with small limits: it
// must end quickly with the limit named, the output printed before it
// kept, and exlite itself unharmed (an orderly exit status).
func TestLimits(t *testing.T) {
	dir := t.TempDir()
	for _, a := range limitAttacks {
		t.Run(a.name, func(t *testing.T) {
			path := filepath.Join(dir, strings.ReplaceAll(a.name, " ", "_")+".exs")
			if err := os.WriteFile(path, []byte("IO.puts(\"before\")\n"+a.src), 0o644); err != nil {
				t.Fatal(err)
			}
			args := append(append([]string{"run"}, a.args...), path)
			cmd := exec.Command(exliteBin, args...)
			var stdout, stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			start := time.Now()
			done := make(chan error, 1)
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			go func() { done <- cmd.Wait() }()
			select {
			case <-done:
			case <-time.After(20 * time.Second):
				cmd.Process.Kill()
				<-done
				t.Fatalf("not stopped after %v; stderr: %s", time.Since(start), stderr.String())
			}
			code := cmd.ProcessState.ExitCode()
			if code != a.code {
				t.Errorf("exit status %d, want %d (stderr: %q)", code, a.code, stderr.String())
			}
			if !strings.Contains(stderr.String(), a.err+"\n") {
				t.Errorf("stderr %q does not hold %q", stderr.String(), a.err)
			}
			if !strings.HasPrefix(stdout.String(), "before\n") {
				t.Errorf("the output before the attack is lost: %q", stdout.String())
			}
			if strings.Contains(stderr.String(), "internal error") || strings.Contains(stderr.String(), "goroutine ") {
				t.Errorf("exlite failed inside: %s", stderr.String())
			}
			t.Logf("stopped in %v", time.Since(start).Round(time.Millisecond))
		})
	}
}

// TestLimitOutputKept checks that an output limit keeps exactly the bytes
// that fit.
func TestLimitOutputKept(t *testing.T) {
	path := filepath.Join(t.TempDir(), "flood.exs")
	src := "Enum.each(1..1_000_000, fn _ -> IO.write(\"0123456789\") end)\n"
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	out, _ := exec.Command(exliteBin, "run", "--max-output", "1K", path).Output()
	if len(out) != 1024 || strings.Trim(string(out), "0123456789") != "" {
		t.Errorf("got %d bytes of output, want the first 1024: %q", len(out), out)
	}
}

// TestLimitsAllowOrdinaryPrograms checks that the sandbox and the limits
// leave an ordinary program alone.
func TestLimitsAllowOrdinaryPrograms(t *testing.T) {
	path := filepath.Join(t.TempDir(), "ok.exs")
	src := `defmodule M do
  def fib(0), do: 0
  def fib(1), do: 1
  def fib(n), do: fib(n - 1) + fib(n - 2)
end
task = Task.async(fn -> M.fib(15) end)
{:ok, agent} = Agent.start_link(fn -> 0 end)
Agent.update(agent, &(&1 + 1))
IO.puts("#{Task.await(task)} #{Agent.get(agent, & &1)} #{System.monotonic_time() > 0 or true}")
IO.inspect(Enum.map(1..5, &(&1 * &1)) |> Enum.sum(), label: String.to_atom("sum"))
`
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(exliteBin, "run", "--sandbox", "--max-reductions", "10000000", "--max-memory", "256M",
		"--max-processes", "100", "--max-output", "1M", "--max-atoms", "10000", "--max-depth", "10000", "--max-time", "20s", path)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil || string(out) != "610 1 true\nsum: 55\n" {
		t.Errorf("got %q, %v (stderr: %s)", out, err, stderr.String())
	}
}

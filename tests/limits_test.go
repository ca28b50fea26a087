package tests

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/exlite/exlite/interp"
	"github.com/exlite/exlite/parser"
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
	{"mailbox flood by memory accounting alone", []string{"--max-memory", "16M", "--shared-heap"},
		"defmodule F do\n  def f(), do: (send(self(), {:x, \"payload\"}); f())\nend\nF.f()\n",
		"** (exlite) memory limit of 16777216 bytes reached", 1},
	{"mailbox flood of one message built once", []string{"--max-memory", "16M", "--shared-heap"},
		"defmodule F do\n  def f(m), do: (send(self(), m); f(m))\nend\nF.f({:x, String.duplicate(\"y\", 100)})\n",
		"** (exlite) memory limit of 16777216 bytes reached", 1},
	{"mailbox flood under a queue limit", []string{"--max-queue", "10000"},
		"defmodule F do\n  def f(), do: (send(self(), {:x, \"payload\"}); f())\nend\nF.f()\n",
		"** (exlite) message queue limit of 10000 messages reached", 1},
	{"mailbox flood of another process under a queue limit", []string{"--max-queue", "1000"},
		"pid = spawn(fn -> Process.sleep(:infinity) end)\nEnum.each(1..100_000_000, fn i -> send(pid, i) end)\n",
		"** (exlite) message queue limit of 1000 messages reached", 1},
	{"sorting a huge list counts reductions", []string{"--max-reductions", "300000"},
		"l = Enum.to_list(1..1_000_000)\nEnum.sort(l, :desc)\nIO.puts(:sorted)\n",
		"** (exlite) reduction limit of 300000 reached", 1},
	{"big-integer multiplication counts reductions", []string{"--max-reductions", "100000"},
		"x = 3 ** 200_000\nEnum.reduce(1..12, x, fn _, a -> a * a end)\n",
		"** (exlite) reduction limit of 100000 reached", 1},
	{"a growing map held by an accumulator", []string{"--max-memory", "16M", "--shared-heap"},
		"Enum.reduce(1..10_000_000_000, %{}, fn x, acc -> Map.put(acc, x, {x}) end)\n",
		"** (exlite) memory limit of 16777216 bytes reached", 1},
	{"an infinite stream made a list", []string{"--max-memory", "16M", "--shared-heap"},
		"Stream.repeatedly(fn -> :x end) |> Enum.to_list()\n",
		"** (exlite) memory limit of 16777216 bytes reached", 1},
	{"atoms in a loop through Module.concat", []string{"--max-atoms", "1000"},
		"for i <- 1..100_000_000, do: Module.concat([\"Flood#{i}\"])\n",
		"** (exlite) atom limit of 1000 reached", 1},
	{"output flood", []string{"--max-output", "1000"},
		"defmodule F do\n  def f(), do: (IO.puts(\"spam\"); f())\nend\nF.f()\n",
		"** (exlite) output limit of 1000 bytes reached", 1},
	{"atoms in a loop", []string{"--max-atoms", "10000"},
		"for i <- 1..100_000_000, do: String.to_atom(\"atom_flood_#{i}\")\n",
		"** (exlite) atom limit of 10000 reached", 1},
	{"IO.inspect of a deep list, one line per level", []string{"--max-memory", "64M", "--shared-heap"},
		"t = Enum.reduce(1..100_000, [], fn _, acc -> [acc] end)\nIO.inspect(t, limit: :infinity)\n",
		"** (exlite) memory limit of 67108864 bytes reached", 1},
	{"inspect of a tuple doubled 60 times", []string{"--max-memory", "64M", "--shared-heap"},
		"t = Enum.reduce(1..60, 1, fn _, acc -> {acc, acc} end)\nIO.puts(inspect(t))\n",
		"** (exlite) memory limit of 67108864 bytes reached", 1},
	{"inspect of a tuple doubled 60 times counts reductions", []string{"--max-reductions", "1000000"},
		"t = Enum.reduce(1..60, 1, fn _, acc -> {acc, acc} end)\nIO.puts(inspect(t))\n",
		"** (exlite) reduction limit of 1000000 reached", 1},
	{"the error banner of a tuple doubled 60 times", []string{"--max-reductions", "1000000"},
		"t = Enum.reduce(1..60, 1, fn _, acc -> {acc, acc} end)\n{:ok, _} = t\n",
		"** (exlite) reduction limit of 1000000 reached", 1},
	{":io.format ~p of a tuple doubled 60 times", []string{"--max-memory", "256M", "--max-time", "20s"},
		"t = Enum.reduce(1..60, :a, fn _, acc -> {acc, acc} end)\n:io.format(\"~p~n\", [t])\n",
		"** (exlite) memory limit of 268435456 bytes reached", 1},
	{":io_lib.format ~w of a tuple doubled 60 times", []string{"--max-memory", "256M", "--max-time", "20s"},
		"t = Enum.reduce(1..60, :a, fn _, acc -> {acc, acc} end)\nIO.puts(:io_lib.format(\"~w\", [t]))\n",
		"** (exlite) memory limit of 268435456 bytes reached", 1},
	{":io.format ~P of a tuple doubled 60 times counts reductions", []string{"--max-reductions", "1000000", "--max-time", "20s"},
		"t = Enum.reduce(1..60, :a, fn _, acc -> {acc, acc} end)\n:io.format(\"~P~n\", [t, 100])\n",
		"** (exlite) reduction limit of 1000000 reached", 1},
	{":io.write of a tuple doubled 60 times counts reductions", []string{"--max-reductions", "1000000", "--max-time", "20s"},
		"t = Enum.reduce(1..60, :a, fn _, acc -> {acc, acc} end)\n:io.write(t)\n",
		"** (exlite) reduction limit of 1000000 reached", 1},
	{"an algebra document nested a billion columns", []string{"--max-memory", "16M", "--shared-heap"},
		"import Inspect.Algebra\nIO.puts(format(nest(concat([\"a\", line(), \"b\"]), 1_000_000_000), 80))\n",
		"** (exlite) memory limit of 16777216 bytes reached", 1},
	{"List.flatten of a list doubled 60 times", []string{"--max-memory", "64M", "--shared-heap"},
		"t = Enum.reduce(1..60, [1], fn _, acc -> [acc, acc] end)\nIO.puts(length(List.flatten(t)))\n",
		"** (exlite) memory limit of 67108864 bytes reached", 1},
	{"IO.iodata_length of iodata doubled 60 times", []string{"--max-reductions", "1000000"},
		"t = Enum.reduce(1..60, \"x\", fn _, acc -> [acc, acc] end)\nIO.puts(IO.iodata_length(t))\n",
		"** (exlite) reduction limit of 1000000 reached", 1},
	{"IO.iodata_to_binary of iodata doubled 60 times", []string{"--max-memory", "64M", "--shared-heap"},
		"t = Enum.reduce(1..60, String.duplicate(\"x\", 1000), fn _, acc -> [acc, acc] end)\nIO.puts(byte_size(IO.iodata_to_binary(t)))\n",
		"** (exlite) memory limit of 67108864 bytes reached", 1},
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

// hugeAllocations are programs whose allocation's size is known before it
// is made: under a memory limit each must be refused by that size, before
// the memory is taken.
var hugeAllocations = []struct{ name, src string }{
	{"power", "x = 2 ** 10_000_000_000\nIO.puts(x)\n"},
	{"Integer.pow", "Integer.pow(2, 10_000_000_000)\n"},
	{"String.duplicate", "String.duplicate(\"x\", 1_000_000_000)\n"},
	{"List.duplicate", "List.duplicate(0, 1_000_000_000)\n"},
	{"Tuple.duplicate", "Tuple.duplicate(0, 1_000_000_000)\n"},
	{"Enum.to_list of a range", "Enum.to_list(1..10_000_000_000)\n"},
	{"Enum.map over a range", "Enum.map(1..10_000_000_000, fn x -> x end)\n"},
	{":lists.seq", ":lists.seq(1, 10_000_000_000)\n"},
	{"bitstring", "n = 8_000_000_000\n<<0::size(n)>>\n"},
	{":binary.copy", ":binary.copy(\"abc\", 1_000_000_000)\n"},
	{"shift", "import Bitwise\n1 <<< 10_000_000_000\n"},
	{"Bitwise.bsl", "Bitwise.bsl(1, 10_000_000_000)\n"},
	{"String.pad_leading", "String.pad_leading(\"x\", 1_000_000_000)\n"},
	{"<>", "s = String.duplicate(\"a\", 6_000_000)\nt = s <> s\nIO.puts(byte_size(t))\n"},
	{"++", "l = List.duplicate(0, 300_000)\nm = l ++ l\nIO.puts(length(m))\n"},
	{"a list that doubles", "defmodule D do\n  def d(l), do: d(l ++ l)\nend\nD.d([1])\n"},
	{"a string that doubles", "defmodule D do\n  def d(s), do: d(s <> s)\nend\nD.d(\"x\")\n"},
}

// TestLimitsRefuseBySize runs each huge allocation under a 16 MB limit,
// with the Go heap sampled as a backstop and with the program's own
// accounting alone (as a service runs it): the run must end with the
// memory limit while the exlite process stays small, which shows that
// the memory was never taken.
func TestLimitsRefuseBySize(t *testing.T) {
	dir := t.TempDir()
	for _, mode := range [][]string{nil, {"--shared-heap"}} {
		for _, a := range hugeAllocations {
			name := a.name
			if mode != nil {
				name += " by accounting alone"
			}
			t.Run(name, func(t *testing.T) {
				path := filepath.Join(dir, "huge.exs")
				if err := os.WriteFile(path, []byte("IO.puts(\"before\")\n"+a.src), 0o644); err != nil {
					t.Fatal(err)
				}
				args := append(append([]string{"run", "--max-memory", "16M", "--max-time", "20s"}, mode...), path)
				cmd := exec.Command(exliteBin, args...)
				var stdout, stderr bytes.Buffer
				cmd.Stdout, cmd.Stderr = &stdout, &stderr
				cmd.Run()
				if code := cmd.ProcessState.ExitCode(); code != 1 {
					t.Errorf("exit status %d, want 1 (stderr: %q)", code, stderr.String())
				}
				if want := "** (exlite) memory limit of 16777216 bytes reached\n"; !strings.Contains(stderr.String(), want) {
					t.Errorf("stderr %q does not hold %q", stderr.String(), want)
				}
				if stdout.String() != "before\n" {
					t.Errorf("stdout %q, want only the output before the attack", stdout.String())
				}
				if rss := maxRSS(cmd.ProcessState); rss > 96<<20 {
					t.Errorf("exlite grew to %d MB under a 16 MB limit", rss>>20)
				}
			})
		}
	}
}

// TestLimitsPerProgram runs programs side by side in one Go process, as
// a service does: the atoms and the memory one uses do not count against
// another's limits.
func TestLimitsPerProgram(t *testing.T) {
	run := func(src string, l interp.Limits) (*interp.Result, string) {
		file, err := parser.Parse("prog.exs", []byte(src))
		if err != nil {
			t.Fatal(err)
		}
		var stdout, stderr bytes.Buffer
		l.SharedHeap = true
		res := interp.Execute(file, interp.Options{Stdout: &stdout, Stderr: &stderr, Limits: l, Sandbox: true, NoWarnings: true})
		return res, stdout.String() + stderr.String()
	}
	// Each makes its own new atoms; with atoms counted per Go process the
	// small budget would be spent by the other program.
	atoms := func(prefix string, n int) string {
		return fmt.Sprintf("for i <- 1..%d, do: String.to_atom(\"%s_#{i}\")\nIO.puts(:done)\n", n, prefix)
	}
	// Each holds about 12 MB (a list of 100,000 tuples with a binary).
	holds := "l = for i <- 1..100_000, do: {i, \"value #{i}\"}\nProcess.sleep(300)\nIO.puts(length(l))\n"
	var wg sync.WaitGroup
	type outcome struct {
		res *interp.Result
		out string
	}
	// Processes exchanging lists, a GenServer's state and a process
	// dictionary under a memory limit they stay well below.
	workers := `parent = self()
for w <- 1..8, do: spawn(fn -> send(parent, {:part, Enum.to_list(1..20_000) |> Enum.map(&(&1 * w))}) end)
parts = for _ <- 1..8, do: (receive do {:part, l} -> l end)
{:ok, agent} = Agent.start_link(fn -> %{} end)
Enum.each(1..5_000, fn i -> Agent.update(agent, &Map.put(&1, i, "v#{i}")) end)
Process.put(:parts, parts)
IO.puts(Enum.sum(Enum.map(Process.get(:parts), &Enum.sum/1)) + map_size(Agent.get(agent, & &1)))
`
	results := make([]outcome, 5)
	progs := []struct {
		src string
		l   interp.Limits
	}{
		{atoms(fmt.Sprintf("per_program_a_%d", time.Now().UnixNano()), 3000), interp.Limits{Atoms: 3500}},
		{atoms(fmt.Sprintf("per_program_b_%d", time.Now().UnixNano()), 20000), interp.Limits{Atoms: 100000}},
		{holds, interp.Limits{Memory: 24 << 20}},
		{holds, interp.Limits{Memory: 24 << 20}},
		{workers, interp.Limits{Memory: 64 << 20, Queue: 100}},
	}
	for i, p := range progs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			res, out := run(p.src, p.l)
			results[i] = outcome{res, out}
		}()
	}
	wg.Wait()
	if want := "7200365000\n"; results[4].out != want {
		t.Errorf("processes under a memory limit printed %q, want %q", results[4].out, want)
	}
	for i, r := range results {
		if r.res.Code != 0 || r.res.Limit != nil {
			t.Errorf("program %d: status %d, limit %v, output %q", i, r.res.Code, r.res.Limit, r.out)
		}
	}
	// The same program alone under a limit below what it holds is
	// stopped: the accounting does see its memory.
	res, out := run(holds, interp.Limits{Memory: 4 << 20})
	if res.Limit == nil || res.Limit.Name != "memory" {
		t.Errorf("a program holding 12 MB under a 4 MB limit: limit %v, output %q", res.Limit, out)
	}
	// An atom another program made first costs nothing.
	prefix := fmt.Sprintf("per_program_c_%d", time.Now().UnixNano())
	if res, out := run(atoms(prefix, 500), interp.Limits{Atoms: 1000}); res.Limit != nil {
		t.Fatalf("first run: %v %q", res.Limit, out)
	}
	if res, out := run(atoms(prefix, 500), interp.Limits{Atoms: 10}); res.Limit != nil {
		t.Errorf("atoms made by another program were counted: %v %q", res.Limit, out)
	}
	if res, _ := run(atoms(prefix+"_new", 500), interp.Limits{Atoms: 10}); res.Limit == nil || res.Limit.Name != "atom" {
		t.Errorf("new atoms past the limit: limit %v, want the atom limit", res.Limit)
	}
}

// TestSandboxLeavesNoFile checks that a refused write has no effect.
func TestSandboxLeavesNoFile(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "written.txt")
	path := filepath.Join(dir, "w.exs")
	src := fmt.Sprintf("apply(String.to_atom(\"Elixir.File\"), :write, [%q, \"x\"])\n", target)
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	cmd := exec.Command(exliteBin, "run", "--sandbox", path)
	cmd.Stderr = &stderr
	cmd.Run()
	if !strings.Contains(stderr.String(), sandboxRefusal("File.write/2")) {
		t.Errorf("stderr %q does not hold the refusal", stderr.String())
	}
	if _, err := os.Stat(target); err == nil {
		t.Errorf("the sandbox let the program write %s", target)
	}
}

// TestIsolate checks `exlite run --isolate`: the program runs in a child
// exlite process under the OS limits derived from its own (address space
// 4 GiB plus four times --max-memory, CPU time --max-time plus 2 s), and
// the limits of the child end it as they would in-process.
func TestIsolate(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("reads /proc")
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "sleep.exs")
	if err := os.WriteFile(path, []byte("IO.puts(\"started\")\nProcess.sleep(60_000)\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(exliteBin, "run", "--isolate", "--max-memory", "64M", "--max-time", "10s", path)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { cmd.Process.Kill(); cmd.Wait() }()
	line := make([]byte, 8)
	if _, err := io.ReadFull(stdout, line); err != nil || string(line) != "started\n" {
		t.Fatalf("the isolated program did not start: %q %v", line, err)
	}
	child := childOf(cmd.Process.Pid)
	if child == 0 {
		t.Fatal("no child exlite process")
	}
	limits, err := os.ReadFile(fmt.Sprintf("/proc/%d/limits", child))
	if err != nil {
		t.Fatal(err)
	}
	as := fmt.Sprint(int64(4<<30) + 4*(64<<20))
	var sawAS, sawCPU bool
	for _, line := range strings.Split(string(limits), "\n") {
		f := strings.Fields(line)
		switch {
		case strings.HasPrefix(line, "Max address space") && len(f) > 4:
			sawAS = f[3] == as && f[4] == as
		case strings.HasPrefix(line, "Max cpu time") && len(f) > 4:
			sawCPU = f[3] == "12" && f[4] == "12"
		}
	}
	if !sawAS || !sawCPU {
		t.Errorf("the child's OS limits are not address space %s and CPU 12 s:\n%s", as, limits)
	}
	loop := filepath.Join(dir, "loop.exs")
	if err := os.WriteFile(loop, []byte("IO.puts(\"before\")\ndefmodule L do\n  def l(n), do: l(n + 1)\nend\nL.l(0)\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd2 := exec.Command(exliteBin, "run", "--isolate", "--sandbox", "--max-reductions", "1000000", loop)
	var out2, stderr bytes.Buffer
	cmd2.Stdout, cmd2.Stderr = &out2, &stderr
	cmd2.Run()
	if code := cmd2.ProcessState.ExitCode(); code != 1 || out2.String() != "before\n" ||
		!strings.Contains(stderr.String(), "** (exlite) reduction limit of 1000000 reached\n") {
		t.Errorf("an isolated infinite loop: status %d, stdout %q, stderr %q", code, out2.String(), stderr.String())
	}
}

// childOf is the pid of a child process of pid (0 if none), from /proc.
func childOf(pid int) int {
	stats, _ := filepath.Glob("/proc/[0-9]*/stat")
	for _, st := range stats {
		b, err := os.ReadFile(st)
		if err != nil {
			continue
		}
		// pid (comm) state ppid ...: comm may hold spaces, so read after
		// its closing parenthesis.
		rest := string(b[bytes.LastIndexByte(b, ')')+1:])
		f := strings.Fields(rest)
		if len(f) > 1 && f[1] == fmt.Sprint(pid) {
			var child int
			fmt.Sscan(filepath.Base(filepath.Dir(st)), &child)
			return child
		}
	}
	return 0
}

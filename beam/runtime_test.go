package beam

import (
	"bytes"
	"fmt"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/exlite/exlite/beam/term"
)

// TestHaltKillsChildren follows conformance program 050: the program
// ends with main; output of processes still running is lost.
func TestHaltKillsChildren(t *testing.T) {
	both(t, func(t *testing.T, run func(Body) (*Outcome, string)) {
		before := runtime.NumGoroutine()
		out, stdout := run(func(p *Process) term.Term {
			me := p.Pid()
			bg, _ := p.Spawn(func(c *Process) term.Term {
				c.Sleep(5000)
				puts(c, "background: never shown")
				return Normal
			}, SpawnOpts{})
			p.Spawn(func(c *Process) term.Term {
				c.Sleep(50)
				puts(c, "awaited: finished")
				c.Send(me, a("awaited_done"))
				return Normal
			}, SpawnOpts{})
			// A busy process must be stopped too.
			p.Spawn(func(c *Process) term.Term {
				for {
					c.Reduce(1)
				}
			}, SpawnOpts{})
			p.Spawn(func(c *Process) term.Term {
				c.TrapExit(true)
				c.Receive(anyMsg, -1)
				puts(c, "trapper: never shown")
				return Normal
			}, SpawnOpts{Link: true})
			recv(t, p, is("awaited_done"), -1)
			puts(p, "background alive: %v", p.Runtime().IsAlive(bg))
			puts(p, "main: done")
			return Normal
		})
		checkNormal(t, out)
		checkOut(t, stdout, "awaited: finished\nbackground alive: true\nmain: done\n")
		deadline := time.Now().Add(long * time.Millisecond)
		for runtime.NumGoroutine() > before+1 && time.Now().Before(deadline) {
			time.Sleep(10 * time.Millisecond)
		}
		if n := runtime.NumGoroutine(); n > before+1 {
			t.Errorf("%d goroutines left, %d before", n, before)
		}
	})
}

// TestCrashReport: the logger writes a report after a crash, unless the
// program halts first.
func TestCrashReport(t *testing.T) {
	crasher := func(c *Process) term.Term {
		c.LogError(fmt.Sprintf("Process %s raised an exception\n** (RuntimeError) boom", FormatPid(c.Pid())))
		return term.Tuple{a("boom"), term.Nil}
	}
	out, stdout := run(t, func(p *Process) term.Term {
		p.Spawn(crasher, SpawnOpts{})
		p.Sleep(10)
		puts(p, "after")
		return Normal
	})
	checkNormal(t, out)
	checkOut(t, stdout, "\n00:00:00.000 [error] Process #PID<0.97.0> raised an exception\n** (RuntimeError) boom\nafter\n")
	// The script's last expression spawns the crasher: nothing printed.
	_, stdout = run(t, func(p *Process) term.Term {
		p.Spawn(crasher, SpawnOpts{})
		return Normal
	})
	checkOut(t, stdout, "")
	// A linked crash kills main before the report is written.
	out, stdout = run(t, func(p *Process) term.Term {
		puts(p, "start")
		p.Spawn(crasher, SpawnOpts{Link: true})
		p.Sleep(1000)
		return Normal
	})
	if !out.Signal {
		t.Errorf("outcome %+v", out)
	}
	checkOut(t, stdout, "start\n")
	for range 20 {
		out, stdout = runReal(t, 2, func(p *Process) term.Term {
			puts(p, "start")
			p.Spawn(crasher, SpawnOpts{Link: true})
			p.Sleep(1000)
			return Normal
		})
		if !out.Signal {
			t.Errorf("outcome %+v", out)
		}
		checkOut(t, stdout, "start\n")
	}
	// Real time: the report shows up a moment later; main waits for it
	// to reach stdout (however long the loaded machine takes).
	w := &notifyWriter{got: make(chan struct{})}
	rt := NewRuntime(Options{Tokens: 2, Stdout: w})
	out = rt.RunMain(func(p *Process) term.Term {
		p.Spawn(crasher, SpawnOpts{})
		p.Blocking(func() {
			select {
			case <-w.got:
			case <-time.After(long * time.Millisecond):
			}
		})
		return Normal
	})
	if !rt.Wait(long * time.Millisecond) {
		t.Errorf("processes still running after halt")
	}
	stdout = w.String()
	checkNormal(t, out)
	if !strings.HasPrefix(stdout, "\n") || !strings.Contains(stdout, " [error] Process #PID<0.97.0> raised an exception\n** (RuntimeError) boom\n") {
		t.Errorf("real-time report: %q", stdout)
	}
	if len(stdout) < 14 || stdout[3] != ':' || stdout[6] != ':' || stdout[9] != '.' {
		t.Errorf("timestamp: %q", stdout)
	}
}

// chatter is a program whose output depends on the scheduling order.
func chatter(p *Process) term.Term {
	me := p.Pid()
	var pids []term.Pid
	for i := range 6 {
		pid, _ := p.Spawn(func(c *Process) term.Term {
			for j := range 5 {
				puts(c, "worker %d step %d", i, j)
				c.Send(me, term.Tuple{a("step"), term.Int(i), term.Int(j)})
				for range 1500 * (i + 1) {
					c.Reduce(1)
				}
				if j == 2 {
					c.Sleep(int64(i % 3))
				}
			}
			return Normal
		}, SpawnOpts{})
		pids = append(pids, pid)
	}
	var got []string
	for range 30 {
		m := recv(nil, p, anyMsg, -1).(term.Tuple)
		got = append(got, fmt.Sprintf("%d.%d", m[1], m[2]))
	}
	puts(p, "%s", strings.Join(got, " "))
	return Normal
}

// TestDeterministic: the same seed gives byte-identical output, 100 runs
// out of 100; different seeds give different interleavings.
func TestDeterministic(t *testing.T) {
	outputs := map[string]bool{}
	for _, seed := range []int64{0, 1, 42} {
		_, first := runSeed(t, seed, chatter)
		for i := 1; i < 100; i++ {
			_, again := runSeed(t, seed, chatter)
			if again != first {
				t.Fatalf("seed %d run %d differs:\n%s\nfirst:\n%s", seed, i, again, first)
			}
		}
		outputs[first] = true
	}
	if len(outputs) < 3 {
		t.Errorf("seeds 0, 1, 42 gave only %d different outputs", len(outputs))
	}
	// Seed 0 is the plain FIFO order: worker 0 runs until its budget is
	// spent (in its third step), then worker 1 (in its second).
	_, fifo := runSeed(t, 0, chatter)
	if !strings.HasPrefix(fifo, "worker 0 step 0\nworker 0 step 1\nworker 0 step 2\nworker 1 step 0\nworker 1 step 1\nworker 2 step 0\n") {
		t.Errorf("seed 0 order:\n%s", fifo)
	}
}

// TestVirtualClock: sleeps take no real time in deterministic mode.
func TestVirtualClock(t *testing.T) {
	start := time.Now()
	out, stdout := run(t, func(p *Process) term.Term {
		rt := p.Runtime()
		me := p.Pid()
		p.Spawn(func(c *Process) term.Term {
			c.Sleep(5000)
			c.Send(me, a("woke"))
			return Normal
		}, SpawnOpts{})
		_, ok := p.Receive(is("woke"), 4999)
		puts(p, "timeout first: %v at %d", !ok, rt.Now())
		recv(t, p, is("woke"), -1)
		puts(p, "woke at %d %s", rt.Now(), rt.Timestamp())
		p.Sleep(3_600_000)
		puts(p, "an hour later: %s", rt.Timestamp())
		return Normal
	})
	checkNormal(t, out)
	checkOut(t, stdout, "timeout first: true at 4999\nwoke at 5000 00:00:05.000\nan hour later: 01:00:05.000\n")
	if d := time.Since(start); d > 4*time.Second { // less than the 5 s sleep
		t.Errorf("virtual sleeps took %v", d)
	}
}

// TestQuietReport: RunUntilQuiet keeps running after main and reports
// the blocked processes and their mailboxes.
func TestQuietReport(t *testing.T) {
	var buf bytes.Buffer
	rt := NewRuntime(Options{Deterministic: true, Stdout: &buf})
	out := rt.RunUntilQuiet(func(p *Process) term.Term {
		srv, _ := p.Spawn(func(c *Process) term.Term {
			c.Register(a("server"), c.Pid())
			c.ReceiveFor(is("stop"), -1, ":stop")
			return Normal
		}, SpawnOpts{})
		p.Spawn(func(c *Process) term.Term {
			c.Sleep(100)
			c.Send(srv, term.Tuple{a("hello"), term.Int(1)})
			c.Send(srv, a("unexpected"))
			puts(c, "sender done")
			c.Sleep(-1)
			return Normal
		}, SpawnOpts{})
		return Normal
	})
	if out.Reason != term.Term(Normal) || out.Quiet == nil {
		t.Fatalf("outcome %+v", out)
	}
	q := out.Quiet
	if q.Time != 100 || q.MainAlive || len(q.Processes) != 2 {
		t.Fatalf("report %+v", q)
	}
	s, sl := q.Processes[0], q.Processes[1]
	if s.Name != a("server") || !s.InReceive || s.WaitsFor != ":stop" || show(term.List(s.Mailbox...)) != "[{:hello, 1}, :unexpected]" {
		t.Errorf("server %+v", s)
	}
	if sl.InReceive || len(sl.Mailbox) != 0 {
		t.Errorf("sleeper %+v", sl)
	}
	want := "quiet at 100 ms: 2 process(es) waiting\n#PID<0.97.0> (server) waiting in receive for :stop, 2 message(s)\n    {:hello, 1}\n    :unexpected\n#PID<0.98.0> sleeping, 0 message(s)\n"
	if got := q.Format(show); got != want {
		t.Errorf("Format:\n%s\nwant:\n%s", got, want)
	}
	checkOut(t, buf.String(), "sender done\n")
}

// TestDeadlock: RunMain returns at a quiet point while main is blocked.
func TestDeadlock(t *testing.T) {
	for _, real := range []bool{false, true} {
		rt := NewRuntime(Options{Deterministic: !real, Stdout: new(discard)})
		out := rt.RunMain(func(p *Process) term.Term {
			p.Spawn(func(c *Process) term.Term { c.Receive(is("never"), -1); return Normal }, SpawnOpts{})
			p.Receive(is("never"), -1)
			return Normal
		})
		if out.Reason != nil || out.Quiet == nil || !out.Quiet.MainAlive || len(out.Quiet.Processes) != 2 {
			t.Errorf("real=%v: outcome %+v", real, out)
		}
	}
}

// TestFairness: with one token a busy loop does not starve the others.
func TestFairness(t *testing.T) {
	for _, det := range []bool{true, false} {
		var buf bytes.Buffer
		rt := NewRuntime(Options{Deterministic: det, Tokens: 1, Stdout: &buf})
		out := rt.RunMain(func(p *Process) term.Term {
			me := p.Pid()
			spin := func(c *Process) term.Term {
				for {
					c.Reduce(1)
				}
			}
			p.Spawn(spin, SpawnOpts{})
			p.Spawn(spin, SpawnOpts{})
			p.Spawn(func(c *Process) term.Term {
				for i := range 3 {
					c.Sleep(5)
					c.Send(me, term.Int(i))
				}
				return Normal
			}, SpawnOpts{})
			for range 3 {
				recv(t, p, anyMsg, -1)
			}
			puts(p, "got all")
			return Normal
		})
		checkNormal(t, out)
		checkOut(t, buf.String(), "got all\n")
	}
}

// TestHaltFromOutside: Halt stops a program that would run forever.
func TestHaltFromOutside(t *testing.T) {
	rt := NewRuntime(Options{Stdout: new(discard)})
	go func() { time.Sleep(50 * time.Millisecond); rt.Halt() }()
	out := rt.RunMain(func(p *Process) term.Term {
		for {
			p.Reduce(1)
		}
	})
	if !out.Halted || out.Reason != nil {
		t.Errorf("outcome %+v", out)
	}
	if !rt.Wait(long * time.Millisecond) {
		t.Error("main still running after Halt")
	}
}

// TestInternalPanic: a Go panic in a body ends the process, not the program.
func TestInternalPanic(t *testing.T) {
	out, _ := run(t, func(p *Process) term.Term {
		_, ref := p.Spawn(func(*Process) term.Term { panic("bug") }, SpawnOpts{Monitor: true})
		r := waitDown(t, p, ref)
		if show(r) != `{:exlite_internal_error, "bug"}` {
			t.Errorf("reason %s", show(r))
		}
		var m map[int]int
		m[1] = 1
		return Normal
	})
	if !strings.Contains(out.Panic, "nil map") {
		t.Errorf("outcome %+v", out)
	}
}

// TestManyProcesses: 10,000 processes report to main (program 046), in
// real-time mode with two tokens.
func TestManyProcesses(t *testing.T) {
	out, stdout := runReal(t, 2, func(p *Process) term.Term {
		me := p.Pid()
		for i := range 10_000 {
			p.Spawn(func(c *Process) term.Term {
				c.Send(me, term.Int(i%10))
				return Normal
			}, SpawnOpts{})
		}
		tally := make([]int, 10)
		for range 10_000 {
			tally[recv(t, p, anyMsg, -1).(term.Int)]++
		}
		puts(p, "%v", tally)
		return Normal
	})
	checkNormal(t, out)
	checkOut(t, stdout, "[1000 1000 1000 1000 1000 1000 1000 1000 1000 1000]\n")
}

// TestHaltFromProcess: System.halt in a spawned process stops everything
// at once; nothing written afterwards appears.
func TestHaltFromProcess(t *testing.T) {
	for range 20 {
		out, stdout := run(t, func(p *Process) term.Term {
			p.Spawn(func(c *Process) term.Term {
				puts(c, "halting")
				c.Runtime().Halt()
				puts(c, "after halt (lost)")
				panic(&Exit{Reason: Normal})
			}, SpawnOpts{})
			p.Spawn(func(c *Process) term.Term {
				for {
					puts(c, "busy (lost)")
					c.Reduce(Budget)
				}
			}, SpawnOpts{})
			p.Sleep(-1)
			return Normal
		})
		if !out.Halted {
			t.Errorf("outcome %+v", out)
		}
		checkOut(t, stdout, "halting\n")
	}
}

// TestMaxVirtualTime: a program that waits on timers forever stops at the
// virtual time limit.
func TestMaxVirtualTime(t *testing.T) {
	rt := NewRuntime(Options{Deterministic: true, Stdout: new(discard), MaxVirtualTime: time.Minute})
	start := time.Now()
	out := rt.RunMain(func(p *Process) term.Term {
		p.Spawn(func(c *Process) term.Term {
			for {
				c.SendAfter(c.Pid(), a("tick"), 1000)
				c.Receive(is("tick"), -1)
			}
		}, SpawnOpts{})
		p.Receive(is("never"), -1)
		return Normal
	})
	if !out.TimeLimit || out.Quiet == nil || !out.Quiet.MainAlive || out.Quiet.Time != 60_000 {
		t.Errorf("outcome %+v, report %+v", out, out.Quiet)
	}
	if time.Since(start) > 30*time.Second { // half the virtual minute
		t.Errorf("took %v", time.Since(start))
	}
	if got := rt.SystemTimeMicros(); got != virtualEpoch+60_000_000 {
		t.Errorf("system time %d", got)
	}
}

// TestHaltWithoutCleanup: a negative HaltWait returns at once, leaving
// the other processes parked.
func TestHaltWithoutCleanup(t *testing.T) {
	var buf bytes.Buffer
	rt := NewRuntime(Options{Stdout: &buf, HaltWait: -1})
	out := rt.RunMain(func(p *Process) term.Term {
		for range 1000 {
			p.Spawn(sleeper, SpawnOpts{})
		}
		p.Sleep(10)
		puts(p, "done")
		return Normal
	})
	checkNormal(t, out)
	checkOut(t, buf.String(), "done\n")
	if rt.LiveCount() != 1000 {
		t.Errorf("%d processes left, want the 1000 sleepers parked", rt.LiveCount())
	}
}

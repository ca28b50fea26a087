package beam

import (
	"bytes"
	"runtime"
	"testing"
	"time"

	"github.com/exlite/exlite/beam/term"
)

// counter is a process written the way the evaluator runs a receive loop
// in tail position: its state lives outside any goroutine, it waits in
// ReceivePark and goes on from resume. It takes {:add, k}, {:get, from}
// and :stop, leaving anything else in its mailbox; with a timeout it
// sends {:idle, n} to owner each time it passes.
type counter struct {
	n       int64
	owner   term.Pid
	timeout int64
	// took counts the messages taken, to check that Match's last
	// accepted message is the one returned.
	took int
}

func (s *counter) Match(m term.Term) bool {
	switch v := m.(type) {
	case term.Atom:
		return v == a("stop")
	case term.Tuple:
		return len(v) == 2 && (v[0] == term.Term(a("add")) || v[0] == term.Term(a("get")))
	}
	return false
}

func (s *counter) body(c *Process) term.Term {
	msg, ok, parked := c.ReceivePark(s, s.timeout, "counter", s.resume)
	return s.step(c, msg, ok, parked)
}

func (s *counter) resume(c *Process) term.Term {
	msg, ok, parked := c.ResumeReceive()
	return s.step(c, msg, ok, parked)
}

func (s *counter) step(c *Process, msg term.Term, ok, parked bool) term.Term {
	for {
		if parked {
			return Parked
		}
		if !ok {
			c.Send(s.owner, term.Tuple{a("idle"), term.Int(s.n)})
		} else {
			s.took++
			switch v := msg.(type) {
			case term.Atom:
				return Normal
			case term.Tuple:
				if v[0] == term.Term(a("add")) {
					s.n += int64(v[1].(term.Int))
				} else {
					c.Send(v[1], term.Tuple{a("count"), term.Int(s.n)})
				}
			}
		}
		msg, ok, parked = c.ReceivePark(s, s.timeout, "counter", s.resume)
	}
}

func spawnCounter(p *Process, timeout int64, opts SpawnOpts) (term.Pid, term.Ref, *counter) {
	s := &counter{owner: p.Pid(), timeout: timeout}
	pid, ref := p.Spawn(s.body, opts)
	return pid, ref, s
}

// TestReceivePark: a process parked without a goroutine receives
// selectively, keeps the messages it does not take in order, shows as
// waiting, and ends normally.
func TestReceivePark(t *testing.T) {
	both(t, func(t *testing.T, run func(Body) (*Outcome, string)) {
		out, stdout := run(func(p *Process) term.Term {
			pid, _, s := spawnCounter(p, -1, SpawnOpts{})
			ref := p.Monitor(pid)
			for k := 1; k <= 100; k++ {
				p.Send(pid, term.Tuple{a("add"), term.Int(k)})
				if k%25 == 0 {
					p.Send(pid, term.Tuple{a("junk"), term.Int(k)})
				}
			}
			p.Send(pid, term.Tuple{a("get"), p.Pid()})
			puts(p, "count %s", show(recv(t, p, tagged("count"), long)))
			// With several tokens the counter may still be on its way
			// to the receive.
			info, _ := p.Runtime().Info(pid)
			for i := 0; i < long && info.Status != a("waiting"); i++ {
				p.Sleep(1)
				info, _ = p.Runtime().Info(pid)
			}
			puts(p, "status %s, messages %s", show(info.Status), show(term.List(info.Messages...)))
			p.Send(pid, a("stop"))
			down := recv(t, p, tagged("DOWN"), long).(term.Tuple)
			puts(p, "down %v %s, took %d", down[1] == term.Term(ref), show(down[4]), s.took)
			return Normal
		})
		checkNormal(t, out)
		checkOut(t, stdout, "count {:count, 5050}\nstatus :waiting, messages [{:junk, 25}, {:junk, 50}, {:junk, 75}, {:junk, 100}]\ndown true :normal, took 102\n")
	})
}

// TestReceiveParkTimeout: a parked receive's after fires, and is
// cancelled when a message comes first.
func TestReceiveParkTimeout(t *testing.T) {
	out, stdout := run(t, func(p *Process) term.Term {
		pid, _, _ := spawnCounter(p, 50, SpawnOpts{})
		puts(p, "%s at %d", show(recv(t, p, tagged("idle"), long)), p.Runtime().Now())
		p.Send(pid, term.Tuple{a("add"), term.Int(2)})
		puts(p, "%s at %d", show(recv(t, p, tagged("idle"), long)), p.Runtime().Now())
		p.Sleep(20)
		p.Send(pid, term.Tuple{a("add"), term.Int(3)}) // restarts the 50 ms
		puts(p, "%s at %d", show(recv(t, p, tagged("idle"), long)), p.Runtime().Now())
		p.Send(pid, a("stop"))
		return Normal
	})
	checkNormal(t, out)
	checkOut(t, stdout, "{:idle, 0} at 50\n{:idle, 2} at 100\n{:idle, 5} at 170\n")
}

// TestReceiveParkSignals: exit signals reach a parked process: it dies
// with the reason, its links and monitors hear of it, and one that traps
// exits receives the signal as a message.
func TestReceiveParkSignals(t *testing.T) {
	both(t, func(t *testing.T, run func(Body) (*Outcome, string)) {
		out, stdout := run(func(p *Process) term.Term {
			p.TrapExit(true)
			pid, ref, _ := spawnCounter(p, -1, SpawnOpts{Monitor: true})
			p.Exit(pid, a("boom"))
			down := recv(t, p, tagged("DOWN"), long).(term.Tuple)
			puts(p, "monitor %v %s", down[1] == term.Term(ref), show(down[4]))

			pid, _, _ = spawnCounter(p, 1000, SpawnOpts{Link: true})
			p.Exit(pid, Kill)
			exit := recv(t, p, tagged("EXIT"), long).(term.Tuple)
			puts(p, "link %v %s", exit[1] == term.Term(pid), show(exit[2]))

			// A parked process trapping exits takes the signal as a
			// message (here left in its mailbox: it takes no EXIT).
			trapper, _, _ := spawnCounter(p, -1, SpawnOpts{})
			p.Send(trapper, term.Tuple{a("get"), p.Pid()})
			recv(t, p, tagged("count"), long)
			tp := p.Runtime().lookup(trapper)
			tp.mu.Lock()
			tp.trap = true
			tp.mu.Unlock()
			p.Exit(trapper, a("shutdown"))
			p.Send(trapper, term.Tuple{a("get"), p.Pid()})
			recv(t, p, tagged("count"), long)
			info, _ := p.Runtime().Info(trapper)
			for i := 0; i < long && info.Status != a("waiting"); i++ {
				p.Sleep(1)
				info, _ = p.Runtime().Info(trapper)
			}
			puts(p, "trapper %s %s", show(info.Status), show(term.List(info.Messages...)))
			p.Exit(trapper, Kill)
			return Normal
		})
		checkNormal(t, out)
		checkOut(t, stdout, "monitor true :boom\nlink true :killed\ntrapper :waiting [{:EXIT, #PID, :shutdown}]\n")
	})
}

// TestReceiveParkQuiet: the quiet report shows a parked process as
// waiting in receive, with what it waits for and its mailbox.
func TestReceiveParkQuiet(t *testing.T) {
	var buf bytes.Buffer
	rt := NewRuntime(Options{Deterministic: true, Stdout: &buf})
	out := rt.RunUntilQuiet(func(p *Process) term.Term {
		pid, _, _ := spawnCounter(p, -1, SpawnOpts{})
		p.Send(pid, a("unexpected"))
		return Normal
	})
	if out.Quiet == nil {
		t.Fatalf("outcome %+v", out)
	}
	want := "quiet at 0 ms: 1 process(es) waiting\n#PID<0.97.0> waiting in receive for counter, 1 message(s)\n    :unexpected\n"
	if got := out.Quiet.Format(show); got != want {
		t.Errorf("Format:\n%s\nwant:\n%s", got, want)
	}
}

// TestReceiveParkNoGoroutine: parked processes hold no goroutine, and a
// halt unwinds them all.
func TestReceiveParkNoGoroutine(t *testing.T) {
	const n = 2000
	before := runtime.NumGoroutine()
	var during int
	out, _ := run(t, func(p *Process) term.Term {
		for range n {
			spawnCounter(p, -1, SpawnOpts{})
		}
		p.Sleep(1) // every process has run and parked
		deadline := time.Now().Add(long * time.Millisecond)
		for during = runtime.NumGoroutine(); during > before+n/2 && time.Now().Before(deadline); during = runtime.NumGoroutine() {
			time.Sleep(time.Millisecond)
		}
		return Normal
	})
	checkNormal(t, out)
	if during > before+n/2 {
		t.Errorf("%d goroutines with %d parked processes, %d before", during, n, before)
	}
}

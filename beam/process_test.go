package beam

import (
	"testing"
	"time"

	"github.com/exlite/exlite/beam/term"
)

func TestSpawnSendReceive(t *testing.T) {
	both(t, func(t *testing.T, run func(Body) (*Outcome, string)) {
		out, stdout := run(func(p *Process) term.Term {
			me := p.Pid()
			doubler, _ := p.Spawn(func(c *Process) term.Term {
				m := recv(t, c, tagged("double"), -1).(term.Tuple)
				c.Send(m[2], term.Tuple{a("doubled"), m[1].(term.Int) * 2})
				return Normal
			}, SpawnOpts{})
			if doubler == me {
				t.Errorf("child has the parent's pid")
			}
			ref := p.Monitor(doubler)
			p.Send(doubler, term.Tuple{a("double"), term.Int(21), me})
			got := recv(t, p, tagged("doubled"), long).(term.Tuple)
			puts(p, "doubled: %s", show(got[1]))
			down := recv(t, p, tagged("DOWN"), long).(term.Tuple)
			puts(p, "down: %v %s", down[1] == term.Term(ref), show(down[4]))
			puts(p, "alive: %v", p.Runtime().IsAlive(doubler))
			if err := p.Send(doubler, a("anyone_there?")); err != nil {
				t.Errorf("send to a dead pid: %v", err)
			}
			p.Send(me, term.Tuple{a("hello"), term.Binary("world")})
			puts(p, "%s", show(recv(t, p, anyMsg, 0)))
			return Normal
		})
		checkNormal(t, out)
		checkOut(t, stdout, "doubled: 42\ndown: true :normal\nalive: false\n{:hello, \"world\"}\n")
	})
}

func TestMainPidAndNumbering(t *testing.T) {
	run(t, func(p *Process) term.Term {
		if p.Pid().ID != MainPid {
			t.Errorf("main pid = %d", p.Pid().ID)
		}
		c1, _ := p.Spawn(func(*Process) term.Term { return Normal }, SpawnOpts{})
		c2, _ := p.Spawn(func(*Process) term.Term { return Normal }, SpawnOpts{})
		if c1.ID != FirstSpawnPid || c2.ID != FirstSpawnPid+1 {
			t.Errorf("spawned pids %d, %d", c1.ID, c2.ID)
		}
		if got := FormatPid(c1); got != "#PID<0.97.0>" {
			t.Errorf("FormatPid = %s", got)
		}
		r1, r2 := p.MakeRef(), p.MakeRef()
		if r1 == r2 || FormatRef(r1) == FormatRef(r2) {
			t.Errorf("refs not unique: %s %s", FormatRef(r1), FormatRef(r2))
		}
		return Normal
	})
}

// TestSelectiveReceive follows conformance program 039.
func TestSelectiveReceive(t *testing.T) {
	both(t, func(t *testing.T, run func(Body) (*Outcome, string)) {
		out, stdout := run(func(p *Process) term.Term {
			me := p.Pid()
			for _, m := range []term.Term{term.Tuple{a("b"), term.Int(2)}, term.Tuple{a("a"), term.Int(1)}, term.Tuple{a("c"), term.Int(3)}, term.Tuple{a("a"), term.Int(4)}} {
				p.Send(me, m)
			}
			take := func(tag string) string {
				m, ok := p.Receive(tagged(tag), 0)
				if !ok {
					return ":none"
				}
				return show(m.(term.Tuple)[1])
			}
			puts(p, "%s %s %s %s", take("a"), take("c"), take("a"), take("a"))
			puts(p, "left: %s", show(term.List(p.Messages()...)))
			puts(p, "b: %s", take("b"))
			p.Spawn(func(c *Process) term.Term {
				c.Send(me, term.Tuple{a("result"), term.Int(1), a("slow")})
				c.Send(me, term.Tuple{a("result"), term.Int(2), a("fast")})
				c.Send(me, term.Tuple{a("log"), term.Binary("working")})
				return Normal
			}, SpawnOpts{})
			second := func(n int64) func(term.Term) bool {
				return func(m term.Term) bool {
					t, ok := m.(term.Tuple)
					return ok && len(t) == 3 && t[0] == term.Term(a("result")) && t[1] == term.Term(term.Int(n))
				}
			}
			r2 := recv(t, p, second(2), -1)
			r1 := recv(t, p, second(1), -1)
			l := recv(t, p, tagged("log"), -1)
			puts(p, "%s %s %s", show(r1), show(r2), show(l))
			for _, m := range []string{"urgent", "normal", "urgent"} {
				p.Send(me, a(m))
			}
			var got []term.Term
			for range 4 {
				if m, ok := p.Receive(is("urgent"), 0); ok {
					got = append(got, m)
				} else if m, ok := p.Receive(anyMsg, 0); ok {
					got = append(got, m)
				} else {
					got = append(got, a("empty"))
				}
			}
			puts(p, "%s", show(term.List(got...)))
			return Normal
		})
		checkNormal(t, out)
		checkOut(t, stdout, `1 3 4 :none
left: [{:b, 2}]
b: 2
{:result, 1, :slow} {:result, 2, :fast} {:log, "working"}
[:urgent, :urgent, :normal, :empty]
`)
	})
}

// TestReceiveResumesScan checks that a blocked receive skips messages it
// already rejected and still finds a later match, leaving the rest in
// order.
func TestReceiveResumesScan(t *testing.T) {
	both(t, func(t *testing.T, run func(Body) (*Outcome, string)) {
		out, stdout := run(func(p *Process) term.Term {
			me := p.Pid()
			calls := 0
			p.Spawn(func(c *Process) term.Term {
				for i := range 5 {
					c.Send(me, term.Int(i))
					c.Sleep(1)
				}
				c.Send(me, a("stop"))
				return Normal
			}, SpawnOpts{})
			recv(t, p, func(m term.Term) bool { calls++; return m == term.Term(a("stop")) }, -1)
			puts(p, "left %s, match calls %d", show(term.List(p.Messages()...)), calls)
			return Normal
		})
		checkNormal(t, out)
		checkOut(t, stdout, "left [0, 1, 2, 3, 4], match calls 6\n")
	})
}

func TestReceiveTimeouts(t *testing.T) {
	both(t, func(t *testing.T, run func(Body) (*Outcome, string)) {
		out, stdout := run(func(p *Process) term.Term {
			me := p.Pid()
			_, ok := p.Receive(anyMsg, 0)
			puts(p, "after 0 on empty: %v", ok)
			p.Send(me, a("ping"))
			m, ok := p.Receive(anyMsg, 0)
			puts(p, "after 0 with a message: %s %v", show(m), ok)
			slowReply := func(delay int64, v string) {
				p.Spawn(func(c *Process) term.Term {
					c.Sleep(delay)
					c.Send(me, term.Tuple{a("reply"), a(v)})
					return Normal
				}, SpawnOpts{})
			}
			slowReply(20, "quick")
			m, ok = p.Receive(tagged("reply"), long)
			puts(p, "generous: %s %v", show(m), ok)
			slowReply(400, "slow")
			_, ok = p.Receive(tagged("reply"), 30)
			puts(p, "short: %v", ok)
			m, ok = p.Receive(tagged("reply"), -1)
			puts(p, "infinity: %s %v", show(m), ok)
			start := p.Runtime().Now()
			p.Sleep(15)
			puts(p, "slept at least 15: %v", p.Runtime().Now()-start >= 15)
			return Normal
		})
		checkNormal(t, out)
		checkOut(t, stdout, `after 0 on empty: false
after 0 with a message: :ping true
generous: {:reply, :quick} true
short: false
infinity: {:reply, :slow} true
slept at least 15: true
`)
	})
}

func TestTimers(t *testing.T) {
	both(t, func(t *testing.T, run func(Body) (*Outcome, string)) {
		out, stdout := run(func(p *Process) term.Term {
			rt := p.Runtime()
			me := p.Pid()
			p.SendAfter(me, a("third"), 60)
			p.SendAfter(me, a("first"), 0)
			p.SendAfter(me, a("second"), 30)
			var order []term.Term
			for range 3 {
				order = append(order, recv(t, p, anyMsg, -1))
			}
			puts(p, "order %s", show(term.List(order...)))
			tm := p.SendAfter(me, a("cancelled"), long)
			left, ok := rt.CancelTimer(tm)
			puts(p, "cancel: %v %v", ok, left <= long && left > long/2)
			_, ok = p.Receive(is("cancelled"), 300)
			puts(p, "cancelled arrived: %v", ok)
			fired := p.SendAfter(me, a("fired"), 10)
			p.Sleep(10)
			waitMessages(p, 1)
			_, ok = rt.CancelTimer(fired)
			puts(p, "cancel after firing: %v", ok)
			_, ok = p.Receive(is("fired"), 0)
			puts(p, "fired in mailbox: %v", ok)
			later := p.SendAfter(me, a("later"), long)
			left, ok = rt.ReadTimer(later)
			puts(p, "read: %v %v", ok, left > long/2)
			rt.CancelTimer(later)
			_, ok = rt.ReadTimer(later)
			puts(p, "read cancelled: %v", ok)
			// A timer to a name is resolved when it fires.
			p.SendAfter(a("late_name"), a("by_name"), 20)
			if err := p.Register(a("late_name"), me); err != nil {
				t.Error(err)
			}
			m := recv(t, p, anyMsg, long)
			puts(p, "by name: %s", show(m))
			return Normal
		})
		checkNormal(t, out)
		checkOut(t, stdout, `order [:first, :second, :third]
cancel: true true
cancelled arrived: false
cancel after firing: false
fired in mailbox: true
read: true true
read cancelled: false
by name: :by_name
`)
	})
}

func TestTimerCancelledWhenTargetExits(t *testing.T) {
	var buf []string
	rt := NewRuntime(Options{Deterministic: true, Stdout: new(discard)})
	out := rt.RunUntilQuiet(func(p *Process) term.Term {
		c, _ := p.Spawn(func(c *Process) term.Term { return Normal }, SpawnOpts{})
		var ref term.Ref
		// The child has not run yet: it is alive, the timer is kept.
		ref = p.SendAfter(c, a("x"), 10_000)
		p.Sleep(1)
		_, ok := rt.ReadTimer(ref)
		buf = append(buf, show(term.Bool(ok)))
		return Normal
	})
	if out.Quiet == nil || out.Quiet.Time > 100 {
		t.Errorf("quiet = %+v, want quiet soon after the child exits", out.Quiet)
	}
	if len(buf) != 1 || buf[0] != ":false" {
		t.Errorf("timer of a dead target still readable: %v", buf)
	}
}

type discard struct{}

func (discard) Write(b []byte) (int, error) { return len(b), nil }

func TestDictionary(t *testing.T) {
	run(t, func(p *Process) term.Term {
		if _, ok := p.Put(a("k"), term.Int(1)); ok {
			t.Error("put on an empty dictionary found an old value")
		}
		old, ok := p.Put(a("k"), term.Int(2))
		if !ok || old != term.Term(term.Int(1)) {
			t.Errorf("old = %v %v", old, ok)
		}
		p.Put(a("j"), term.Int(3))
		v, ok := p.Get(a("k"))
		if !ok || v != term.Term(term.Int(2)) {
			t.Errorf("get = %v %v", v, ok)
		}
		info, _ := p.Runtime().Info(p.Pid())
		if got := show(term.List(info.Dictionary...)); got != "[{:j, 3}, {:k, 2}]" {
			t.Errorf("info dictionary = %s", got)
		}
		old, ok = p.Erase(a("k"))
		if !ok || old != term.Term(term.Int(2)) {
			t.Errorf("erase = %v %v", old, ok)
		}
		if _, ok := p.Get(a("k")); ok {
			t.Error("erased key still there")
		}
		if p.Dictionary().Len() != 1 {
			t.Errorf("dictionary len = %d", p.Dictionary().Len())
		}
		return Normal
	})
}

func TestInfo(t *testing.T) {
	run(t, func(p *Process) term.Term {
		rt := p.Runtime()
		me := p.Pid()
		c, _ := p.Spawn(func(c *Process) term.Term {
			c.Register(a("worker"), c.Pid())
			c.Receive(is("stop"), -1)
			return Normal
		}, SpawnOpts{Link: true})
		ref := p.Monitor(c)
		p.Sleep(1)
		p.Send(c, a("one"))
		p.Send(c, a("two"))
		info, ok := rt.Info(c)
		if !ok {
			t.Fatal("no info for a live process")
		}
		if info.MessageQueueLen != 2 || show(term.List(info.Messages...)) != "[:one, :two]" {
			t.Errorf("messages = %d %s", info.MessageQueueLen, show(term.List(info.Messages...)))
		}
		if info.Status != a("runnable") || info.RegisteredName != a("worker") {
			t.Errorf("status %s name %s", show(info.Status), show(info.RegisteredName))
		}
		if len(info.Links) != 1 || info.Links[0] != me || len(info.MonitoredBy) != 1 || info.MonitoredBy[0] != me {
			t.Errorf("links %v monitored by %v", info.Links, info.MonitoredBy)
		}
		mine, _ := rt.Info(me)
		if len(mine.Monitors) != 1 || mine.Monitors[0] != term.Term(c) || mine.Status != a("running") {
			t.Errorf("own monitors %v status %s", mine.Monitors, show(mine.Status))
		}
		p.Send(c, a("stop"))
		recv(t, p, func(m term.Term) bool { tu, ok := m.(term.Tuple); return ok && tu[1] == term.Term(ref) }, -1)
		if _, ok := rt.Info(c); ok {
			t.Error("info for a dead process")
		}
		if len(rt.Processes()) != 1 {
			t.Errorf("processes = %v", rt.Processes())
		}
		return Normal
	})
}

// TestBlocking: a process blocked outside the runtime holds no token and
// does not make the program quiet.
func TestBlocking(t *testing.T) {
	out, stdout := runReal(t, 1, func(p *Process) term.Term {
		me := p.Pid()
		p.Spawn(func(c *Process) term.Term {
			c.Send(me, a("ran"))
			return Normal
		}, SpawnOpts{})
		// The child can only run while main is blocked, on the only token:
		// main waits for that to happen (or a minute, a sure failure).
		p.Blocking(func() {
			deadline := time.Now().Add(long * time.Millisecond)
			for len(p.Messages()) == 0 && time.Now().Before(deadline) {
				time.Sleep(time.Millisecond)
			}
		})
		_, ok := p.Receive(is("ran"), 0)
		puts(p, "child ran: %v", ok)
		return Normal
	})
	checkNormal(t, out)
	checkOut(t, stdout, "child ran: true\n")
}

// TestYield: Yield lets the other runnable processes go first.
func TestYield(t *testing.T) {
	out, stdout := run(t, func(p *Process) term.Term {
		p.Spawn(func(c *Process) term.Term { puts(c, "child"); return Normal }, SpawnOpts{})
		puts(p, "before")
		p.Yield()
		puts(p, "after")
		return Normal
	})
	checkNormal(t, out)
	checkOut(t, stdout, "before\nchild\nafter\n")
}

// TestMailboxModel checks the mailbox against a plain list under random
// sends and selective receives.
func TestMailboxModel(t *testing.T) {
	run(t, func(p *Process) term.Term {
		rng := uint64(12345)
		next := func(n int) int {
			rng = rng*6364136223846793005 + 1442695040888963407
			return int((rng >> 33) % uint64(n))
		}
		var model []term.Term
		seq := 0
		for step := range 20_000 {
			switch k := next(10); {
			case k < 3:
				burst := 1 + next(4)
				for range burst {
					m := term.Tuple{term.Int(next(7)), term.Int(seq)}
					seq++
					p.Send(p.Pid(), m)
					model = append(model, m)
				}
			default:
				want := term.Int(next(7))
				got, ok := p.Receive(func(m term.Term) bool { return m.(term.Tuple)[0] == term.Term(want) }, 0)
				idx := -1
				for i, m := range model {
					if m.(term.Tuple)[0] == term.Term(want) {
						idx = i
						break
					}
				}
				if ok != (idx >= 0) || ok && got.(term.Tuple)[1] != model[idx].(term.Tuple)[1] {
					t.Fatalf("step %d: receive %v %v, model index %d", step, got, ok, idx)
				}
				if ok {
					model = append(model[:idx:idx], model[idx+1:]...)
				}
			}
			if step%97 == 0 {
				got := p.Messages()
				if len(got) != len(model) {
					t.Fatalf("step %d: %d messages, model %d", step, len(got), len(model))
				}
				for i := range got {
					if got[i].(term.Tuple)[1] != model[i].(term.Tuple)[1] {
						t.Fatalf("step %d: message %d differs", step, i)
					}
				}
			}
		}
		return Normal
	})
}

// TestTimerOrder: timers act in deadline order (then creation order), in
// both modes; a message due before a receive's timeout is always there
// when the timeout fires.
func TestTimerOrder(t *testing.T) {
	both(t, func(t *testing.T, run func(Body) (*Outcome, string)) {
		out, _ := run(func(p *Process) term.Term {
			rt := p.Runtime()
			rng := uint64(7)
			const n = 300
			// Creating timers takes time in real mode: each deadline is
			// known to lie in [lo, hi].
			lo, hi := make([]int64, n), make([]int64, n)
			for i := range n {
				rng = rng*6364136223846793005 + 1442695040888963407
				delay := int64(rng>>33) % 20
				lo[i] = rt.NowMicros() + delay*1000
				p.SendAfter(p.Pid(), term.Int(i), delay)
				hi[i] = rt.NowMicros() + delay*1000
			}
			last := -1
			for range n {
				i := int(recv(t, p, anyMsg, -1).(term.Int))
				if last >= 0 && (hi[i] < lo[last] || hi[i] == lo[last] && lo[i] == hi[i] && lo[last] == hi[last] && i < last) {
					t.Errorf("timer %d (due %d..%d) fired after %d (due %d..%d)", i, lo[i], hi[i], last, lo[last], hi[last])
				}
				last = i
			}
			for range 20 {
				p.SendAfter(p.Pid(), a("due"), 1)
				if _, ok := p.Receive(is("due"), 2); !ok {
					t.Error("a timer due at 1ms had not acted when a 2ms timeout fired")
				}
			}
			return Normal
		})
		checkNormal(t, out)
	})
}

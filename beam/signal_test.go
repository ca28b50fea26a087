package beam

import (
	"errors"
	"testing"

	"github.com/exlite/exlite/beam/term"
)

// sleeper is a process that waits forever.
func sleeper(c *Process) term.Term { c.Sleep(-1); return Normal }

// exitWith returns a body that ends with reason.
func exitWith(reason term.Term) Body { return func(*Process) term.Term { return reason } }

// waitDown waits for the :DOWN of ref and returns its reason.
func waitDown(t testing.TB, p *Process, ref term.Ref) term.Term {
	m := recv(t, p, func(m term.Term) bool {
		tu, ok := m.(term.Tuple)
		return ok && len(tu) == 5 && tu[0] == term.Term(a("DOWN")) && tu[1] == term.Term(ref)
	}, long)
	return m.(term.Tuple)[4]
}

// waitExit waits for {:EXIT, pid, reason} and returns reason.
func waitExit(t testing.TB, p *Process, pid term.Pid) term.Term {
	m := recv(t, p, func(m term.Term) bool {
		tu, ok := m.(term.Tuple)
		return ok && len(tu) == 3 && tu[0] == term.Term(a("EXIT")) && tu[1] == term.Term(pid)
	}, long)
	return m.(term.Tuple)[2]
}

// TestMonitors follows conformance program 043.
func TestMonitors(t *testing.T) {
	both(t, func(t *testing.T, run func(Body) (*Outcome, string)) {
		out, stdout := run(func(p *Process) term.Term {
			watch := func(b Body) string {
				_, ref := p.Spawn(b, SpawnOpts{Monitor: true})
				return show(waitDown(t, p, ref))
			}
			puts(p, "returns: %s", watch(exitWith(Normal)))
			puts(p, "exit: %s", watch(exitWith(a("resigned"))))
			puts(p, "shutdown tuple: %s", watch(exitWith(term.Tuple{a("shutdown"), a("maintenance")})))
			puts(p, "kill self: %s", watch(func(c *Process) term.Term {
				c.Exit(c.Pid(), Kill)
				t.Error("survived kill")
				return Normal
			}))
			puts(p, "panic with *Exit: %s", watch(func(c *Process) term.Term { panic(&Exit{Reason: a("panicked")}) }))
			pid, _ := p.Spawn(sleeper, SpawnOpts{})
			ref := p.Monitor(pid)
			p.Exit(pid, a("stop_it"))
			puts(p, "external exit: %s", show(waitDown(t, p, ref)))
			puts(p, "monitoring dead pid: %s", show(waitDown(t, p, p.Monitor(pid))))
			// Demonitor with flush removes a DOWN already delivered.
			q, _ := p.Spawn(exitWith(a("went")), SpawnOpts{})
			r := p.Monitor(q)
			waitMessages(p, 1)
			if n := len(p.Messages()); n != 1 {
				t.Errorf("mailbox has %d messages, want the DOWN", n)
			}
			puts(p, "demonitor after down: %v", p.Demonitor(r, true))
			puts(p, "mailbox after flush: %d", len(p.Messages()))
			// Demonitor before the exit: no DOWN at all.
			q, _ = p.Spawn(func(c *Process) term.Term { c.Receive(is("go"), -1); return a("went") }, SpawnOpts{})
			r = p.Monitor(q)
			puts(p, "demonitor active: %v", p.Demonitor(r, false))
			p.Send(q, a("go"))
			_, ok := p.Receive(tagged("DOWN"), 100)
			puts(p, "down after demonitor: %v", ok)
			// Monitor by name.
			n, _ := p.Spawn(func(c *Process) term.Term { c.Receive(is("quit"), -1); return a("bye") }, SpawnOpts{})
			if err := p.Register(a("named"), n); err != nil {
				t.Error(err)
			}
			nref := p.Monitor(a("named"))
			p.Send(a("named"), a("quit"))
			m := recv(t, p, tagged("DOWN"), long).(term.Tuple)
			puts(p, "by name: %v %s %s", m[1] == term.Term(nref), show(m[3]), show(m[4]))
			p.Monitor(a("nobody"))
			m = recv(t, p, tagged("DOWN"), 0).(term.Tuple)
			puts(p, "unknown name: %s %s", show(m[3]), show(m[4]))
			return Normal
		})
		checkNormal(t, out)
		checkOut(t, stdout, `returns: :normal
exit: :resigned
shutdown tuple: {:shutdown, :maintenance}
kill self: :killed
panic with *Exit: :panicked
external exit: :stop_it
monitoring dead pid: :noproc
demonitor after down: false
mailbox after flush: 0
demonitor active: true
down after demonitor: false
by name: true {:named, :nonode@nohost} :bye
unknown name: {:nobody, :nonode@nohost} :noproc
`)
	})
}

// TestTrapExit follows conformance program 042.
func TestTrapExit(t *testing.T) {
	both(t, func(t *testing.T, run func(Body) (*Outcome, string)) {
		out, stdout := run(func(p *Process) term.Term {
			if p.TrapExit(true) {
				t.Error("trap_exit was on at start")
			}
			worker := func(job term.Term) term.Pid {
				pid, _ := p.Spawn(func(c *Process) term.Term {
					m := recv(t, c, anyMsg, -1)
					if m == term.Term(a("die")) {
						c.Exit(c.Pid(), Kill)
					}
					return job
				}, SpawnOpts{Link: true})
				return pid
			}
			w1 := worker(Normal)
			w2 := worker(term.Tuple{a("bad_job"), term.Int(2)})
			w3 := worker(Normal)
			w4 := worker(Normal)
			p.Send(w1, a("job"))
			p.Send(w2, a("job"))
			p.Send(w3, a("die"))
			p.Exit(w4, a("shutdown"))
			for _, w := range []term.Pid{w1, w2, w3, w4} {
				puts(p, "exit: %s", show(waitExit(t, p, w)))
			}
			linked, _ := p.Spawn(sleeper, SpawnOpts{Link: true})
			p.Exit(linked, Normal)
			p.Sleep(20)
			puts(p, "alive after :normal: %v", p.Runtime().IsAlive(linked))
			p.Exit(linked, a("time_to_go"))
			puts(p, "linked exit: %s", show(waitExit(t, p, linked)))
			top, _ := p.Spawn(func(c *Process) term.Term {
				inner, _ := c.Spawn(func(d *Process) term.Term {
					d.Receive(is("boom"), -1)
					return a("chain_reaction")
				}, SpawnOpts{Link: true})
				c.Send(inner, a("boom"))
				c.Sleep(-1)
				return Normal
			}, SpawnOpts{Link: true})
			puts(p, "chain: %s", show(waitExit(t, p, top)))
			// A trapping process gets its own exit signals as messages.
			p.Exit(p.Pid(), a("self_signal"))
			puts(p, "self signal: %s", show(waitExit(t, p, p.Pid())))
			p.Exit(p.Pid(), Normal)
			puts(p, "self normal: %s", show(waitExit(t, p, p.Pid())))
			puts(p, "trap_exit was: %v", p.TrapExit(false))
			return Normal
		})
		checkNormal(t, out)
		checkOut(t, stdout, `exit: :normal
exit: {:bad_job, 2}
exit: :killed
exit: :shutdown
alive after :normal: true
linked exit: :time_to_go
chain: :chain_reaction
self signal: :self_signal
self normal: :normal
trap_exit was: true
`)
	})
}

// TestLinkPropagation checks the rules for processes that do not trap.
func TestLinkPropagation(t *testing.T) {
	both(t, func(t *testing.T, run func(Body) (*Outcome, string)) {
		out, stdout := run(func(p *Process) term.Term {
			// middle is linked to a child that crashes; middle dies with
			// the same reason, and its monitor reports it.
			// The test watches the child too and decides once the child
			// has exited (its link signal goes out before its :DOWN), so
			// that no timing is involved.
			crash := func(reason term.Term, selfKill bool) string {
				me := p.Pid()
				mid, ref := p.Spawn(func(c *Process) term.Term {
					child, _ := c.Spawn(func(d *Process) term.Term {
						d.Receive(is("go"), -1)
						if selfKill {
							d.Exit(d.Pid(), Kill)
						}
						return reason
					}, SpawnOpts{Link: true})
					c.Send(me, term.Tuple{a("child"), child})
					c.Sleep(-1)
					return a("never")
				}, SpawnOpts{Monitor: true})
				child := recv(t, p, tagged("child"), long).(term.Tuple)[1].(term.Pid)
				cref := p.Monitor(child)
				p.Send(child, a("go"))
				waitDown(t, p, cref)
				if p.Runtime().IsAlive(mid) {
					p.Demonitor(ref, true)
					p.Exit(mid, Kill)
					return "survived"
				}
				return show(waitDown(t, p, ref))
			}
			puts(p, "normal: %s", crash(Normal, false))
			puts(p, "reason: %s", crash(a("boom"), false))
			puts(p, "killed: %s", crash(Kill, true))
			// A process whose own reason is :kill sends a trappable :kill.
			puts(p, "exit reason kill: %s", crash(Kill, false))
			// Process.exit(pid, :normal) is ignored by a non-trapping
			// process; Process.exit(self(), :normal) ends it.
			q, ref := p.Spawn(func(c *Process) term.Term {
				c.Receive(is("now"), -1)
				c.Exit(c.Pid(), Normal)
				t.Error("survived exit(self, normal)")
				return a("never")
			}, SpawnOpts{Monitor: true})
			p.Exit(q, Normal)
			p.Sleep(5)
			puts(p, "alive after exit normal: %v", p.Runtime().IsAlive(q))
			p.Send(q, a("now"))
			puts(p, "self normal: %s", show(waitDown(t, p, ref)))
			// :kill cannot be trapped.
			tr, ref := p.Spawn(func(c *Process) term.Term { c.TrapExit(true); c.Sleep(-1); return Normal }, SpawnOpts{Monitor: true})
			p.Sleep(1)
			p.Exit(tr, Kill)
			puts(p, "kill trapper: %s", show(waitDown(t, p, ref)))
			// Linking a dead process.
			dead, ref := p.Spawn(exitWith(Normal), SpawnOpts{Monitor: true})
			waitDown(t, p, ref)
			puts(p, "link dead: %v", errors.Is(p.Link(dead), ErrNoProc))
			p.TrapExit(true)
			puts(p, "link dead trapping: %v %s", p.Link(dead) == nil, show(waitExit(t, p, dead)))
			// Unlink stops propagation.
			u, ref := p.Spawn(func(c *Process) term.Term { c.Receive(is("go"), -1); return a("bad") }, SpawnOpts{Monitor: true})
			p.Link(u)
			p.Unlink(u)
			p.Send(u, a("go"))
			waitDown(t, p, ref)
			_, ok := p.Receive(tagged("EXIT"), 20)
			puts(p, "exit after unlink: %v", ok)
			return Normal
		})
		checkNormal(t, out)
		checkOut(t, stdout, `normal: survived
reason: :boom
killed: :killed
exit reason kill: :kill
alive after exit normal: true
self normal: :normal
kill trapper: :killed
link dead: true
link dead trapping: true :noproc
exit after unlink: false
`)
	})
}

// TestMainKilledByLink: a linked crash kills the script.
func TestMainKilledByLink(t *testing.T) {
	both(t, func(t *testing.T, run func(Body) (*Outcome, string)) {
		out, stdout := run(func(p *Process) term.Term {
			p.Spawn(func(c *Process) term.Term {
				puts(c, "worker crashing")
				return term.Tuple{a("job_failed"), term.Int(3)}
			}, SpawnOpts{Link: true})
			p.Receive(is("done"), long)
			puts(p, "never")
			return Normal
		})
		if !out.Signal || show(out.Reason) != "{:job_failed, 3}" {
			t.Errorf("outcome %+v reason %s", out, show(out.Reason))
		}
		checkOut(t, stdout, "worker crashing\n")
	})
}

func TestMainExitSelfNormal(t *testing.T) {
	out, _ := run(t, func(p *Process) term.Term {
		p.Exit(p.Pid(), Normal)
		return a("not_reached")
	})
	if !out.Signal || out.Reason != term.Term(Normal) {
		t.Errorf("outcome %+v", out)
	}
}

func TestNames(t *testing.T) {
	both(t, func(t *testing.T, run func(Body) (*Outcome, string)) {
		out, stdout := run(func(p *Process) term.Term {
			rt := p.Runtime()
			srv, ref := p.Spawn(func(c *Process) term.Term {
				m := recv(t, c, tagged("ping"), -1).(term.Tuple)
				c.Send(m[1], a("pong"))
				c.Receive(is("stop"), -1)
				return Normal
			}, SpawnOpts{Monitor: true})
			puts(p, "register: %v", p.Register(a("srv"), srv))
			w, ok := rt.Whereis(a("srv"))
			puts(p, "whereis: %v %v", ok, w == srv)
			p.Send(a("srv"), term.Tuple{a("ping"), p.Pid()})
			puts(p, "reply: %s", show(recv(t, p, is("pong"), long)))
			puts(p, "taken: %v", p.Register(a("srv"), p.Pid()))
			puts(p, "already named: %v", p.Register(a("other"), srv))
			puts(p, "undefined: %v", p.Register(term.Undefined, p.Pid()))
			puts(p, "registered: %v", len(rt.Registered()) == 1 && rt.Registered()[0] == a("srv"))
			puts(p, "unknown: %v", p.Send(a("nobody_home"), a("knock")))
			p.Send(srv, a("stop"))
			waitDown(t, p, ref)
			_, ok = rt.Whereis(a("srv"))
			puts(p, "after exit: %v", ok)
			puts(p, "dead pid: %v", p.Register(a("srv"), srv))
			puts(p, "reuse: %v", p.Register(a("srv"), p.Pid()))
			puts(p, "unregister: %v", rt.Unregister(a("srv")))
			puts(p, "unregister again: %v", rt.Unregister(a("srv")))
			return Normal
		})
		checkNormal(t, out)
		checkOut(t, stdout, `register: <nil>
whereis: true true
reply: :pong
taken: name already registered
already named: process already registered
undefined: bad name
registered: true
unknown: invalid destination
after exit: false
dead pid: process not alive
reuse: <nil>
unregister: <nil>
unregister again: name not registered
`)
	})
}

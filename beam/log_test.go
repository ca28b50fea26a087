package beam

import (
	"regexp"
	"testing"

	"github.com/exlite/exlite/beam/term"
)

var timestamp = regexp.MustCompile(`(?m)^[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{3} `)

// TestProcessLogOrder: a line logged with Process.Log prints before what
// its process's later message, exit signal or :DOWN causes, and before
// the program halts when main ends.
func TestProcessLogOrder(t *testing.T) {
	both(t, func(t *testing.T, run func(Body) (*Outcome, string)) {
		out, stdout := run(func(p *Process) term.Term {
			main := p.Pid()
			p.Spawn(func(c *Process) term.Term {
				c.Log("error", "sent after this")
				c.Send(main, a("sent"))
				return Normal
			}, SpawnOpts{})
			recv(t, p, is("sent"), long)
			puts(p, "got the message")
			p.Spawn(func(c *Process) term.Term {
				c.Log("error", "exits after this\n")
				return a("crashed")
			}, SpawnOpts{Monitor: true})
			recv(t, p, tagged("DOWN"), long)
			puts(p, "got DOWN")
			p.Log("error", "main's last words")
			return Normal
		})
		checkNormal(t, out)
		checkOut(t, timestamp.ReplaceAllString(stdout, "T "),
			"\nT [error] sent after this\ngot the message\n"+
				"\nT [error] exits after this\n\ngot DOWN\n"+
				"\nT [error] main's last words\n")
	})
}

// TestWhileWaiting: f runs only for a process blocked in receive.
func TestWhileWaiting(t *testing.T) {
	both(t, func(t *testing.T, run func(Body) (*Outcome, string)) {
		out, stdout := run(func(p *Process) term.Term {
			child, _ := p.Spawn(func(c *Process) term.Term {
				c.Data = "child state"
				c.Send(p.Pid(), a("ready"))
				recv(t, c, is("stop"), long)
				return Normal
			}, SpawnOpts{Monitor: true})
			recv(t, p, is("ready"), long)
			for {
				if info, ok := p.Runtime().Info(child); ok && info.Status == a("waiting") {
					break
				}
				p.Sleep(1)
			}
			var seen any
			ok := p.Runtime().WhileWaiting(child, func(c *Process) { seen = c.Data })
			puts(p, "waiting child: %v %v", ok, seen)
			puts(p, "running self: %v", p.Runtime().WhileWaiting(p.Pid(), func(*Process) { t.Error("f ran for a running process") }))
			p.Send(child, a("stop"))
			recv(t, p, tagged("DOWN"), long)
			puts(p, "dead child: %v", p.Runtime().WhileWaiting(child, func(*Process) { t.Error("f ran for a dead process") }))
			return Normal
		})
		checkNormal(t, out)
		checkOut(t, stdout, "waiting child: true child state\nrunning self: false\ndead child: false\n")
	})
}

// TestWhileWaitingPreempted: in deterministic mode, f also runs for a
// process preempted in a busy loop (the caller holds the only token).
func TestWhileWaitingPreempted(t *testing.T) {
	out, stdout := run(t, func(p *Process) term.Term {
		child, _ := p.Spawn(func(c *Process) term.Term {
			c.Data = "busy"
			for {
				c.Yield()
			}
		}, SpawnOpts{})
		p.Yield() // the child starts and yields back
		var seen any
		ok := p.Runtime().WhileWaiting(child, func(c *Process) { seen = c.Data })
		puts(p, "preempted child: %v %v", ok, seen)
		p.Exit(child, a("kill"))
		return Normal
	})
	checkNormal(t, out)
	checkOut(t, stdout, "preempted child: true busy\n")
}

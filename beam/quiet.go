package beam

import (
	"fmt"
	"strings"

	"github.com/exlite/exlite/beam/term"
)

// QuietReport describes a quiet point: no process can run and no timer is
// pending, so nothing will ever happen again.
type QuietReport struct {
	// Time is the runtime's clock at the quiet point, in milliseconds.
	Time int64
	// MainAlive is true when the main process is among the waiting ones
	// (a program that real Elixir would leave hanging).
	MainAlive bool
	// Processes are the live processes, all blocked, in pid order.
	Processes []WaitingProcess
}

// WaitingProcess is one blocked process at a quiet point.
type WaitingProcess struct {
	Pid  term.Pid
	Name term.Atom // zero when unregistered
	Main bool
	// InReceive is true for a process blocked in a receive that has
	// clauses; false for one in Process.sleep(:infinity) or an empty
	// receive.
	InReceive bool
	// WaitsFor is what the evaluator passed to ReceiveFor: what the
	// receive waits for (nil for Receive and Sleep).
	WaitsFor any
	// Mailbox holds the messages not taken, oldest first.
	Mailbox  []term.Term
	Links    []term.Pid
	TrapExit bool
}

// quietReport builds the report of the current state; it is meaningful
// when the program is quiet.
func (rt *Runtime) quietReport() *QuietReport {
	r := &QuietReport{Time: rt.Now()}
	for _, p := range rt.allProcesses() {
		if p.system {
			continue
		}
		info, ok := rt.Info(p.pid)
		if !ok {
			continue
		}
		p.mu.Lock()
		inRecv := !p.sleeping
		waitsFor := p.waitsFor
		p.mu.Unlock()
		w := WaitingProcess{
			Pid: p.pid, Name: info.RegisteredName, Main: p == rt.main,
			InReceive: inRecv, WaitsFor: waitsFor, Mailbox: info.Messages, Links: info.Links, TrapExit: info.TrapExit,
		}
		if w.Main {
			r.MainAlive = true
		}
		r.Processes = append(r.Processes, w)
	}
	return r
}

// Format prints the report for people, with terms printed by show (which
// may be nil: Go's %v is used then). A WaitsFor that is a string or a
// fmt.Stringer is printed after "waiting in receive for".
func (r *QuietReport) Format(show func(term.Term) string) string {
	if show == nil {
		show = func(t term.Term) string { return fmt.Sprint(t) }
	}
	var b strings.Builder
	fmt.Fprintf(&b, "quiet at %d ms: %d process(es) waiting\n", r.Time, len(r.Processes))
	for _, w := range r.Processes {
		b.WriteString(FormatPid(w.Pid))
		if !w.Name.IsZero() {
			fmt.Fprintf(&b, " (%s)", w.Name.Name())
		}
		if w.Main {
			b.WriteString(" main")
		}
		if w.InReceive {
			b.WriteString(" waiting in receive")
			switch d := w.WaitsFor.(type) {
			case string:
				b.WriteString(" for " + d)
			case fmt.Stringer:
				b.WriteString(" for " + d.String())
			}
		} else {
			b.WriteString(" sleeping")
		}
		fmt.Fprintf(&b, ", %d message(s)\n", len(w.Mailbox))
		for _, m := range w.Mailbox {
			b.WriteString("    " + show(m) + "\n")
		}
	}
	return b.String()
}

package interp

import (
	"strings"

	"github.com/exlite/exlite/interp/macrostr"
	"github.com/exlite/exlite/interp/rt"
	"github.com/exlite/exlite/parser/ast"
)

// Waiting describes what a process blocked in receive waits for; the
// evaluator hands it to the runtime (beam.Process.ReceiveFor), and the
// quiet point's report carries it (beam.WaitingProcess.WaitsFor), so the
// grader can tell a learner "PingPong.ping_loop/2 is waiting in receive
// for {:pong, _}".
type Waiting struct {
	// Function is the function the receive is written in, "PingPong.loop/1"
	// (for an anonymous function, the one it is defined in).
	Function string
	// Patterns are the receive's clause patterns as written (printed back
	// from the syntax tree by Macro.to_string's rules), guards left out.
	Patterns []string
	// File and Line are where the receive is written (File is "" in
	// exlite's own library, whose lines mean nothing to its users).
	File string
	Line int
}

// String lists the patterns, "{:pong, _} or :stop".
func (w *Waiting) String() string { return strings.Join(w.Patterns, " or ") }

// waitingFor builds the description of a receive's clauses.
func (c *compiler) waitingFor(pos ast.Pos, clauses []*ast.Call) *Waiting {
	w := &Waiting{Function: c.where}
	if c.mod == nil {
		w.Function = ""
	}
	if !c.lib && c.spliceFile == "" && pos.Line > 0 {
		w.File, w.Line = c.in.file, int(pos.Line)
	}
	for _, cl := range clauses {
		params, _ := clauseHead(cl)
		if len(params) == 1 {
			w.Patterns = append(w.Patterns, macrostr.ToString(params[0]))
		}
	}
	return w
}

// noReceive raises the error of a receive outside a process.
func noReceive() {
	rt.RaiseMessage("RuntimeError", "receive is not available outside a process")
}

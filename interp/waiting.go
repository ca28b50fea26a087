package interp

import (
	"strings"

	"github.com/exlite/exlite/beam/term"
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
	// Patterns are the receive's clause patterns as written (approximately:
	// printed back from the syntax tree), guards left out.
	Patterns []string
}

// String lists the patterns, "{:pong, _} or :stop".
func (w *Waiting) String() string { return strings.Join(w.Patterns, " or ") }

// waitingFor builds the description of a receive's clauses.
func (c *compiler) waitingFor(clauses []*ast.Call) *Waiting {
	w := &Waiting{Function: c.where}
	if c.mod == nil {
		w.Function = ""
	}
	for _, cl := range clauses {
		params, _ := clauseHead(cl)
		if len(params) == 1 {
			w.Patterns = append(w.Patterns, patternText(params[0]))
		}
	}
	return w
}

// patternText prints a pattern back as Elixir source, for messages.
func patternText(n ast.Node) string {
	switch n := n.(type) {
	case *ast.Lit:
		return rt.Inspect(nil, n.Value) // a literal of the source
	case *ast.Var:
		return n.Name
	case *ast.Pair:
		return "{" + patternText(n.Left) + ", " + patternText(n.Right) + "}"
	case *ast.List:
		return "[" + listItems(n.Items) + "]"
	case *ast.Call:
		name, ok := n.CallName()
		if !ok {
			if dot, isDot := n.Fun.(*ast.Call); isDot && len(n.Args) == 0 {
				if d, _ := dot.CallName(); d == "." && len(dot.Args) == 2 {
					return patternText(dot.Args[0]) + "." + patternText(dot.Args[1])
				}
			}
			return "_"
		}
		switch name {
		case "{}":
			return "{" + listItems(n.Args) + "}"
		case "^":
			if len(n.Args) == 1 {
				return "^" + patternText(n.Args[0])
			}
		case "%{}":
			return "%{" + mapItems(n.Args) + "}"
		case "%":
			if len(n.Args) == 2 {
				inner := patternText(n.Args[1])
				return "%" + patternText(n.Args[0]) + strings.TrimPrefix(inner, "%")
			}
		case "__aliases__":
			var parts []string
			for _, a := range n.Args {
				parts = append(parts, strings.TrimPrefix(patternText(a), ":"))
			}
			return strings.Join(parts, ".")
		case "<<>>":
			return "<<" + listItems(n.Args) + ">>"
		case "|", "<>", "=", "::", "when":
			if len(n.Args) == 2 {
				return patternText(n.Args[0]) + " " + name + " " + patternText(n.Args[1])
			}
		}
		return "_"
	}
	return "_"
}

func listItems(items []ast.Node) string {
	var out []string
	for _, it := range items {
		if p, ok := it.(*ast.Pair); ok {
			if l, ok := p.Left.(*ast.Lit); ok {
				if a, ok := l.Value.(term.Atom); ok {
					// A keyword pair: [a: 1].
					out = append(out, keyText(a)+" "+patternText(p.Right))
					continue
				}
			}
		}
		out = append(out, patternText(it))
	}
	return strings.Join(out, ", ")
}

func mapItems(items []ast.Node) string {
	var out []string
	for _, it := range items {
		if p, ok := it.(*ast.Pair); ok {
			if l, ok := p.Left.(*ast.Lit); ok {
				if a, ok := l.Value.(term.Atom); ok {
					out = append(out, keyText(a)+" "+patternText(p.Right))
					continue
				}
			}
			out = append(out, patternText(p.Left)+" => "+patternText(p.Right))
			continue
		}
		out = append(out, patternText(it))
	}
	return strings.Join(out, ", ")
}

// keyText prints an atom as a keyword key, "name:".
func keyText(a term.Atom) string {
	s := rt.Inspect(nil, a)
	if strings.HasPrefix(s, ":\"") {
		return s[1:] + ":"
	}
	return strings.TrimPrefix(s, ":") + ":"
}

// noReceive raises the error of a receive outside a process.
func noReceive() {
	rt.RaiseMessage("RuntimeError", "receive is not available outside a process")
}

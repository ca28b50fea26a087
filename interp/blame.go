package interp

import (
	"strings"

	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/macrostr"
	"github.com/exlite/exlite/parser/ast"
)

// clauseBlame is one clause's head as Exception.blame_mfa/3 reads it
// from a module's debug info: its parameters and its guards (one per
// `when`), each guard split at its `and`/`or` into parts tested alone.
type clauseBlame struct {
	params []ast.Node
	guards []*guardPart
}

// guardPart is an `and`/`or` of two parts (op set) or a condition
// (node, with test run on the clause's frame).
type guardPart struct {
	op          string
	left, right *guardPart
	node        ast.Node
	test        func(p *proc, fr []term.Term) bool
}

// compiledFile reports whether the file being compiled is one of
// Options.Compiled.
func (in *Interp) compiledFile() bool {
	for _, f := range in.opts.Compiled {
		if f == in.file {
			return true
		}
	}
	return false
}

// clauseBlame keeps the head of a clause whose parameters are compiled
// in scope s.
func (c *compiler) clauseBlame(params []ast.Node, guard ast.Node, s *scope) *clauseBlame {
	b := &clauseBlame{}
	for _, prm := range params {
		b.params = append(b.params, rangeStep(c.expandAttrs(prm)))
	}
	for guard != nil {
		g := guard
		guard = nil
		if w, ok := g.(*ast.Call); ok {
			if name, _ := w.CallName(); name == "when" && len(w.Args) == 2 {
				g, guard = w.Args[0], w.Args[1]
			}
		}
		b.guards = append(b.guards, c.guardPart(g, s))
	}
	return b
}

func (c *compiler) guardPart(g ast.Node, s *scope) *guardPart {
	if call, ok := g.(*ast.Call); ok && len(call.Args) == 2 {
		switch name, _ := call.CallName(); name {
		case "and", "or":
			return &guardPart{op: name, left: c.guardPart(call.Args[0], s), right: c.guardPart(call.Args[1], s)}
		case "in":
			// Kernel's in/2 with a list: left === a or left === b ...
			if l, ok := c.expandAttrs(call.Args[1]).(*ast.List); ok && len(l.Items) > 0 && !hasTail(l) {
				comp := func(item ast.Node) *guardPart {
					return c.guardPart(&ast.Call{Pos: call.Pos, Fun: ast.Atom(call.Pos, "==="), Args: []ast.Node{call.Args[0], item}}, s)
				}
				acc := comp(l.Items[0])
				for _, item := range l.Items[1:] {
					acc = &guardPart{op: "or", left: acc, right: comp(item)}
				}
				return acc
			}
		}
	}
	return &guardPart{node: c.expandAttrs(g), test: c.guard(g, s)}
}

// rangeStep shows a range pattern of two integers as its expanded
// struct reads back (Exception's rewrite_arg): first..last//1.
func rangeStep(n ast.Node) ast.Node {
	call, ok := n.(*ast.Call)
	if !ok || len(call.Args) != 2 {
		return n
	}
	if name, _ := call.CallName(); name != ".." {
		return n
	}
	for _, a := range call.Args {
		if l, ok := a.(*ast.Lit); !ok {
			return n
		} else if _, isInt := l.Value.(term.Int); !isInt {
			return n
		}
	}
	return &ast.Call{Pos: call.Pos, Fun: ast.Atom(call.Pos, "..//"),
		Args: []ast.Node{call.Args[0], call.Args[1], &ast.Lit{Pos: call.Pos, Value: term.Int(1)}}}
}

// hasTail reports whether a list literal ends with [... | tail].
func hasTail(l *ast.List) bool {
	if len(l.Items) == 0 {
		return false
	}
	last, ok := l.Items[len(l.Items)-1].(*ast.Call)
	if !ok {
		return false
	}
	name, _ := last.CallName()
	return name == "|"
}

// expandAttrs is n with its module attributes read (@limit) replaced by
// their values, as the expanded clauses of debug info hold them.
func (c *compiler) expandAttrs(n ast.Node) ast.Node {
	switch n := n.(type) {
	case *ast.List:
		out := &ast.List{Pos: n.Pos, Items: make([]ast.Node, len(n.Items))}
		for i, it := range n.Items {
			out.Items[i] = c.expandAttrs(it)
		}
		return out
	case *ast.Pair:
		return &ast.Pair{Pos: n.Pos, Left: c.expandAttrs(n.Left), Right: c.expandAttrs(n.Right)}
	case *ast.Call:
		if name, _ := n.CallName(); name == "@" && len(n.Args) == 1 {
			attr := ""
			switch a := n.Args[0].(type) {
			case *ast.Var:
				attr = a.Name
			case *ast.Call:
				if len(a.Args) == 0 {
					attr, _ = a.CallName()
				}
			}
			if v, ok := c.attrs[attr]; ok && attr != "" {
				return &ast.Lit{Pos: n.Pos, Value: v}
			}
			return n
		}
		out := &ast.Call{Pos: n.Pos, Fun: n.Fun, Meta: n.Meta, Args: make([]ast.Node, len(n.Args))}
		if _, ok := n.Fun.(*ast.Call); ok {
			out.Fun = c.expandAttrs(n.Fun)
		}
		for i, a := range n.Args {
			out.Args[i] = c.expandAttrs(a)
		}
		return out
	}
	return n
}

// BlameClauses implements stdlib.Blamer: Exception.blame_mfa/3 of
// mod.fun/len(args). Each clause is "def fun(args) when guards" with
// the parts that fail for args marked -part- (lines), and {args, guards}
// with each part %{match?: bool, node: quoted} (clauses). ok is false
// when the function keeps no clause heads (a module not compiled, a
// built-in).
func (p *proc) BlameClauses(mod, fun term.Atom, args []term.Term) (kind, clauses term.Term, lines []string, ok bool) {
	_, fn := p.in.lookupFunction(mod, fun, len(args))
	if fn == nil || fn.native != nil || len(fn.clauses) == 0 {
		return nil, nil, nil, false
	}
	k := "def"
	if !fn.public {
		k = "defp"
	}
	items := make([]term.Term, 0, len(fn.clauses))
	for _, cl := range fn.clauses {
		if cl.blame == nil {
			return nil, nil, nil, false
		}
		line, t := p.blameClause(k, fn, cl, args)
		lines = append(lines, line)
		items = append(items, t)
	}
	return term.MakeAtom(k), term.List(items...), lines, true
}

var (
	atomMatchQ = term.MakeAtom("match?")
	atomNode   = term.MakeAtom("node")
)

// blameClause is one clause of fn blamed for args: as message/1 prints
// it, and as blame_mfa returns it.
func (p *proc) blameClause(kind string, fn *function, cl *clause, args []term.Term) (string, term.Term) {
	fr := make([]term.Term, max(fn.nslots, len(args)))
	copy(fr, args)
	m := p.mark()
	safe := func(f func() bool) (ok bool) {
		defer func() {
			if r := recover(); r != nil {
				p.restore(m)
				ok = false
			}
		}()
		return f()
	}
	mark := func(ok bool, n ast.Node) (string, term.Term) {
		t := term.NewMap([]term.Term{atomMatchQ, atomNode}, []term.Term{term.Bool(ok), quoteForm(n, &quoteOpts{})})
		s := macrostr.ToString(n)
		if ok {
			return s, t
		}
		return "-" + s + "-", t
	}
	s := kind + " " + funName(fn.name) + "("
	var params []term.Term
	for i, prm := range cl.blame.params {
		if i > 0 {
			s += ", "
		}
		ok := true
		if i < len(cl.params) {
			pm := &cl.params[i]
			ok = safe(func() bool {
				switch pm.kind {
				case paramInt:
					v, isInt := fr[i].(term.Int)
					return isInt && v == pm.lit.(term.Int)
				case paramAtom:
					return fr[i] == pm.lit
				case paramMatch:
					return pm.m(p, fr, fr[i])
				}
				return true
			})
		}
		str, t := mark(ok, prm)
		s += str
		params = append(params, t)
	}
	s += ")"
	var part func(g *guardPart, parent int) (string, term.Term, bool)
	part = func(g *guardPart, parent int) (string, term.Term, bool) {
		if g.op == "" {
			ok := safe(func() bool { return g.test(p, fr) })
			str, t := mark(ok, g.node)
			return str, t, ok
		}
		prec := 120
		if g.op == "and" {
			prec = 130
		}
		l, lt, lok := part(g.left, prec)
		r, rt, rok := part(g.right, prec)
		str := l + " " + g.op + " " + r
		if parent > prec {
			str = "(" + str + ")"
		}
		t := term.Tuple{term.MakeAtom(g.op), term.Nil, term.List(lt, rt)}
		if g.op == "and" {
			return str, t, lok && rok
		}
		return str, t, lok || rok
	}
	var guards []term.Term
	for _, g := range cl.blame.guards {
		str, t, _ := part(g, 0)
		s += " when " + str
		guards = append(guards, t)
	}
	return s, term.Tuple{term.List(params...), term.List(guards...)}
}

// BlamedMessage implements stdlib.Blamer: msg, the message of exc, with
// what UndefinedFunctionError.blame/2 and KeyError.blame/2 add: the
// modules whose name differs only in case (instead of the alias
// advice), the close names of functions and keys.
func (p *proc) BlamedMessage(exc term.Term, msg string) string {
	if h := p.in.missingModuleHint(exc); h != "" {
		msg = strings.TrimSuffix(msg, missingAliasHint(structField(exc, atomModule).(term.Atom))) + h
	}
	return msg + p.in.blameHint(p, exc)
}

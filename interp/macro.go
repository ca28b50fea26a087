package interp

import (
	"fmt"

	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/macrostr"
	"github.com/exlite/exlite/interp/rt"
	"github.com/exlite/exlite/parser/ast"
)

// User macros: a call to a defmacro of a module required (or imported,
// or the module being compiled, after the macro's definition) is expanded
// when the code around it is compiled. The macro's clauses run as an
// anonymous function in the process that defines the module, given the
// quoted arguments; the quoted form it returns is turned back into a
// syntax tree and compiled in place of the call. Variables a macro's
// quote introduces keep the macro module as their context, so they do not
// clash with the caller's (hygiene); var!/1 reaches the caller's.

// macroClauses returns the defmacro clauses of m named by key that code
// compiled by c may call (a private macro only from its own module).
func (c *compiler) macroClauses(m *module, key fnKey) []*ast.Call {
	if m == nil {
		return nil
	}
	clauses := m.macroDefs[key]
	if len(clauses) == 0 || m.privateMacros[key] && m != c.mod {
		return nil
	}
	return clauses
}

// remoteMacro returns the clauses of the user macro Mod.name/arity when
// Mod is required here (or is the module being compiled).
func (c *compiler) remoteMacro(mod, name term.Atom, arity int) (*module, []*ast.Call) {
	if c.bodyProc == nil || !c.required(mod) {
		return nil, nil
	}
	m := c.in.getModule(mod)
	if m == nil && c.mod != nil && mod == c.modName {
		m = c.mod
	}
	cl := c.macroClauses(m, fnKey{name, arity})
	if cl == nil {
		return nil, nil
	}
	return m, cl
}

// localMacro returns the clauses of the user macro a local call names:
// one of the module being compiled, defined above the call, or one
// imported.
func (c *compiler) localMacro(name term.Atom, arity int) (*module, []*ast.Call) {
	if c.bodyProc == nil {
		return nil, nil
	}
	key := fnKey{name, arity}
	if c.mod != nil {
		if cl := c.macroClauses(c.mod, key); cl != nil {
			return c.mod, cl
		}
	}
	for i := len(c.imports) - 1; i >= 0; i-- {
		imp := c.imports[i]
		if imp.only != nil && !imp.only[key] || imp.except != nil && imp.except[key] {
			continue
		}
		m := c.in.getModule(imp.mod)
		if cl := c.macroClauses(m, key); cl != nil {
			return m, cl
		}
	}
	return nil, nil
}

// userMacroCall returns the expansion of n when it calls a user macro,
// or nil.
func (c *compiler) userMacroCall(n *ast.Call) ast.Node {
	var m *module
	var clauses []*ast.Call
	if name, ok := n.CallName(); ok {
		m, clauses = c.localMacro(term.MakeAtom(name), len(n.Args))
	} else if dot, ok := n.Fun.(*ast.Call); ok {
		if dn, _ := dot.CallName(); dn == "." && len(dot.Args) == 2 {
			if mod, ok := c.moduleOf(dot.Args[0]); ok {
				if fname, ok := atomLit(dot.Args[1]); ok {
					m, clauses = c.remoteMacro(mod, fname, len(n.Args))
				}
			}
		}
	}
	if clauses == nil {
		return nil
	}
	return c.expandMacro(m, clauses, n)
}

// expandMacro runs the macro of module m whose clauses are given on the
// arguments of call n and returns the syntax tree of its result.
func (c *compiler) expandMacro(m *module, clauses []*ast.Call, n *ast.Call) ast.Node {
	p := c.bodyProc
	pos := n.Pos
	var arrows []ast.Node
	for _, def := range clauses {
		head := defHead(def)
		_, kw, ok := keywords(def.Args[len(def.Args)-1])
		if head == nil || !ok {
			continue
		}
		params := append([]ast.Node(nil), head.Args...)
		if w, ok := def.Args[0].(*ast.Call); ok {
			if wn, _ := w.CallName(); wn == "when" && len(w.Args) == 2 {
				params = []ast.Node{&ast.Call{Pos: w.Pos, Fun: ast.Atom(w.Pos, "when"), Args: append(params, w.Args[1])}}
			}
		}
		arrows = append(arrows, &ast.Call{Pos: def.Pos, Fun: ast.Atom(def.Pos, "->"),
			Args: []ast.Node{&ast.List{Pos: def.Pos, Items: params}, implicitTry(def.Pos, kw)}})
	}
	fnNode := &ast.Call{Pos: clauses[0].Pos, Fun: ast.Atom(clauses[0].Pos, "fn"), Args: arrows}
	name, _ := defHead(clauses[0]).CallName()
	fname := fmt.Sprintf("\"MACRO-%s\"/%d", name, len(n.Args)+1)
	mc := &compiler{in: c.in, mod: m, modName: m.name, aliases: map[string]term.Atom{}, attrs: m.attrs,
		requires: map[term.Atom]bool{}, bodyProc: p, beamName: fname, where: rt.ModuleName(m.name) + "." + fname,
		quoteContext: m.name}
	if m == c.mod {
		mc.aliases, mc.imports, mc.requires = c.aliases, c.imports, c.requires
	}
	s := newFnScope(nil)
	fe := mc.expr(fnNode, s, false)
	mc.resolveSites()
	fr := make([]term.Term, s.fs.nslots+8)
	fun := fe(p, fr)
	args := make([]term.Term, len(n.Args))
	for i, a := range n.Args {
		args[i] = ast.Quote(a, true)
	}
	c.usedMacros = true
	out := p.Call(fun, args)
	node, ok := unquoteAST(out, pos)
	if !ok {
		c.errorf(pos, "invalid quoted expression: %s", rt.Inspect(p, out))
	}
	return node
}

// unquoteAST turns a quoted form back into a syntax tree; positions come
// from the forms' [line: L] metadata, else pos. Variables keep their
// context: one other than nil is not the caller's variable (varKey).
func unquoteAST(t term.Term, pos ast.Pos) (ast.Node, bool) {
	switch v := t.(type) {
	case term.Int, *term.BigInt, term.Float, term.Atom, term.Binary:
		return &ast.Lit{Pos: pos, Value: v}, true
	case term.EmptyList, *term.Cons:
		items, ok := term.ListToSlice(v)
		if !ok {
			return nil, false
		}
		nodes := make([]ast.Node, len(items))
		for i, it := range items {
			if nodes[i], ok = unquoteAST(it, pos); !ok {
				return nil, false
			}
		}
		return &ast.List{Pos: pos, Items: nodes}, true
	case term.Tuple:
		switch len(v) {
		case 2:
			l, ok1 := unquoteAST(v[0], pos)
			r, ok2 := unquoteAST(v[1], pos)
			return &ast.Pair{Pos: pos, Left: l, Right: r}, ok1 && ok2
		case 3:
			meta, ok := term.ListToSlice(v[1])
			if !ok {
				return nil, false
			}
			at := metaPos(meta, pos)
			if name, ok := v[0].(term.Atom); ok {
				if ctx, ok := v[2].(term.Atom); ok {
					return &ast.Var{Pos: at, Name: name.Name(), Context: ctx}, true
				}
			}
			items, ok := term.ListToSlice(v[2])
			if !ok {
				return nil, false
			}
			fun, ok := unquoteAST(v[0], at)
			if !ok {
				return nil, false
			}
			call := &ast.Call{Pos: at, Fun: fun, Args: make([]ast.Node, len(items))}
			for i, it := range items {
				if call.Args[i], ok = unquoteAST(it, at); !ok {
					return nil, false
				}
			}
			return call, true
		}
	}
	return nil, false
}

// metaPos is the position a quoted form's metadata gives, else pos.
func metaPos(meta []term.Term, pos ast.Pos) ast.Pos {
	for _, m := range meta {
		if kv, ok := m.(term.Tuple); ok && len(kv) == 2 && kv[0] == term.MakeAtom("line") {
			if l, ok := kv[1].(term.Int); ok {
				return ast.Pos{Line: int32(l), Col: pos.Col}
			}
		}
	}
	return pos
}

// quoteVars is ast.Quote for the quote of a macro: its variables take
// the macro module as context.
func quoteVars(n ast.Node, ctx term.Atom) term.Term {
	switch x := n.(type) {
	case *ast.Var:
		c := x.Context
		if c == term.NilAtom {
			c = ctx
		}
		return term.Tuple{term.MakeAtom(x.Name), term.Nil, c}
	case *ast.List:
		items := make([]term.Term, len(x.Items))
		for i, it := range x.Items {
			items[i] = quoteVars(it, ctx)
		}
		return term.List(items...)
	case *ast.Pair:
		return term.Tuple{quoteVars(x.Left, ctx), quoteVars(x.Right, ctx)}
	case *ast.Call:
		args := make([]term.Term, len(x.Args))
		for i, a := range x.Args {
			args[i] = quoteVars(a, ctx)
		}
		return term.Tuple{quoteVars(x.Fun, ctx), term.Nil, term.List(args...)}
	}
	return ast.Quote(n, false)
}

func init() {
	rt.Register("Macro", map[string]rt.BuiltinFunc{
		// to_string/1 prints a quoted form as code.
		"to_string/1": func(env rt.Env, a []term.Term) term.Term {
			n, ok := unquoteAST(a[0], ast.Pos{})
			if !ok {
				rt.ArgumentError("invalid quoted expression: " + rt.Inspect(env, a[0]))
			}
			return term.Binary(macrostr.ToString(n))
		},
	})
}

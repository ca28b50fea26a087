package interp

import (
	"fmt"

	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/macrostr"
	"github.com/exlite/exlite/interp/rt"
	"github.com/exlite/exlite/parser/ast"
)

func matchAny(*proc, []term.Term, term.Term) bool { return true }

// pattern compiles a pattern.
func (c *compiler) pattern(n ast.Node, pc *patCtx) matcher {
	switch x := n.(type) {
	case *ast.Lit:
		return litMatcher(x.Value)
	case *ast.Var:
		return c.varPattern(x, pc)
	case *ast.Pair:
		return tupleMatcher([]matcher{c.pattern(x.Left, pc), c.pattern(x.Right, pc)})
	case *ast.List:
		return c.listPattern(x, pc)
	case *ast.Call:
		return c.callPattern(x, pc)
	}
	c.errorf(n.Position(), "invalid pattern")
	return nil
}

func litMatcher(v term.Term) matcher {
	switch lv := v.(type) {
	case term.Atom:
		return func(_ *proc, _ []term.Term, t term.Term) bool { a, ok := t.(term.Atom); return ok && a == lv }
	case term.Int:
		return func(_ *proc, _ []term.Term, t term.Term) bool { i, ok := t.(term.Int); return ok && i == lv }
	case term.Binary:
		return func(_ *proc, _ []term.Term, t term.Term) bool { b, ok := t.(term.Binary); return ok && b == lv }
	}
	return func(_ *proc, _ []term.Term, t term.Term) bool { return term.StrictEqual(t, v) }
}

func (c *compiler) varPattern(x *ast.Var, pc *patCtx) matcher {
	switch x.Name {
	case "_":
		return matchAny
	case "__MODULE__":
		return litMatcher(c.modName)
	}
	key := varKey(x)
	if slot, ok := pc.bound[key]; ok {
		return func(_ *proc, fr []term.Term, t term.Term) bool { return term.StrictEqual(fr[slot], t) }
	}
	slot := pc.s.newSlot()
	pc.bound[key] = slot
	pc.order = append(pc.order, key)
	return func(_ *proc, fr []term.Term, t term.Term) bool {
		fr[slot] = t
		return true
	}
}

func tupleMatcher(ms []matcher) matcher {
	n := len(ms)
	return func(p *proc, fr []term.Term, t term.Term) bool {
		tu, ok := t.(term.Tuple)
		if !ok || len(tu) != n {
			return false
		}
		for i, m := range ms {
			if !m(p, fr, tu[i]) {
				return false
			}
		}
		return true
	}
}

func (c *compiler) listPattern(x *ast.List, pc *patCtx) matcher {
	items := x.Items
	var tailM matcher
	if len(items) > 0 {
		if bar, ok := items[len(items)-1].(*ast.Call); ok {
			if name, _ := bar.CallName(); name == "|" && len(bar.Args) == 2 {
				items = append(append([]ast.Node{}, items[:len(items)-1]...), bar.Args[0])
				ms := make([]matcher, len(items))
				for i, it := range items {
					ms[i] = c.pattern(it, pc)
				}
				tailM = c.pattern(bar.Args[1], pc)
				return consMatcher(ms, tailM)
			}
		}
	}
	ms := make([]matcher, len(items))
	for i, it := range items {
		ms[i] = c.pattern(it, pc)
	}
	return consMatcher(ms, litMatcher(term.Nil))
}

func consMatcher(ms []matcher, tailM matcher) matcher {
	if len(ms) == 0 {
		return func(p *proc, fr []term.Term, t term.Term) bool {
			_, ok := t.(term.EmptyList)
			return ok
		}
	}
	return func(p *proc, fr []term.Term, t term.Term) bool {
		for _, m := range ms {
			cell, ok := t.(*term.Cons)
			if !ok || !m(p, fr, cell.Head) {
				return false
			}
			t = cell.Tail
		}
		return tailM(p, fr, t)
	}
}

// constPattern evaluates a node that must be known when matching: a
// literal, a pinned variable, an attribute or an alias.
func (c *compiler) valueInPattern(n ast.Node, pc *patCtx) expr {
	if call, ok := n.(*ast.Call); ok {
		if name, _ := call.CallName(); name == "^" && len(call.Args) == 1 {
			if v, ok := call.Args[0].(*ast.Var); ok {
				slot, found := pc.s.lookup(varKey(v))
				if !found {
					e := c.newError(v.Pos, "undefined variable ^%s. No variable %q has been defined before the current pattern", v.Name, v.Name)
					e.oneCaret = true
					panic(e)
				}
				return func(p *proc, fr []term.Term) term.Term { return fr[slot] }
			}
		}
	}
	return c.expr(n, pc.s, false)
}

func (c *compiler) callPattern(x *ast.Call, pc *patCtx) matcher {
	if v, ok := c.varBang(x); ok {
		return c.varPattern(v, pc)
	}
	name, ok := x.CallName()
	if !ok {
		// Remote calls cannot be patterns, except aliases inside %:
		// elixir_rewrite:match's error, at the call, one column
		e := c.newError(x.Pos, "cannot invoke remote function in match")
		if dot, ok := x.Fun.(*ast.Call); ok && len(dot.Args) == 2 {
			if fname, ok := atomLit(dot.Args[1]); ok {
				if mod, ok := c.moduleOf(dot.Args[0]); ok {
					e.msg = fmt.Sprintf("cannot invoke remote function %s.%s/%d inside a match",
						macrostr.ToString(ast.Node(&ast.Lit{Value: mod})), fname.Name(), len(x.Args))
				}
			}
		}
		e.oneCaret = true
		panic(e)
	}
	switch name {
	case "^":
		e := c.valueInPattern(x, pc)
		return func(p *proc, fr []term.Term, t term.Term) bool { return term.StrictEqual(e(p, fr), t) }
	case "{}":
		ms := make([]matcher, len(x.Args))
		for i, a := range x.Args {
			ms[i] = c.pattern(a, pc)
		}
		return tupleMatcher(ms)
	case "=":
		a, b := c.pattern(x.Args[0], pc), c.pattern(x.Args[1], pc)
		return func(p *proc, fr []term.Term, t term.Term) bool { return a(p, fr, t) && b(p, fr, t) }
	case "%{}":
		c.checkMapKeys(x)
		return c.mapPattern(x.Args, pc, nil)
	case "%":
		return c.structPattern(x, pc)
	case "<<>>":
		return c.binaryPattern(x, pc)
	case "++":
		if len(x.Args) == 2 {
			return c.pattern(c.staticAppend(x), pc)
		}
	case "<>":
		prefix, ok := c.constString(x.Args[0])
		if v, isVar := x.Args[0].(*ast.Var); !ok && isVar {
			// Kernel.<>/2 raises while it expands
			c.argumentError(x.Pos, "cannot perform prefix match because the left operand of <> has unknown size. "+
				"The left operand of <> inside a match should either be a literal binary or "+
				"an existing variable with the pin operator (such as ^some_var). Got: %s", v.Name)
		}
		if pin, isCall := x.Args[0].(*ast.Call); !ok && isCall {
			if name, _ := pin.CallName(); name == "^" {
				// an existing variable pinned: its value is the prefix
				val := c.valueInPattern(pin, pc)
				rest := c.pattern(x.Args[1], pc)
				return func(p *proc, fr []term.Term, t term.Term) bool {
					b, ok := t.(term.Binary)
					pre, isBin := val(p, fr).(term.Binary)
					if !ok || !isBin || len(b) < len(pre) || string(b[:len(pre)]) != string(pre) {
						return false
					}
					return rest(p, fr, b[len(pre):])
				}
			}
		}
		if !ok {
			c.errorf(x.Pos, "the left argument of <> operator inside a match should always be a literal binary because its size can't be verified")
		}
		rest := c.pattern(x.Args[1], pc)
		return func(p *proc, fr []term.Term, t term.Term) bool {
			b, ok := t.(term.Binary)
			if !ok || len(b) < len(prefix) || string(b[:len(prefix)]) != prefix {
				return false
			}
			return rest(p, fr, b[len(prefix):])
		}
	case "-", "+":
		if len(x.Args) == 1 {
			if l, ok := x.Args[0].(*ast.Lit); ok && rt.IsNumber(l.Value) {
				if name == "-" {
					return litMatcher(rt.Neg(l.Value))
				}
				return litMatcher(l.Value)
			}
		}
	case "__aliases__":
		return litMatcher(c.aliasAtom(x))
	case "@":
		v := c.attrRead(x)(nil, nil)
		return func(_ *proc, _ []term.Term, t term.Term) bool { return term.StrictEqual(v, t) }
	case "..":
		if len(x.Args) == 2 {
			f, l := c.pattern(x.Args[0], pc), c.pattern(x.Args[1], pc)
			return func(p *proc, fr []term.Term, t term.Term) bool {
				m, ok := t.(*term.Map)
				if !ok || structName(m) != atomRange {
					return false
				}
				fv, _ := m.Get(atomFirst)
				lv, _ := m.Get(atomLast)
				return f(p, fr, fv) && l(p, fr, lv)
			}
		}
	case "..//":
		if len(x.Args) == 3 {
			f, l, st := c.pattern(x.Args[0], pc), c.pattern(x.Args[1], pc), c.pattern(x.Args[2], pc)
			return func(p *proc, fr []term.Term, t term.Term) bool {
				m, ok := t.(*term.Map)
				if !ok || structName(m) != atomRange {
					return false
				}
				fv, _ := m.Get(atomFirst)
				lv, _ := m.Get(atomLast)
				sv, _ := m.Get(atomStep)
				return f(p, fr, fv) && l(p, fr, lv) && st(p, fr, sv)
			}
		}
	case "__MODULE__":
		return litMatcher(c.modName)
	}
	if len(name) > 6 && name[:6] == "sigil_" {
		v := c.expr(x, pc.s, false)(nil, nil)
		return litMatcher(v)
	}
	if op, ok := erlangInlined(name, len(x.Args)); ok {
		// Kernel's inlined functions are :erlang's by now
		e := c.newError(x.Pos, "cannot invoke remote function :erlang.%s/%d inside a match", op, len(x.Args))
		e.oneCaret = true
		panic(e)
	}
	e := c.newError(x.Pos, "cannot find or invoke local %s/%d inside a match. Only macros can be invoked inside a match "+
		"and they must be defined before their invocation. Called as: %s", name, len(x.Args), macrostr.ToString(x))
	e.oneCaret = true
	panic(e)
}

// staticAppend turns the pattern [a, b] ++ rest into [a, b | rest], as
// elixir_rewrite does; a left side that is not a literal proper list is
// a compile error.
func (c *compiler) staticAppend(x *ast.Call) ast.Node {
	left, right := x.Args[0], x.Args[1]
	l, ok := left.(*ast.List)
	if ok {
		for _, it := range l.Items {
			if bar, isCall := it.(*ast.Call); isCall {
				if n, _ := bar.CallName(); n == "|" {
					ok = false
				}
			}
		}
	}
	if !ok {
		e := c.newError(x.Pos, "invalid argument for ++ operator inside a match, expected a literal proper list, got: %s", macrostr.ToString(left))
		e.oneCaret = true
		panic(e)
	}
	if len(l.Items) == 0 {
		return right
	}
	items := append([]ast.Node{}, l.Items[:len(l.Items)-1]...)
	last := l.Items[len(l.Items)-1]
	items = append(items, &ast.Call{Pos: x.Pos, Fun: ast.Atom(x.Pos, "|"), Args: []ast.Node{last, right}})
	return &ast.List{Pos: l.Pos, Items: items}
}

// constString reads a literal string (possibly a <<>> of literals).
func (c *compiler) constString(n ast.Node) (string, bool) {
	switch x := n.(type) {
	case *ast.Lit:
		if b, ok := x.Value.(term.Binary); ok {
			return string(b), true
		}
	case *ast.Call:
		if name, _ := x.CallName(); name == "<<>>" {
			s := ""
			for _, a := range x.Args {
				part, ok := c.constString(a)
				if !ok {
					return "", false
				}
				s += part
			}
			return s, true
		}
	}
	return "", false
}

// mapPattern compiles %{k => pat}; base adds required pairs (struct name).
func (c *compiler) mapPattern(args []ast.Node, pc *patCtx, structMod *term.Atom) matcher {
	var pairs []*ast.Pair
	for _, a := range args {
		if x, ok := a.(*ast.Call); ok {
			c.errorf(x.Pos, "invalid map pattern")
		}
		pairs = appendMapPairs(pairs, a)
	}
	keys := make([]expr, len(pairs))
	vals := make([]matcher, len(pairs))
	for i, p := range pairs {
		keys[i] = c.valueInPattern(p.Left, pc)
		vals[i] = c.pattern(p.Right, pc)
	}
	var sm term.Atom
	if structMod != nil {
		sm = *structMod
	}
	return func(p *proc, fr []term.Term, t term.Term) bool {
		m, ok := t.(*term.Map)
		if !ok {
			return false
		}
		if !sm.IsZero() {
			if v, ok := m.Get(atomStruct); !ok || v != sm {
				return false
			}
		}
		for i, k := range keys {
			v, ok := m.Get(k(p, fr))
			if !ok || !vals[i](p, fr, v) {
				return false
			}
		}
		return true
	}
}

// structPattern compiles %Mod{...}, %_{...} and %name{...}.
func (c *compiler) structPattern(x *ast.Call, pc *patCtx) matcher {
	var fields []ast.Node
	if m, ok := x.Args[1].(*ast.Call); ok {
		fields = m.Args
	}
	if mod, ok := c.moduleOf(x.Args[0]); ok {
		c.checkStruct(mod, x)
		c.checkStructKeys(mod, x, true)
		return c.mapPattern(fields, pc, &mod)
	}
	nameM := c.pattern(x.Args[0], pc)
	rest := c.mapPattern(fields, pc, nil)
	return func(p *proc, fr []term.Term, t term.Term) bool {
		m, ok := t.(*term.Map)
		if !ok {
			return false
		}
		sn, ok := m.Get(atomStruct)
		if !ok {
			return false
		}
		if _, isAtom := sn.(term.Atom); !isAtom {
			return false
		}
		return nameM(p, fr, sn) && rest(p, fr, t)
	}
}

// match compiles pattern = expr.
func (c *compiler) match(n *ast.Call, s *scope) expr {
	rhs := c.expr(n.Args[1], s, false)
	// Fast path: a plain variable.
	if v, ok := n.Args[0].(*ast.Var); ok && v.Name != "_" && v.Name != "__MODULE__" {
		slot := s.bind(varKey(v))
		return func(p *proc, fr []term.Term) term.Term {
			x := rhs(p, fr)
			fr[slot] = x
			return x
		}
	}
	pc := newPatCtx(s)
	m := c.pattern(n.Args[0], pc)
	c.commit(pc)
	ln := n.Pos.Line
	return func(p *proc, fr []term.Term) term.Term {
		x := rhs(p, fr)
		if !m(p, fr, x) {
			p.raiseMatch(ln, x)
		}
		return x
	}
}

// matchQ compiles match?(pattern, expr).
func (c *compiler) matchQ(n *ast.Call, s *scope) expr {
	rhs := c.expr(n.Args[1], s, false)
	cs := s.child()
	pat, guard := n.Args[0], ast.Node(nil)
	if w, ok := pat.(*ast.Call); ok {
		if name, _ := w.CallName(); name == "when" && len(w.Args) == 2 {
			pat, guard = w.Args[0], w.Args[1]
		}
	}
	pc := newPatCtx(cs)
	m := c.pattern(pat, pc)
	pc.commit()
	var g func(*proc, []term.Term) bool
	if guard != nil {
		g = c.guard(guard, cs)
	}
	return func(p *proc, fr []term.Term) term.Term {
		x := rhs(p, fr)
		return term.Bool(m(p, fr, x) && (g == nil || g(p, fr)))
	}
}

// destructure compiles Kernel.destructure/2: the right side, a list or nil,
// is cut or padded with nil to the length of the left list, then matched.
func (c *compiler) destructure(n *ast.Call, left *ast.List, s *scope) expr {
	rhs := c.expr(n.Args[1], s, false)
	pc := newPatCtx(s)
	m := c.pattern(left, pc)
	c.commit(pc)
	count := len(left.Items)
	ln := n.Pos.Line
	return func(p *proc, fr []term.Term) term.Term {
		v := rhs(p, fr)
		items := make([]term.Term, 0, count)
		for l := v; len(items) < count; {
			cell, ok := l.(*term.Cons)
			if !ok {
				break
			}
			items = append(items, cell.Head)
			l = cell.Tail
		}
		switch v.(type) {
		case *term.Cons, term.EmptyList:
		default:
			if v != term.NilAtom {
				p.setLine(ln)
				rt.RaiseFunctionClause(rt.ModuleAtom("Kernel.Utils"), term.MakeAtom("destructure"), 2, []term.Term{v, term.Int(count)})
			}
		}
		for len(items) < count {
			items = append(items, term.NilAtom)
		}
		x := term.List(items...)
		if !m(p, fr, x) {
			p.raiseMatch(ln, x)
		}
		return x
	}
}

// appendMapPairs appends the key => value pairs of one argument of a
// %{} node: a lone pair, or the pairs of a keyword-style list.
func appendMapPairs(pairs []*ast.Pair, a ast.Node) []*ast.Pair {
	switch x := a.(type) {
	case *ast.Pair:
		pairs = append(pairs, x)
	case *ast.List:
		for _, it := range x.Items {
			if p, ok := it.(*ast.Pair); ok {
				pairs = append(pairs, p)
			}
		}
	}
	return pairs
}

// checkMapKeys rejects a variable in a map pattern's keys, unpinned
// (elixir_map's validate_match_key, a file error at the map).
func (c *compiler) checkMapKeys(m *ast.Call) {
	for _, a := range m.Args {
		for _, p := range appendMapPairs(nil, a) {
			if v := varInMapKey(p.Left); v != nil {
				e := c.newError(m.Pos, "cannot use variable %s as map key inside a pattern. Map keys in patterns can only be literals "+
					"(such as atoms, strings, tuples, and the like) or an existing variable matched with the pin operator "+
					"(such as ^some_var)", v.Name)
				e.oneCaret = true
				panic(e)
			}
		}
	}
}

// varInMapKey returns the first variable of a map pattern's key that is
// not pinned, or nil.
func varInMapKey(n ast.Node) *ast.Var {
	switch n := n.(type) {
	case *ast.Var:
		return n
	case *ast.Pair:
		if v := varInMapKey(n.Left); v != nil {
			return v
		}
		return varInMapKey(n.Right)
	case *ast.List:
		for _, it := range n.Items {
			if v := varInMapKey(it); v != nil {
				return v
			}
		}
	case *ast.Call:
		name, local := n.CallName()
		switch {
		case local && name == "::" && len(n.Args) == 2:
			return varInMapKey(n.Args[0])
		case local && name == "^":
			return nil
		case local && name == "%{}" && len(n.Args) > 0:
			return nil
		}
		if !local {
			if v := varInMapKey(n.Fun); v != nil {
				return v
			}
		}
		for _, a := range n.Args {
			if v := varInMapKey(a); v != nil {
				return v
			}
		}
	}
	return nil
}

package interp

import (
	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/rt"
	"github.com/exlite/exlite/parser/ast"
)

// accessStep is one step of a path written as data.field[key]...
type accessStep struct {
	key   expr
	field bool // .field: the key must exist (KeyError otherwise)
}

// stepKeys evaluates the keys of a path's steps, in order.
func stepKeys(p *proc, fr []term.Term, steps []accessStep) []term.Term {
	keys := make([]term.Term, len(steps))
	for i, st := range steps {
		keys[i] = st.key(p, fr)
	}
	return keys
}

// accessPath splits data.a[:b].c into its root and steps; ok is false
// when n is not such a path.
func (c *compiler) accessPath(n ast.Node, s *scope) (expr, []accessStep, bool) {
	var steps []accessStep
	for {
		call, ok := n.(*ast.Call)
		if !ok {
			break
		}
		dot, ok := call.Fun.(*ast.Call)
		if !ok {
			break
		}
		if dn, _ := dot.CallName(); dn != "." || len(dot.Args) != 2 {
			break
		}
		fname, _ := atomLit(dot.Args[1])
		if mod, isMod := c.moduleOf(dot.Args[0]); isMod {
			if mod.Name() == "Elixir.Access" && fname.Name() == "get" && len(call.Args) == 2 {
				steps = append([]accessStep{{key: c.expr(call.Args[1], s, false)}}, steps...)
				n = call.Args[0]
				continue
			}
			break
		}
		if !call.Meta.NoParens || len(call.Args) != 0 {
			break
		}
		steps = append([]accessStep{{key: constant(fname), field: true}}, steps...)
		n = dot.Args[0]
	}
	if len(steps) == 0 {
		return nil, nil, false
	}
	return c.expr(n, s, false), steps, true
}

// pathMacro compiles put_in(path, v), update_in(path, f) and
// get_and_update_in/pop_in's simple forms; nil when args are not a path.
func (c *compiler) pathMacro(name string, n *ast.Call, s *scope) expr {
	if len(n.Args) != 2 {
		return nil
	}
	root, steps, ok := c.accessPath(n.Args[0], s)
	if !ok {
		return nil
	}
	arg := c.expr(n.Args[1], s, false)
	ln := n.Pos.Line
	return func(p *proc, fr []term.Term) term.Term {
		data := root(p, fr)
		keys := stepKeys(p, fr, steps)
		v := arg(p, fr)
		p.setLine(ln)
		return p.updatePath(data, steps, keys, func(old term.Term) term.Term {
			if name == "put_in" {
				return v
			}
			return p.callValue(v, []term.Term{old})
		})
	}
}

// pathKeysMacro compiles get_and_update_in(path, fun) and pop_in(path)
// as their functional forms over the path's keys, a .field step becoming
// Access.key!(field) (it must exist, as Map.get_and_update! asks); nil
// when the arguments are not a path.
func (c *compiler) pathKeysMacro(name string, n *ast.Call, s *scope) expr {
	want := 1
	if name == "get_and_update_in" {
		want = 2
	}
	if len(n.Args) != want {
		return nil
	}
	root, steps, ok := c.accessPath(n.Args[0], s)
	if !ok {
		return nil
	}
	var fun expr
	if want == 2 {
		fun = c.expr(n.Args[1], s, false)
	}
	mod := term.MakeAtom("Elixir.Kernel")
	target, ok1 := rt.Lookup(mod, term.MakeAtom(name), want+1)
	keyBang, ok2 := rt.Lookup(term.MakeAtom("Elixir.Access"), term.MakeAtom("key!"), 1)
	if !ok1 || !ok2 {
		return nil
	}
	ln := n.Pos.Line
	return func(p *proc, fr []term.Term) term.Term {
		data := root(p, fr)
		keys := stepKeys(p, fr, steps)
		for i, st := range steps {
			if st.field {
				keys[i] = keyBang.Fn(p, []term.Term{keys[i]})
			}
		}
		args := []term.Term{data, term.List(keys...)}
		if fun != nil {
			args = append(args, fun(p, fr))
		}
		p.setLine(ln)
		return target.Fn(p, args)
	}
}

// updatePath replaces the value at keys inside data by f(old).
func (p *proc) updatePath(data term.Term, steps []accessStep, keys []term.Term, f func(term.Term) term.Term) term.Term {
	if len(keys) == 0 {
		return f(data)
	}
	k := keys[0]
	switch m := data.(type) {
	case *term.Map:
		old, found := m.Get(k)
		if steps[0].field && !found {
			p.raiseKey(0, k, m)
		}
		if !found {
			old = term.NilAtom
		}
		return m.Put(k, p.updatePath(old, steps[1:], keys[1:], f))
	case term.EmptyList, *term.Cons:
		if steps[0].field {
			break
		}
		items, _ := term.ListToSlice(m)
		for i, it := range items {
			if t, ok := it.(term.Tuple); ok && len(t) == 2 && t[0] == k {
				out := append([]term.Term(nil), items...)
				out[i] = term.Tuple{k, p.updatePath(t[1], steps[1:], keys[1:], f)}
				return term.List(out...)
			}
		}
		return term.List(append([]term.Term{term.Tuple{k, p.updatePath(term.NilAtom, steps[1:], keys[1:], f)}}, items...)...)
	case term.Atom:
		if m == term.NilAtom && !steps[0].field {
			rt.ArgumentError("could not put/update key " + rt.Inspect(p, k) + " on a nil value")
		}
	}
	if steps[0].field {
		p.raiseBadMap(0, data)
	}
	rt.ArgumentError("could not put/update key " + rt.Inspect(p, k) + " on " + rt.Inspect(p, data))
	return nil
}

// getInPath compiles 1.18's get_in(data.field[key]...): each step is
// nil-safe (a nil on the way gives nil); a .field missing from a map
// raises KeyError. nil when n is not get_in/1 of a path.
func (c *compiler) getInPath(n *ast.Call, s *scope) expr {
	if len(n.Args) != 1 {
		return nil
	}
	root, steps, ok := c.accessPath(n.Args[0], s)
	if !ok {
		return nil
	}
	ln := n.Pos.Line
	return func(p *proc, fr []term.Term) term.Term {
		data := root(p, fr)
		for _, st := range steps {
			if data == term.NilAtom {
				return data
			}
			k := st.key(p, fr)
			p.setLine(ln)
			if !st.field {
				data = p.accessGet(data, k)
				continue
			}
			m, ok := data.(*term.Map)
			if !ok {
				p.raiseKey(0, k, data)
			}
			v, found := m.Get(k)
			if !found {
				p.raiseKey(0, k, data)
			}
			data = v
		}
		return data
	}
}

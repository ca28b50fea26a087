package interp

import (
	"fmt"
	"strings"

	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/rt"
	"github.com/exlite/exlite/parser/ast"
)

// forStep is a generator or a filter of a comprehension.
type forStep struct {
	filter expr // a filter when set
	enum   expr
	m      matcher
	guard  func(*proc, []term.Term) bool
	bin    []binSeg // a binary generator's segments
}

// forExpr compiles for comprehensions.
func (c *compiler) forExpr(n *ast.Call, s *scope) expr {
	if len(n.Args) == 0 {
		c.errorf(n.Pos, "for comprehensions must start with a generator")
	}
	_, opts, ok := keywords(n.Args[len(n.Args)-1])
	if !ok {
		c.errorf(n.Pos, "missing do block in for")
	}
	gens := n.Args[:len(n.Args)-1]
	// for x <- xs, into: %{} do ... end has two keyword lists.
	if len(gens) > 0 {
		if _, more, ok := keywords(gens[len(gens)-1]); ok && len(more) > 0 {
			for k, v := range more {
				opts[k] = v
			}
			gens = gens[:len(gens)-1]
		}
	}
	cs := s.child()
	var steps []forStep
	for _, a := range gens {
		if call, ok := a.(*ast.Call); ok {
			name, _ := call.CallName()
			if name == "<-" && len(call.Args) == 2 {
				enum := c.expr(call.Args[1], cs, false)
				pat, guard := call.Args[0], ast.Node(nil)
				if w, ok := pat.(*ast.Call); ok {
					if wn, _ := w.CallName(); wn == "when" && len(w.Args) == 2 {
						pat, guard = w.Args[0], w.Args[1]
					}
				}
				pc := newPatCtx(cs)
				st := forStep{enum: enum, m: c.pattern(pat, pc)}
				c.commit(pc)
				if guard != nil {
					st.guard = c.guard(guard, cs)
				}
				steps = append(steps, st)
				continue
			}
			if name == "<<>>" && len(call.Args) >= 1 {
				// <<r::8, g::8, b::8 <- bin>>: the arrow binds to the last segment
				if gen, ok := call.Args[len(call.Args)-1].(*ast.Call); ok {
					if gn, _ := gen.CallName(); gn == "<-" && len(gen.Args) == 2 {
						enum := c.expr(gen.Args[1], cs, false)
						pc := newPatCtx(cs)
						var segNodes []ast.Node
						if inner, ok := gen.Args[0].(*ast.Call); ok {
							if in, _ := inner.CallName(); in == "<<>>" {
								segNodes = inner.Args
							}
						}
						if segNodes == nil {
							segNodes = append(append([]ast.Node{}, call.Args[:len(call.Args)-1]...), gen.Args[0])
						}
						st := forStep{enum: enum, bin: c.binSegs(segNodes, pc)}
						c.commit(pc)
						steps = append(steps, st)
						continue
					}
				}
			}
		}
		steps = append(steps, forStep{filter: c.expr(a, cs, false)})
	}
	var into, reduceInit expr
	// into: "" and into: %{} written literally are collected inline, as
	// Elixir compiles them (elixir_erl_for): a non-bitstring fails with
	// {:badarg, value}, a non-pair in :maps.from_list/1 with :badarg.
	var inline byte
	if e, ok := opts["into"]; ok {
		into = c.expr(e, s, false)
		if l, ok := e.(*ast.Lit); ok && l.Value == term.Binary("") {
			inline = 'b'
		}
		if m, ok := e.(*ast.Call); ok && len(m.Args) == 0 {
			if name, _ := m.CallName(); name == "%{}" {
				inline = 'm'
			}
		}
	}
	uniq := false
	if u, ok := opts["uniq"].(*ast.Lit); ok && u.Value == term.True {
		uniq = true
	}
	var body expr
	var reducers []*matchClause
	if e, ok := opts["reduce"]; ok {
		reduceInit = c.expr(e, s, false)
		reducers = c.matchClauses(opts["do"], cs, false, "reduce")
	} else {
		body = c.expr(opts["do"], cs, false)
	}
	ln := n.Pos.Line
	frame := c.forFrame(n, gens, opts["do"])
	return func(p *proc, fr []term.Term) term.Term {
		var results []term.Term
		// held is what results holds, counted as held by the process
		// until it is returned (memory.go).
		var held int64
		if p.mem != nil {
			defer func() { p.Hold(-held) }()
		}
		var acc term.Term
		if reduceInit != nil {
			acc = reduceInit(p, fr)
		}
		var seen map[string]bool
		var loop func(i int)
		loop = func(i int) {
			if i == len(steps) {
				if frame != nil {
					// The body runs in Enum.reduce's fn: a stack trace
					// shows it at the body's line and the enclosing
					// function at the for's. (Popped on normal return
					// only: an error's stack trace is taken from the
					// frames left.)
					p.setLine(ln)
					top := p.calls[len(p.calls)-1]
					p.calls = append(p.calls, callRec{fn: frame, line: frame.line, sp: top.sp})
				}
				if reducers != nil {
					matched := false
					for _, cl := range reducers {
						if cl.try(p, fr, acc) {
							acc = cl.body(p, fr)
							matched = true
							break
						}
					}
					if !matched {
						p.raiseCaseClause(ln, acc)
					}
					if frame != nil {
						p.calls = p.calls[:len(p.calls)-1]
					}
					return
				}
				v := body(p, fr)
				if frame != nil {
					p.calls = p.calls[:len(p.calls)-1]
				}
				if uniq {
					if seen == nil {
						seen = map[string]bool{}
					}
					k := rt.Inspect(p, v)
					if seen[k] {
						return
					}
					seen[k] = true
				}
				results = append(results, v)
				if p.mem != nil {
					held += cellBytes + slotBytes
					p.Hold(cellBytes + slotBytes)
				}
				return
			}
			st := steps[i]
			if st.filter != nil {
				if term.IsTruthy(st.filter(p, fr)) {
					loop(i + 1)
				}
				return
			}
			coll := st.enum(p, fr)
			if st.bin != nil {
				data, bits, ok := bitsOf(coll)
				if !ok {
					p.setLine(ln)
					rt.ArgumentError("expected a bitstring in binary generator, got: " + rt.Inspect(p, coll))
				}
				r := &bitReader{data: data, bits: bits}
				for r.pos < r.bits {
					start := r.pos
					if !p.matchSegs(r, st.bin, fr, false) || r.pos == start {
						break
					}
					p.reduce()
					loop(i + 1)
				}
				return
			}
			p.setLine(ln)
			p.iterate(coll, func(x term.Term) {
				p.reduce()
				if st.m(p, fr, x) && (st.guard == nil || st.guard(p, fr)) {
					loop(i + 1)
				}
			})
		}
		loop(0)
		if reducers != nil {
			return acc
		}
		if into == nil {
			return term.List(results...)
		}
		return p.collectInto(into(p, fr), results, ln, inline)
	}
}

// iterate calls f for each element of an enumerable.
func (p *proc) iterate(coll term.Term, f func(term.Term)) {
	switch l := coll.(type) {
	case term.EmptyList:
		return
	case *term.Cons:
		var t term.Term = l
		for {
			cell, ok := t.(*term.Cons)
			if !ok {
				return
			}
			f(cell.Head)
			t = cell.Tail
		}
	case *term.Map:
		if first, last, step, ok := rangeParts(l); ok {
			if step > 0 {
				for i := first; i <= last; i += step {
					f(i)
				}
			} else {
				for i := first; i >= last; i += step {
					f(i)
				}
			}
			return
		}
		if structName(l).IsZero() {
			// A comprehension walks a map with Enum.reduce/3, so in
			// :maps.fold's order.
			l.RangeIter(func(k, v term.Term) bool {
				f(term.Tuple{k, v})
				return true
			})
			return
		}
	}
	if b, ok := rt.Lookup(rt.ModuleAtom("Enum"), term.MakeAtom("to_list"), 1); ok {
		items, _ := term.ListToSlice(b.Fn(p, []term.Term{coll}))
		for _, it := range items {
			f(it)
		}
		return
	}
	p.raiseProtocol("Enumerable", coll)
}

// raiseProtocol raises Protocol.UndefinedError.
func (p *proc) raiseProtocol(proto string, v term.Term) {
	desc := ""
	if f, ok := v.(*term.Fun); ok && proto == "Enumerable" && f.Arity != 2 {
		desc = "only anonymous functions of arity 2 are enumerable"
	}
	rt.Raise(rt.NewException("Protocol.UndefinedError", term.MakeAtom("protocol"), rt.ModuleAtom(proto),
		term.MakeAtom("value"), v, term.MakeAtom("description"), term.Binary(desc)))
}

// collectInto puts comprehension results into the into: collectable;
// inline is 'b' for a literal into: "", 'm' for a literal into: %{}.
func (p *proc) collectInto(into term.Term, results []term.Term, ln int32, inline byte) term.Term {
	switch x := into.(type) {
	case term.EmptyList:
		return term.List(results...)
	case term.Binary:
		var b strings.Builder
		b.WriteString(string(x))
		for _, r := range results {
			s, ok := r.(term.Binary)
			if !ok {
				p.setLine(ln)
				if inline == 'b' {
					rt.RaiseRaw(rt.NewException("ArgumentError", atomMessage, term.Binary("argument error: "+rt.Inspect(p, r))),
						term.Tuple{term.MakeAtom("badarg"), r})
				}
				rt.ArgumentError("collecting into a binary requires a bitstring, got: " + rt.Inspect(p, r))
			}
			b.WriteString(string(s))
		}
		return term.Binary(b.String())
	case *term.Map:
		if structName(x).IsZero() {
			m := x
			for _, r := range results {
				t, ok := r.(term.Tuple)
				if !ok || len(t) != 2 {
					p.setLine(ln)
					if inline == 'm' {
						rt.RaiseRaw(rt.NewException("ArgumentError", atomMessage, term.Binary("argument error")), term.MakeAtom("badarg"))
					}
					rt.ArgumentError("collecting into a map requires {key, value} tuples, got: " + rt.Inspect(p, r))
				}
				m = m.Put(t[0], t[1])
			}
			return m
		}
	}
	if b, ok := rt.Lookup(rt.ModuleAtom("Enum"), term.MakeAtom("into"), 2); ok {
		return b.Fn(p, []term.Term{term.List(results...), into})
	}
	p.raiseProtocol("Collectable", into)
	return nil
}

// forFrame is the function a comprehension's body runs in on the BEAM,
// Enum.reduce's anonymous fn/2 (more arguments for the variables it
// captures from outside its generator, as every fn's frame shows them),
// or nil for one without a list generator (binary generators are
// inlined).
func (c *compiler) forFrame(n *ast.Call, gens []ast.Node, body ast.Node) *function {
	last := -1
	for i, g := range gens {
		if call, ok := g.(*ast.Call); ok {
			if name, _ := call.CallName(); name == "<-" && len(call.Args) == 2 {
				last = i
			}
		}
	}
	if last < 0 {
		return nil
	}
	gen := gens[last].(*ast.Call)
	bound, reads := map[string]bool{}, map[string]bool{}
	pat := gen.Args[0]
	if w, ok := pat.(*ast.Call); ok {
		if wn, _ := w.CallName(); wn == "when" && len(w.Args) == 2 {
			pat = w.Args[0]
			forVars(w.Args[1], false, reads, bound)
		}
	}
	forVars(pat, true, reads, bound)
	for _, f := range gens[last+1:] {
		forVars(f, false, reads, bound)
	}
	forVars(body, false, reads, bound)
	captured := 0
	for v := range reads {
		if !bound[v] {
			captured++
		}
	}
	arity := 2 + captured
	return &function{anon: true, mod: c.modName, arity: arity, line: n.Pos.Line, lib: c.lib, file: c.spliceFile,
		display: anonName(arity, c.where), funName: fmt.Sprintf("-%s-fun-%d-", c.beamName, c.anonN)}
}

// forVars records the variables n reads and binds (in patterns).
func forVars(n ast.Node, pattern bool, reads, binds map[string]bool) {
	switch x := n.(type) {
	case *ast.Var:
		if strings.HasPrefix(x.Name, "_") {
			return
		}
		if pattern {
			binds[x.Name] = true
		} else {
			reads[x.Name] = true
		}
	case *ast.List:
		for _, it := range x.Items {
			forVars(it, pattern, reads, binds)
		}
	case *ast.Pair:
		forVars(x.Left, pattern, reads, binds)
		forVars(x.Right, pattern, reads, binds)
	case *ast.Call:
		name, local := x.CallName()
		switch {
		case local && (name == "quote" || name == "@"):
			return
		case local && name == "^":
			for _, a := range x.Args {
				forVars(a, false, reads, binds)
			}
			return
		case local && (name == "=" || name == "<-") && len(x.Args) == 2:
			forVars(x.Args[0], true, reads, binds)
			forVars(x.Args[1], pattern && name == "=", reads, binds)
			return
		case local && name == "->" && len(x.Args) == 2:
			forVars(x.Args[0], true, reads, binds)
			forVars(x.Args[1], false, reads, binds)
			return
		case local && name == "when" && pattern && len(x.Args) >= 2:
			for _, a := range x.Args[:len(x.Args)-1] {
				forVars(a, true, reads, binds)
			}
			forVars(x.Args[len(x.Args)-1], false, reads, binds)
			return
		}
		forVars(x.Fun, pattern, reads, binds)
		for _, a := range x.Args {
			forVars(a, pattern, reads, binds)
		}
	}
}

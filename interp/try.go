package interp

import (
	"github.com/exlite/exlite/beam"
	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/rt"
	"github.com/exlite/exlite/parser/ast"
)

// rescueClause is a compiled rescue clause.
type rescueClause struct {
	mods    []term.Atom // nil: any exception
	slot    int         // variable slot, -1 for none
	stSlot  int
	body    expr
	guardOK func(*proc, []term.Term) bool
}

// catchClause is a compiled catch clause.
type catchClause struct {
	kind   matcher
	value  matcher
	guard  func(*proc, []term.Term) bool
	stSlot int
	body   expr
}

// protect runs e and returns the Elixir error it raised, if any. Process
// exits (*beam.Exit) and halts pass through untouched.
func (p *proc) protect(e expr, fr []term.Term) (v term.Term, err *rt.Error) {
	defer func() {
		if r := recover(); r != nil {
			if isUncatchable(r) {
				panic(r)
			}
			err = p.toError(r)
		}
	}()
	return e(p, fr), nil
}

// isUncatchable reports panics that try must not catch.
func isUncatchable(r any) bool {
	switch r.(type) {
	case *beam.Exit, *compileError, *rt.Halt:
		return true
	}
	return false
}

func (c *compiler) tryExpr(n *ast.Call, s *scope) expr {
	kw := c.doBlock(n)
	body := c.expr(kw["do"], s.child(), false)
	var rescues []*rescueClause
	for _, cl := range clausesOf(kw["rescue"]) {
		params, guard := clauseHead(cl)
		if len(params) != 1 {
			c.errorf(cl.Pos, "invalid rescue clause")
		}
		cs := s.child()
		rc := &rescueClause{slot: -1}
		rc.stSlot = cs.bind("\x00stacktrace")
		pat := params[0]
		var modsNode ast.Node
		if in, ok := pat.(*ast.Call); ok {
			if name, _ := in.CallName(); name == "in" && len(in.Args) == 2 {
				pat, modsNode = in.Args[0], in.Args[1]
			}
		}
		if modsNode == nil {
			if m, ok := c.moduleOf(pat); ok {
				if _, isVar := pat.(*ast.Var); !isVar {
					rc.mods = []term.Atom{m}
					pat = nil
				}
			}
		} else {
			if l, ok := modsNode.(*ast.List); ok {
				for _, it := range l.Items {
					m, ok := c.moduleOf(it)
					if !ok {
						c.errorf(cl.Pos, "invalid rescue clause")
					}
					rc.mods = append(rc.mods, m)
				}
			} else {
				m, ok := c.moduleOf(modsNode)
				if !ok {
					c.errorf(cl.Pos, "invalid rescue clause")
				}
				rc.mods = []term.Atom{m}
			}
		}
		if v, ok := pat.(*ast.Var); ok && v.Name != "_" {
			rc.slot = cs.bind(varKey(v))
		}
		if guard != nil {
			rc.guardOK = c.guard(guard, cs)
		}
		rc.body = c.expr(cl.Args[1], cs, false)
		rescues = append(rescues, rc)
	}
	var catches []*catchClause
	for _, cl := range clausesOf(kw["catch"]) {
		params, guard := clauseHead(cl)
		cs := s.child()
		cc := &catchClause{stSlot: cs.bind("\x00stacktrace")}
		pc := newPatCtx(cs)
		switch len(params) {
		case 1:
			cc.kind = litMatcher(atomThrow)
			cc.value = c.pattern(params[0], pc)
		case 2:
			cc.kind = c.pattern(params[0], pc)
			cc.value = c.pattern(params[1], pc)
		default:
			c.errorf(cl.Pos, "invalid catch clause")
		}
		c.commit(pc)
		if guard != nil {
			cc.guard = c.guard(guard, cs)
		}
		cc.body = c.expr(cl.Args[1], cs, false)
		catches = append(catches, cc)
	}
	var elses []*matchClause
	if e, ok := kw["else"]; ok {
		elses = c.matchClauses(e, s, false, "try else")
	}
	var after expr
	if a, ok := kw["after"]; ok {
		after = c.expr(a, s.child(), false)
	}
	ln := n.Pos.Line
	run := func(p *proc, fr []term.Term) term.Term {
		m := p.mark()
		v, err := p.protect(body, fr)
		if err == nil {
			if elses != nil {
				for _, cl := range elses {
					if cl.try(p, fr, v) {
						return cl.body(p, fr)
					}
				}
				p.raiseTryClause(ln, v)
			}
			return v
		}
		p.restore(m)
		if err.Kind == rt.KindError {
			exc := normalizeError(p, err)
			name := structName(exc)
			for _, rc := range rescues {
				if rc.mods != nil {
					found := false
					for _, md := range rc.mods {
						if md == name {
							found = true
							break
						}
					}
					if !found {
						continue
					}
				}
				if rc.slot >= 0 {
					fr[rc.slot] = exc
				}
				fr[rc.stSlot] = &errHolder{err}
				if rc.guardOK != nil && !rc.guardOK(p, fr) {
					continue
				}
				return rc.body(p, fr)
			}
		}
		if len(catches) > 0 {
			kind := atomError
			val := err.Value
			switch err.Kind {
			case rt.KindThrow:
				kind = atomThrow
			case rt.KindExit:
				kind = atomExit
			default:
				if err.Raw != nil {
					val = err.Raw
				}
			}
			for _, cc := range catches {
				if cc.kind(p, fr, kind) && cc.value(p, fr, val) {
					fr[cc.stSlot] = &errHolder{err}
					if cc.guard != nil && !cc.guard(p, fr) {
						continue
					}
					return cc.body(p, fr)
				}
			}
		}
		panic(err)
	}
	if after == nil {
		return run
	}
	return func(p *proc, fr []term.Term) term.Term {
		defer func() {
			r := recover()
			if r != nil {
				switch r.(type) {
				case *beam.Exit, *rt.Halt:
					panic(r)
				}
			}
			after(p, fr)
			if r != nil {
				panic(r)
			}
		}()
		return run(p, fr)
	}
}

// receiveExpr compiles receive ... after ... end.
func (c *compiler) receiveExpr(n *ast.Call, s *scope, tail bool) expr {
	kw := c.doBlock(n)
	clauses := c.matchClauses(kw["do"], s, tail, "receive")
	var timeout, afterBody expr
	if a, ok := kw["after"]; ok {
		cls := clausesOf(a)
		if len(cls) != 1 {
			c.errorf(n.Pos, "expected a single -> clause for :after in \"receive\"")
		}
		params, _ := clauseHead(cls[0])
		if len(params) != 1 {
			c.errorf(n.Pos, "expected a single -> clause for :after in \"receive\"")
		}
		timeout = c.expr(params[0], s, false)
		afterBody = c.expr(cls[0].Args[1], s.child(), tail)
	}
	rc := &receiveCode{clauses: clauses, timeout: timeout, after: afterBody, waits: c.waitingFor(n.Pos, clausesOf(kw["do"]))}
	// This closure's frame, and beam's ReceiveMatch under it, are what a
	// process waiting here holds on its goroutine stack besides the
	// calls that led here, so it holds little: the clauses are tried by
	// the proc (Match) and the timeout is evaluated by a helper.
	return func(p *proc, fr []term.Term) term.Term {
		ms := int64(-1)
		if rc.timeout != nil {
			ms = rc.timeoutMs(p, fr)
		}
		// No p.setLine: the receive has no line of its own in the BEAM's
		// line table, so a process waiting here shows the line of the
		// call before it (Process.info's current_stacktrace, a test's
		// timeout), or its function's.
		if p.bp == nil {
			noReceive()
		}
		if tail && p.entry && len(p.calls) == 2 {
			return p.parkReceive(rc, fr, ms)
		}
		p.rcv, p.rfr = rc, fr
		p.beforeReceive()
		msg, ok := p.bp.ReceiveMatch(p, ms, rc.waits)
		return p.tookMessage(rc, fr, msg, ok)
	}
}

// receiveCode is a compiled receive.
type receiveCode struct {
	clauses []*matchClause
	timeout expr // nil without after
	after   expr
	waits   any // what it waits for (waiting.go)
}

// timeoutMs evaluates the after timeout: milliseconds, -1 for :infinity.
//
//go:noinline
func (rc *receiveCode) timeoutMs(p *proc, fr []term.Term) int64 {
	switch t := rc.timeout(p, fr).(type) {
	case term.Int:
		if t >= 0 {
			return int64(t)
		}
	case term.Atom:
		if t.Name() == "infinity" {
			return -1
		}
	}
	// the BEAM's error(timeout_value), which Elixir leaves an ErlangError;
	// the receive has no line of its own in the BEAM's line table, so the
	// stack shows the line of the call before it (p's current line)
	tv := term.MakeAtom("timeout_value")
	rt.RaiseRaw(rt.NewException("ErlangError", term.MakeAtom("original"), tv, term.MakeAtom("reason"), term.NilAtom), tv)
	return 0
}

// Match implements beam.Matcher for the receive in progress (p.rcv, with
// its frame p.rfr): it tries the clauses on msg, binding the variables of
// the one that matches, which it records in p.rmatched.
func (p *proc) Match(msg term.Term) bool {
	for _, cl := range p.rcv.clauses {
		if cl.try(p, p.rfr, msg) {
			p.rmatched = cl
			return true
		}
	}
	return false
}

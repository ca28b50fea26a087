package interp

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/rt"
	"github.com/exlite/exlite/interp/stdlib"
	"github.com/exlite/exlite/parser/ast"
)

// matchClause is a compiled `pattern [when guard] -> body`.
type matchClause struct {
	m     matcher
	guard func(p *proc, fr []term.Term) bool
	body  expr
}

func (mc *matchClause) try(p *proc, fr []term.Term, v term.Term) bool {
	return mc.m(p, fr, v) && (mc.guard == nil || mc.guard(p, fr))
}

func (c *compiler) matchClauses(n ast.Node, s *scope, tail bool, what string) []*matchClause {
	var out []*matchClause
	for _, cl := range clausesOf(n) {
		params, guard := clauseHead(cl)
		if len(params) != 1 {
			c.errorf(cl.Pos, "expected one argument for %s clauses (->)", what)
		}
		out = append(out, c.oneClause(params[0], guard, cl.Args[1], s, tail))
	}
	return out
}

func (c *compiler) oneClause(pat, guard, body ast.Node, s *scope, tail bool) *matchClause {
	cs := s.child()
	pc := newPatCtx(cs)
	mc := &matchClause{m: c.pattern(pat, pc)}
	c.commit(pc)
	if guard != nil {
		mc.guard = c.guard(guard, cs)
	}
	mc.body = c.expr(body, cs, tail)
	return mc
}

// doBlock returns the keyword list of a do-block call (its last argument).
func (c *compiler) doBlock(n *ast.Call) map[string]ast.Node {
	if len(n.Args) == 0 {
		c.errorf(n.Pos, "missing do block")
	}
	_, kw, ok := keywords(n.Args[len(n.Args)-1])
	if !ok {
		c.errorf(n.Pos, "missing do block")
	}
	return kw
}

func (c *compiler) caseExpr(n *ast.Call, s *scope, tail bool) expr {
	if len(n.Args) != 2 {
		c.errorf(n.Pos, "invalid case")
	}
	subj := c.expr(n.Args[0], s, false)
	kw := c.doBlock(n)
	clauses := c.matchClauses(kw["do"], s, tail, "case")
	ln := n.Pos.Line
	return func(p *proc, fr []term.Term) term.Term {
		v := subj(p, fr)
		for _, cl := range clauses {
			if cl.try(p, fr, v) {
				return cl.body(p, fr)
			}
		}
		p.raiseCaseClause(ln, v)
		return nil
	}
}

func (c *compiler) condExpr(n *ast.Call, s *scope, tail bool) expr {
	kw := c.doBlock(n)
	type condClause struct{ test, body expr }
	var clauses []condClause
	// CondClauseError is raised at the last clause's line, as Elixir's
	// translation of cond raises it.
	ln := n.Pos.Line
	if cls := clausesOf(kw["do"]); len(cls) > 0 {
		// elixir_expand's friendlier error for `_ ->` as the last clause
		last := cls[len(cls)-1]
		if params, _ := clauseHead(last); len(params) == 1 {
			if v, ok := params[0].(*ast.Var); ok && v.Name == "_" {
				e := c.newError(last.Pos, "invalid use of _ inside \"cond\". If you want the last clause to always match, "+
					"you probably meant to use: true ->")
				e.oneCaret = true
				panic(e)
			}
		}
	}
	for _, cl := range clausesOf(kw["do"]) {
		ln = cl.Pos.Line
		params, _ := clauseHead(cl)
		if len(params) != 1 {
			c.errorf(cl.Pos, "cond clauses expect exactly one condition")
		}
		cs := s.child()
		clauses = append(clauses, condClause{c.expr(params[0], cs, false), c.expr(cl.Args[1], cs, tail)})
	}
	return func(p *proc, fr []term.Term) term.Term {
		for _, cl := range clauses {
			if term.IsTruthy(cl.test(p, fr)) {
				return cl.body(p, fr)
			}
		}
		p.raiseCondClause(ln)
		return nil
	}
}

func (c *compiler) ifExpr(n *ast.Call, negate bool, s *scope, tail bool) expr {
	if len(n.Args) != 2 {
		c.errorf(n.Pos, "invalid if")
	}
	cond := c.expr(n.Args[0], s, false)
	kw := c.doBlock(n)
	then := c.expr(kw["do"], s.child(), tail)
	els := c.expr(kw["else"], s.child(), tail)
	if negate {
		then, els = els, then
	}
	return func(p *proc, fr []term.Term) term.Term {
		if term.IsTruthy(cond(p, fr)) {
			return then(p, fr)
		}
		return els(p, fr)
	}
}

// withExpr compiles with p <- e, ..., do: body, else: clauses.
func (c *compiler) withExpr(n *ast.Call, s *scope, tail bool) expr {
	kw := c.doBlock(n)
	type step struct {
		m     matcher
		guard func(*proc, []term.Term) bool
		e     expr
		arrow bool
		ln    int32
	}
	cs := s.child()
	var steps []step
	for _, a := range n.Args[:len(n.Args)-1] {
		if call, ok := a.(*ast.Call); ok {
			if name, _ := call.CallName(); name == "<-" && len(call.Args) == 2 {
				e := c.expr(call.Args[1], cs, false)
				pat, guard := call.Args[0], ast.Node(nil)
				if w, ok := pat.(*ast.Call); ok {
					if wn, _ := w.CallName(); wn == "when" && len(w.Args) == 2 {
						pat, guard = w.Args[0], w.Args[1]
					}
				}
				pc := newPatCtx(cs)
				m := c.pattern(pat, pc)
				c.commit(pc)
				st := step{m: m, e: e, arrow: true, ln: call.Pos.Line}
				if guard != nil {
					st.guard = c.guard(guard, cs)
				}
				steps = append(steps, st)
				continue
			}
			if name, _ := call.CallName(); name == "=" && len(call.Args) == 2 {
				steps = append(steps, step{e: c.match(call, cs), ln: call.Pos.Line})
				continue
			}
		}
		steps = append(steps, step{e: c.expr(a, cs, false)})
	}
	body := c.expr(kw["do"], cs, tail)
	var elses []*matchClause
	if e, ok := kw["else"]; ok {
		elses = c.matchClauses(e, s, tail, "with else")
	}
	ln := n.Pos.Line
	return func(p *proc, fr []term.Term) term.Term {
		for _, st := range steps {
			v := st.e(p, fr)
			if !st.arrow {
				continue
			}
			if !st.m(p, fr, v) || (st.guard != nil && !st.guard(p, fr)) {
				if elses == nil {
					return v
				}
				for _, cl := range elses {
					if cl.try(p, fr, v) {
						return cl.body(p, fr)
					}
				}
				p.raiseWithClause(ln, v)
			}
		}
		return body(p, fr)
	}
}

// raiseExpr compiles raise msg, raise Mod, raise Mod, args.
func (c *compiler) raiseExpr(n *ast.Call, s *scope) expr {
	args := c.exprs(n.Args, s)
	ln := n.Pos.Line
	return func(p *proc, fr []term.Term) term.Term {
		vals := callArgs(p, fr, args)
		p.setLine(ln)
		var exc term.Term
		switch len(vals) {
		case 1:
			exc = p.exceptionOf(vals[0], nil)
		case 2:
			exc = p.exceptionOf(vals[0], vals[1])
		default:
			rt.ArgumentError("raise/3 is undefined")
		}
		panic(&rt.Error{Kind: rt.KindError, Value: exc})
	}
}

// reraiseExpr compiles reraise exc, stacktrace.
func (c *compiler) reraiseExpr(n *ast.Call, s *scope) expr {
	args := c.exprs(n.Args, s)
	ln := n.Pos.Line
	return func(p *proc, fr []term.Term) term.Term {
		vals := callArgs(p, fr, args)
		p.setLine(ln)
		var exc term.Term
		switch len(vals) {
		case 2:
			exc = p.exceptionOf(vals[0], nil)
		case 3:
			exc = p.exceptionOf(vals[0], vals[1])
		default:
			rt.ArgumentError("invalid reraise")
		}
		panic(&rt.Error{Kind: rt.KindError, Value: exc, Stack: stacktraceFrames(p, vals[len(vals)-1])})
	}
}

// exceptionOf builds the exception raised by raise(v) or raise(v, arg).
func (p *proc) exceptionOf(v term.Term, arg term.Term) term.Term {
	switch x := v.(type) {
	case term.Binary:
		if arg == nil {
			return rt.NewException("RuntimeError", atomMessage, x)
		}
	case *term.Map:
		if arg == nil {
			if _, ok := x.Get(atomException); ok {
				return x
			}
		}
	case term.Atom:
		if arg == nil {
			arg = term.Nil
		}
		return p.applyException(x, arg)
	}
	rt.ArgumentError("raise/1 and raise/2 expect a module name, string or exception as the first argument, got: " + rt.Inspect(p, v))
	return nil
}

// applyException calls Mod.exception(arg) for user and built-in exceptions.
func (p *proc) applyException(mod term.Atom, arg term.Term) term.Term {
	name := term.MakeAtom("exception")
	if _, fn := p.in.lookupFunction(mod, name, 1); fn != nil {
		return p.callFunction(fn, nil, []term.Term{arg})
	}
	if b, ok := rt.Lookup(mod, name, 1); ok {
		return b.Fn(p, []term.Term{arg})
	}
	// A built-in exception: a message or fields.
	exc := rt.NewException(rt.ModuleName(mod))
	if def, ok := stdlib.ExceptionDefault(mod); ok {
		exc = def
	}
	switch a := arg.(type) {
	case term.Binary:
		return exc.Put(atomMessage, a)
	case term.EmptyList, *term.Cons:
		items, _ := term.ListToSlice(a)
		for _, it := range items {
			if t, ok := it.(term.Tuple); ok && len(t) == 2 {
				exc = exc.Put(t[0], t[1])
			}
		}
		if _, ok := exc.Get(atomMessage); !ok {
			if msg, ok := defaultExceptionMessages[rt.ModuleName(mod)]; ok {
				exc = exc.Put(atomMessage, term.Binary(msg))
			}
		}
		return exc
	}
	rt.ArgumentError("expected exception fields")
	return nil
}

var defaultExceptionMessages = map[string]string{
	"RuntimeError":    "runtime error",
	"ArgumentError":   "argument error",
	"ArithmeticError": "bad argument in arithmetic expression",
}

// stacktraceTerm turns frames into Elixir's stacktrace list of
// {module, function, arity, [file: ..., line: ...]}.
func stacktraceTerm(frames []rt.Frame) term.Term {
	items := make([]term.Term, 0, len(frames))
	for _, f := range frames {
		if f.Line == -1 && strings.HasPrefix(f.Function, "\x00") {
			continue
		}
		if f.Entry != nil {
			items = append(items, f.Entry)
			continue
		}
		loc := term.List(term.Tuple{term.MakeAtom("file"), term.List(charlist(f.File)...)}, term.Tuple{term.MakeAtom("line"), term.Int(f.Line)})
		mod, name, arity := f.Module, f.Function, 0
		switch {
		case f.Function == "(file)":
			mod, name, arity = atomTopModule, rt.TopFunction, 1
		case f.Function == "(module)":
			mod, name, arity = atomTopModule, "__MODULE__", 1
		case strings.HasPrefix(f.Function, "anonymous fn/"):
			// anonymous fn/A in Mod.f/1
			rest := strings.TrimPrefix(f.Function, "anonymous fn/")
			sp := strings.Index(rest, " in ")
			arity, _ = strconv.Atoi(rest[:sp])
			where := rest[sp+4:]
			var inner string
			if m := rt.ModuleName(f.Module) + "."; !f.Module.IsZero() && strings.HasPrefix(where, m) {
				inner = where[len(m):]
			} else {
				inner = where[strings.LastIndex(where[:strings.LastIndex(where, "/")], ".")+1:]
			}
			if k := strings.LastIndex(inner, "/"); k >= 0 {
				inner = unquoteFunName(inner[:k]) + inner[k:]
			}
			name = "-" + inner + "-fun-0-"
		default:
			if k := strings.LastIndex(name, "/"); k >= 0 {
				arity, _ = strconv.Atoi(name[k+1:])
				name = unquoteFunName(name[:k])
			}
		}
		if mod.IsZero() {
			mod = atomTopModule
		}
		items = append(items, term.Tuple{mod, term.MakeAtom(name), term.Int(arity), loc})
	}
	return term.List(items...)
}

// unquoteFunName is the name of a function as funName printed it (quoted
// when it is not an identifier: "test adds").
func unquoteFunName(name string) string {
	if len(name) >= 2 && name[0] == '"' {
		if u, err := strconv.Unquote(name); err == nil {
			return u
		}
	}
	return name
}

// errorStacktrace is the stacktrace of an error as __STACKTRACE__ and
// exit reasons carry it: as the BEAM's, the first entry of a call that
// failed on its arguments (a function clause, an undefined function)
// holds the arguments instead of the arity: {Stack, :handle_call, [:pop,
// from, []], [file: ..., line: 9]}, {Nope, :f, [1], []}, and a failed
// BIF's entry comes first: {:erlang, :element, [4, {1}], [error_info:
// %{module: :erl_erts_errors}]} (arithmetic operators: see arithFrame).
func errorStacktrace(e *rt.Error) term.Term {
	st := stacktraceTerm(e.Stack)
	if e.Kind != rt.KindError || len(e.Stack) == 0 {
		return st
	}
	args := term.List(e.Args...)
	top := e.Stack[0]
	if top.Line == -1 && strings.HasPrefix(top.Function, "\x00") {
		loc := term.Term(term.Nil)
		if e.Raw == atomBadarith && !arithFrame[top.Function[1:]] {
			return st
		}
		if e.Raw != atomUndef {
			// a BIF's own entry: {:erlang, :binary_to_integer, ["x"], [error_info: ...]}
			loc = term.List(term.Tuple{term.MakeAtom("error_info"), term.EmptyMap.Put(atomModule, term.MakeAtom("erl_erts_errors"))})
		}
		return &term.Cons{Head: term.Tuple{top.Module, term.MakeAtom(top.Function[1:]), args, loc}, Tail: st}
	}
	if e.Raw != atomFunctionClause || top.Module != structField(e.Value, atomModule) {
		return st
	}
	name, _ := structField(e.Value, atomFunction).(term.Atom)
	if top.Function != funName(name)+"/"+strconv.Itoa(len(e.Args)) {
		return st
	}
	if c, ok := st.(*term.Cons); ok {
		if t, ok := c.Head.(term.Tuple); ok && len(t) == 4 {
			return &term.Cons{Head: term.Tuple{t[0], t[1], args, t[3]}, Tail: c.Tail}
		}
	}
	return st
}

// arithFrame are the operators whose failure the BEAM (OTP 25's JIT)
// always reports with their own stacktrace entry ({:erlang, :div, [1, 0],
// ...}); / never has one, and + and - have one only when neither operand
// is a literal, which the evaluator does not know here.
var arithFrame = map[string]bool{"*": true, "div": true, "rem": true}

var (
	atomBadarith       = term.MakeAtom("badarith")
	atomFunctionClause = term.MakeAtom("function_clause")
	atomUndef          = term.MakeAtom("undef")
)

// stacktraceFrames turns a stacktrace list back into frames.
func stacktraceFrames(env rt.Env, t term.Term) []rt.Frame {
	items, _ := term.ListToSlice(t)
	out := []rt.Frame{}
	for _, it := range items {
		tu, ok := it.(term.Tuple)
		if !ok || len(tu) != 4 {
			continue
		}
		mod, _ := tu[0].(term.Atom)
		name, _ := tu[1].(term.Atom)
		arity, _ := tu[2].(term.Int)
		f := rt.Frame{Module: mod}
		if l, ok := accessKeyword(tu[3], "line").(term.Int); ok {
			f.Line = int(l)
		}
		if fl, ok := term.ListToSlice(accessKeyword(tu[3], "file")); ok {
			var b strings.Builder
			for _, r := range fl {
				if i, ok := r.(term.Int); ok {
					b.WriteRune(rune(i))
				}
			}
			f.File = b.String()
		}
		n := name.Name()
		switch {
		case mod == atomTopModule && n == rt.TopFunction:
			f.Function = "(file)"
			f.Module = term.Atom{}
		case mod == atomTopModule && n == "__MODULE__" && arity == 1:
			f.Function = "(module)"
			f.Module = term.Atom{}
		case strings.HasPrefix(n, "-") && strings.Contains(n, "-fun-"):
			f.Function = formatMFA(mod, name, arity)
		case term.IsList(tu[2]):
			// {mod, fun, args, location}: the call that failed, "f(1, 2)"
			args, _ := term.ListToSlice(tu[2])
			parts := make([]string, len(args))
			for i, a := range args {
				parts[i] = rt.Inspect(env, a)
			}
			f.Function = funName(name) + "(" + strings.Join(parts, ", ") + ")"
			f.Entry = tu
		default:
			f.Function = fmt.Sprintf("%s/%d", funName(name), arity)
		}
		out = append(out, f)
	}
	return out
}

// accessKeyword finds key in a keyword list (nil atom when absent).
func accessKeyword(kw term.Term, key string) term.Term {
	items, _ := term.ListToSlice(kw)
	k := term.MakeAtom(key)
	for _, it := range items {
		if t, ok := it.(term.Tuple); ok && len(t) == 2 && t[0] == k {
			return t[1]
		}
	}
	return term.NilAtom
}

func charlist(s string) []term.Term {
	out := make([]term.Term, 0, len(s))
	for _, r := range s {
		out = append(out, term.Int(r))
	}
	return out
}

package interp

import (
	"fmt"
	"strings"
	"sync/atomic"

	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/macrostr"
	"github.com/exlite/exlite/interp/rt"
	"github.com/exlite/exlite/parser/ast"
)

var (
	atomKernel = rt.ModuleAtom("Kernel")
	atomErlang = term.MakeAtom("erlang")
)

// callArgs evaluates argument expressions into a new slice.
func callArgs(p *proc, fr []term.Term, args []expr) []term.Term {
	vals := make([]term.Term, len(args))
	for i, a := range args {
		vals[i] = a(p, fr)
	}
	return vals
}

// tailCall evaluates args and schedules a call of fn in tail position.
func tailCall(p *proc, fr []term.Term, fn *function, env []term.Term, args []expr) term.Term {
	var buf [8]term.Term
	var vals []term.Term
	if len(args) <= len(buf) {
		vals = buf[:len(args)]
	} else {
		vals = make([]term.Term, len(args))
	}
	for i, a := range args {
		vals[i] = a(p, fr)
	}
	if len(vals) > len(p.tailArgs) {
		p.tailArgs = make([]term.Term, len(vals))
	}
	for i, v := range vals {
		p.tailArgs[i] = v
	}
	p.tailFn = fn
	p.tailEnv = env
	return tailMarker
}

// directCall evaluates args into a new frame and runs fn.
func directCall(p *proc, fr []term.Term, fn *function, env []term.Term, args []expr, ln int32) term.Term {
	nfr := p.alloc(fn.nslots)
	for i, a := range args {
		nfr[i] = a(p, fr)
	}
	p.calls[len(p.calls)-1].line = ln
	return p.invoke(fn, env, nfr)
}

// builtinTarget is the built-in a call site resolved to, with what its
// calls need decided once, when the site is resolved, rather than at
// every call.
type builtinTarget struct {
	bi *rt.Builtin
	// sandboxOK: the sandbox allows bi (sandboxAllows).
	sandboxOK bool
	// bif is the BIF frame of a built-in Elixir inlines (lookupBIFFrame),
	// nil for others.
	bif *bifFrame
	// hides: in tail position the call hides its caller's frame.
	hides bool
}

// setBuiltin makes t the target of calls of b.
func (t *builtinTarget) setBuiltin(b *rt.Builtin) {
	t.bi, t.sandboxOK = b, sandboxAllows(b.Module, b.Name)
	t.bif = nil
	if f, ok := lookupBIFFrame(b); ok {
		t.bif = &f
	}
	// A BIF Elixir inlines (Integer.to_string/1 is :erlang.integer_to_binary/1)
	// keeps its caller's frame even in tail position, as on the BEAM.
	t.hides = t.bif == nil && (b.Module != atomKernel && b.Module != atomErlang || b.Module == atomKernel && kernelRemote(b.Name))
}

// callBuiltin calls the Go built-in of t; in tail position the caller's
// frame is hidden from stack traces, as the BEAM drops it.
func callBuiltin(p *proc, t *builtinTarget, vals []term.Term, ln int32, tail bool) term.Term {
	top := &p.calls[len(p.calls)-1]
	top.line = ln
	if tail && t.hides {
		top.bits |= frameHidden
	}
	b := t.bi
	if !t.sandboxOK && p.in.opts.Sandbox {
		p.raiseSandbox(b.Module, b.Name, b.Arity)
	}
	if t.bif != nil {
		return callBIF(p, b, *t.bif, vals)
	}
	if p.mem != nil && len(vals) > 0 && b != unheldSend {
		return p.callBuiltinHeld(b, vals)
	}
	return b.Fn(p, vals)
}

// Kernel functions that are remote calls in Elixir (to_string/1 and
// to_charlist/1 expand to the protocols' functions, inspect is a def of
// Kernel), unlike the BIFs Elixir inlines: in tail position the caller's
// frame goes, as for any remote call.
var (
	atomToCharlist = term.MakeAtom("to_charlist")
	atomInspect    = term.MakeAtom("inspect")
)

func kernelRemote(name term.Atom) bool {
	return name == atomToString || name == atomToCharlist || name == atomInspect || kernelDefs[name]
}

// kernelDefs are Kernel functions that are plain defs (not BIFs Elixir
// inlines): struct!/2 in tail position drops its caller's frame. apply/2,3
// too: the BEAM's apply in tail position is a tail call.
var kernelDefs = map[term.Atom]bool{
	term.MakeAtom("apply"):  true,
	term.MakeAtom("struct"): true, term.MakeAtom("struct!"): true,
	term.MakeAtom("get_in"): true, term.MakeAtom("put_in"): true, term.MakeAtom("update_in"): true,
	term.MakeAtom("get_and_update_in"): true, term.MakeAtom("pop_in"): true,
}

// localCall compiles a call of a local or imported function.
func (c *compiler) localCall(n *ast.Call, s *scope, tail, isVar bool) expr {
	name, _ := n.CallName()
	nameAtom := term.MakeAtom(name)
	arity := len(n.Args)
	ref := &localRef{name: nameAtom, arity: arity}
	args := c.exprs(n.Args, s)
	ln := n.Pos.Line
	if c.mod == nil || c.inTopLevelOfModule() {
		if !c.resolveImported(ref) {
			if isVar {
				c.errorf(n.Pos, "undefined variable %q", name)
			}
			// expand_local reports it without a span: one column
			e := c.newError(n.Pos, "undefined function %s/%d (there is no such import)", name, arity)
			e.oneCaret = true
			panic(e)
		}
	} else {
		if c.inGuard && !isVar && !c.mod.guards[fnKey{nameAtom, arity}] && c.mod.macros[fnKey{nameAtom, arity}] == nil &&
			!c.resolveImported(ref) {
			// elixir_expand's expand_local in a guard (a module_error)
			e := c.newError(n.Pos, "cannot find or invoke local %s/%d inside a guard. Only macros can be invoked "+
				"inside a guard and they must be defined before their invocation. Called as: %s",
				name, arity, macrostr.ToString(n))
			e.oneCaret = true
			panic(e)
		}
		c.sites = append(c.sites, &localSite{ref: ref, pos: n.Pos, where: c.beamName, isVar: isVar})
	}
	return func(p *proc, fr []term.Term) term.Term {
		if fn := ref.fn; fn != nil {
			if tail {
				return tailCall(p, fr, fn, nil, args)
			}
			nfr := p.alloc(fn.nslots)
			for i, a := range args {
				nfr[i] = a(p, fr)
			}
			p.calls[len(p.calls)-1].line = ln
			return p.invoke(fn, nil, nfr)
		}
		vals := callArgs(p, fr, args)
		if ref.bi != nil {
			return callBuiltin(p, &ref.builtinTarget, vals, ln, tail)
		}
		p.setLine(ln)
		return p.applyMFA(ref.mod, ref.name, vals)
	}
}

// inTopLevelOfModule is true while compiling module body code that runs
// at definition time (where local functions are not available yet).
func (c *compiler) inTopLevelOfModule() bool { return c.mod != nil && c.beamName == "" }

// resolveImported resolves a call through imports and Kernel.
func (c *compiler) resolveImported(ref *localRef) bool {
	_, fn, bi, ok := c.importTarget(ref)
	switch {
	case fn != nil:
		ref.fn = fn
	case bi != nil:
		ref.setBuiltin(bi)
	}
	return ok
}

// importTarget finds what an unqualified call of ref dispatches to
// through the imports, the last first, then Kernel: the module, and its
// public function or built-in.
func (c *compiler) importTarget(ref *localRef) (term.Atom, *function, *rt.Builtin, bool) {
	key := fnKey{ref.name, ref.arity}
	for i := len(c.imports) - 1; i >= 0; i-- {
		imp := c.imports[i]
		if imp.only != nil && !imp.only[key] || imp.except != nil && imp.except[key] {
			continue
		}
		if _, fn := c.in.lookupFunction(imp.mod, ref.name, ref.arity); fn != nil && fn.public {
			return imp.mod, fn, nil, true
		}
		if b, ok := rt.Lookup(imp.mod, ref.name, ref.arity); ok {
			return imp.mod, nil, b, true
		}
	}
	if b, ok := rt.Lookup(atomKernel, ref.name, ref.arity); ok {
		return atomKernel, nil, b, true
	}
	return term.Atom{}, nil, nil, false
}

// resolveSites binds the module's local calls to their definitions.
func (c *compiler) resolveSites() {
	// Undefined variables are expansion errors, logged as each function
	// is expanded; undefined functions are found by the type checker once
	// the module is expanded, and only when no expansion error tainted it.
	var vars, funcs []*compileError
	conflicts := map[fnKey]term.Atom{}
	for _, site := range c.sites {
		ref := site.ref
		if c.mod != nil {
			if fn := c.mod.funcs[fnKey{ref.name, ref.arity}]; fn != nil {
				ref.fn = fn
				// the import walk only for a program's own definitions
				if !c.lib && !fn.lib && fn.native == nil {
					if mod, ok := c.importedFrom(ref); ok {
						conflicts[fnKey{ref.name, ref.arity}] = mod
					}
				}
				continue
			}
		}
		if c.resolveImported(ref) {
			continue
		}
		c.beamName = site.where
		if site.isVar {
			vars = append(vars, c.newError(site.pos, "undefined variable %q", ref.name.Name()))
		} else {
			e := c.newError(site.pos, "undefined function %s/%d (expected %s to define such a function or for it to be imported, but none are available)",
				ref.name.Name(), ref.arity, rt.ModuleName(c.modName))
			e.typeCheck = true
			funcs = append(funcs, e)
		}
	}
	c.sites = nil
	// Expansion logs the undefined variables; once the module is
	// expanded, elixir_import's ensure_no_local_conflict logs each
	// definition an unqualified call dispatched to an import instead
	// (definitions in {name, arity} order); the type checker's
	// undefined functions come only when neither tainted the module.
	vars = append(vars, c.importConflicts(conflicts)...)
	for _, errs := range [][]*compileError{vars, funcs} {
		if len(errs) > 0 {
			errs[0].more = errs[1:]
			panic(errs[0])
		}
	}
}

// importedFrom is the module an unqualified call of ref would dispatch
// to through the imports (Kernel's included, but not from Kernel itself).
func (c *compiler) importedFrom(ref *localRef) (term.Atom, bool) {
	mod, _, _, ok := c.importTarget(ref)
	if !ok || mod == atomKernel && c.modName == atomKernel {
		return term.Atom{}, false
	}
	return mod, true
}

// importConflicts are the "imported Mod.f/n conflicts with local
// function" module errors, each at its local definition.
func (c *compiler) importConflicts(conflicts map[fnKey]term.Atom) []*compileError {
	keys := make([]fnKey, 0, len(conflicts))
	for k := range conflicts {
		keys = append(keys, k)
	}
	sortKeys(keys)
	var errs []*compileError
	for _, k := range keys {
		fn := c.mod.funcs[k]
		c.beamName = ""
		e := c.newError(ast.Pos{Line: fn.line, Col: fn.col}, "imported %s.%s/%d conflicts with local function",
			rt.ModuleName(conflicts[k]), k.name.Name(), k.arity)
		e.oneCaret = true
		e.where = rt.ModuleName(c.modName) + " (module)"
		errs = append(errs, e)
	}
	return errs
}

// remoteSite caches what Module.name/arity resolved to.
type remoteSite struct {
	mod, name term.Atom
	arity     int
	res       atomic.Pointer[resolution]
}

type resolution struct {
	// prog and gen are the program (Interp.id) and its modules'
	// generation the resolution holds for (compiled code may be shared
	// by programs: ModuleCache; the id, unlike a pointer, does not keep
	// an ended program's memory alive).
	prog uint64
	gen  uint64
	fn   *function
	builtinTarget
}

// builtinProtocols are protocols implemented in Go that user code may
// implement for its structs.
var builtinProtocols = map[string]bool{
	"Elixir.String.Chars": true, "Elixir.Inspect": true, "Elixir.Enumerable": true,
	"Elixir.Collectable": true, "Elixir.List.Chars": true,
}

func (p *proc) resolveSite(site *remoteSite) *resolution {
	gen := p.in.gen.Load()
	if r := site.res.Load(); r != nil && r.gen == gen && r.prog == p.in.id {
		return r
	}
	r := &resolution{prog: p.in.id, gen: gen}
	m, fn := p.in.lookupFunction(site.mod, site.name, site.arity)
	if m == nil && p.ensureLib(site.mod) {
		gen = p.in.gen.Load()
		r.gen = gen
		m, fn = p.in.lookupFunction(site.mod, site.name, site.arity)
	}
	if fn != nil && fn.public {
		r.fn = fn
	} else if m == nil && !builtinProtocols[site.mod.Name()] {
		if b, ok := rt.Lookup(site.mod, site.name, site.arity); ok {
			r.setBuiltin(b)
		}
	}
	site.res.Store(r)
	return r
}

// remoteCall compiles Module.name(args) and expr.field.
func (c *compiler) remoteCall(n *ast.Call, target ast.Node, name term.Atom, argNodes []ast.Node, s *scope, tail bool) expr {
	ln := n.Pos.Line
	if mod, ok := c.moduleOf(target); ok {
		if m, clauses := c.remoteMacro(mod, name, len(argNodes)); clauses != nil {
			return c.expr(c.expandMacro(m, clauses, n), s, tail)
		}
		if e := c.specialRemote(mod, name, n, s, tail); e != nil {
			return e
		}
		if e := c.unrequiredMacro(mod, name, n, argNodes, s, tail); e != nil {
			return e
		}
		if c.inGuard && mod != atomKernel && mod != atomErlang && mod.Name() != "Elixir.Bitwise" &&
			!c.isMacro(mod, name, len(argNodes)) {
			// elixir_rewrite:guard allows only what rewrites to the
			// BEAM's guard functions (Kernel's and Bitwise's)
			e := c.newError(n.Pos, "cannot invoke remote function %s inside a guard", mfaString(mod, name, len(argNodes)))
			e.oneCaret = true
			panic(e)
		}
		site := &remoteSite{mod: mod, name: name, arity: len(argNodes)}
		args := c.exprs(argNodes, s)
		return func(p *proc, fr []term.Term) term.Term {
			r := p.resolveSite(site)
			if fn := r.fn; fn != nil {
				if tail {
					return tailCall(p, fr, fn, nil, args)
				}
				nfr := p.alloc(fn.nslots)
				for i, a := range args {
					nfr[i] = a(p, fr)
				}
				p.calls[len(p.calls)-1].line = ln
				return p.invoke(fn, nil, nfr)
			}
			vals := callArgs(p, fr, args)
			if r.bi != nil {
				return callBuiltin(p, &r.builtinTarget, vals, ln, tail)
			}
			p.setLine(ln)
			if tail {
				// the BEAM drops the caller's frame of a remote call in
				// tail position (seen when the function is undefined)
				p.calls[len(p.calls)-1].bits |= frameHidden
			}
			return p.applyMFA(site.mod, site.name, vals)
		}
	}
	te := c.expr(target, s, false)
	args := c.exprs(argNodes, s)
	field := n.Meta.NoParens && len(argNodes) == 0
	return func(p *proc, fr []term.Term) term.Term {
		t := te(p, fr)
		if field {
			if m, ok := t.(*term.Map); ok {
				if v, ok := m.Get(name); ok {
					return v
				}
				p.raiseKey(ln, name, m)
			}
		}
		vals := callArgs(p, fr, args)
		p.setLine(ln)
		switch x := t.(type) {
		case term.Atom:
			if !field || x != term.NilAtom && x != term.True && x != term.False {
				if tail {
					// a remote call in tail position drops the caller's
					// frame, as above
					p.calls[len(p.calls)-1].bits |= frameHidden
				}
				return p.applyMFA(x, name, vals)
			}
		case *term.Map:
			if field {
				p.raiseKey(ln, name, x)
			}
		}
		if field {
			p.raiseDotKey(name, t)
		}
		p.raiseUndefinedOnValue(t, name, vals)
		return nil
	}
}

// unrequiredMacro compiles a call to a built-in macro of a module not
// required here: Elixir compiles it as a call to a function that does not
// exist, so it raises UndefinedFunctionError (whose hint says to require
// the module); in a guard it is a compile error. It returns nil for any
// other call.
func (c *compiler) unrequiredMacro(mod, name term.Atom, n *ast.Call, argNodes []ast.Node, s *scope, tail bool) expr {
	b, ok := rt.Lookup(mod, name, len(argNodes))
	if !ok || !b.Macro || c.required(mod) {
		return nil
	}
	if c.inGuard {
		c.errorf(n.Pos, "cannot invoke remote function %s inside a guard", mfaString(mod, name, len(argNodes)))
	}
	args := c.exprs(argNodes, s)
	ln := n.Pos.Line
	return func(p *proc, fr []term.Term) term.Term {
		vals := callArgs(p, fr, args)
		p.setLine(ln)
		if tail {
			p.calls[len(p.calls)-1].bits |= frameHidden
		}
		p.raiseUndefined(mod, name, vals)
		return nil
	}
}

// isMacro reports whether mod.name/arity is a macro (built in or
// defined by the program, defguard included): a guard may call one.
func (c *compiler) isMacro(mod, name term.Atom, arity int) bool {
	if b, ok := rt.Lookup(mod, name, arity); ok && b.Macro {
		return true
	}
	if m := c.in.getModule(mod); m != nil {
		_, ok := m.macros[fnKey{name, arity}]
		return ok || m.guards[fnKey{name, arity}]
	}
	return false
}

// raiseDotKey raises the KeyError of value.field on a value that is not a
// map (nil, a list...), worded as Elixir 1.18 words {:badkey, key, term}.
func (p *proc) raiseDotKey(key, t term.Term) {
	raw := term.Tuple{term.MakeAtom("badkey"), key, t}
	panic(&rt.Error{Kind: rt.KindError, Value: rt.NormalizeError(p, raw, term.Nil), Raw: raw})
}

// raiseUndefinedOnValue raises for a call like 1.foo().
func (p *proc) raiseUndefinedOnValue(t term.Term, name term.Atom, args []term.Term) {
	rt.ArgumentError(fmt.Sprintf("you attempted to apply a function named %s on %s. If you are using Kernel.apply/3, make sure the module is an atom. If you are using the dot syntax, such as module.function(), make sure the left-hand side of the dot is an atom representing a module", rt.Inspect(p, name), rt.Inspect(p, t)))
}

// specialRemote handles remote calls that need the evaluator.
func (c *compiler) specialRemote(mod, name term.Atom, n *ast.Call, s *scope, tail bool) expr {
	args := n.Args
	ln := n.Pos.Line
	switch mod.Name() {
	case "Elixir.Kernel":
		switch name.Name() {
		case "to_string", "then", "is_nil", "raise", "reraise", "match?", "destructure", "in", "..", "!", "&&", "||", "and", "or", "not",
			"+", "-", "*", "/", "==", "!=", "===", "!==", "<", ">", "<=", ">=", "++", "--", "<>", "div", "rem",
			"if", "unless", "|>", "tap", "get_in", "put_in", "update_in", "pop_in", "get_and_update_in":
			return c.special(name.Name(), &ast.Call{Pos: n.Pos, Fun: ast.Atom(n.Pos, name.Name()), Args: args, Meta: n.Meta}, args, s, tail)
		}
	case "Elixir.Macro":
		if name.Name() == "escape" && len(args) == 1 {
			return c.expr(args[0], s, tail)
		}
	case "Elixir.Access":
		if name.Name() == "get" && len(args) == 2 {
			a, b := c.expr(args[0], s, false), c.expr(args[1], s, false)
			return func(p *proc, fr []term.Term) term.Term {
				container := a(p, fr)
				key := b(p, fr)
				p.setLine(ln)
				return p.accessGet(container, key)
			}
		}
	}
	return nil
}

// listAccessKey raises Access.get/3's errors for a list read with a key
// that is not an atom (Elixir 1.18's wording).
func listAccessKey(env rt.Env, key term.Term) {
	switch key.(type) {
	case term.Atom:
		return
	case term.Int, *term.BigInt:
		rt.ArgumentError("the Access module does not support accessing lists by index, got: " + rt.Inspect(env, key) +
			"\n\nAccessing a list by index is typically discouraged in Elixir, instead we prefer to use the Enum " +
			"module to manipulate lists as a whole. If you really must access a list element by index, you can use " +
			"Enum.at/2 or the functions in the List module")
	}
	rt.ArgumentError("the Access module supports only keyword lists (with atom keys), got: " + rt.Inspect(env, key) +
		"\n\nIf you want to search lists of tuples, use List.keyfind/3")
}

// accessGet is container[key].
func (p *proc) accessGet(container, key term.Term) term.Term {
	switch m := container.(type) {
	case *term.Map:
		if !structName(m).IsZero() {
			// A struct: Access.get/2 calls the module's fetch/2.
			if b, ok := rt.Lookup(rt.ModuleAtom("Access"), term.MakeAtom("get"), 2); ok {
				return b.Fn(p, []term.Term{m, key})
			}
		}
		if v, ok := m.Get(key); ok {
			return v
		}
		return term.NilAtom
	case term.Atom:
		if m == term.NilAtom {
			return term.NilAtom
		}
	case term.EmptyList:
		listAccessKey(p, key)
		return term.NilAtom
	case *term.Cons:
		listAccessKey(p, key)
		for l := term.Term(m); ; {
			cell, ok := l.(*term.Cons)
			if !ok {
				return term.NilAtom
			}
			if t, ok := cell.Head.(term.Tuple); ok && len(t) == 2 && t[0] == key {
				return t[1]
			}
			l = cell.Tail
		}
	}
	if b, ok := rt.Lookup(rt.ModuleAtom("Access"), term.MakeAtom("get"), 2); ok {
		return b.Fn(p, []term.Term{container, key})
	}
	rt.ArgumentError(fmt.Sprintf("the Access module does not support accessing %s with key %s", rt.Inspect(p, container), rt.Inspect(p, key)))
	return nil
}

// anonCall compiles f.(args).
func (c *compiler) anonCall(n *ast.Call, target ast.Node, s *scope, tail bool) expr {
	fe := c.expr(target, s, false)
	args := c.exprs(n.Args, s)
	ln := n.Pos.Line
	return func(p *proc, fr []term.Term) term.Term {
		fv := fe(p, fr)
		if f, ok := fv.(*term.Fun); ok && f.Arity == len(args) {
			if fn, env := closureOf(f); fn != nil {
				if tail {
					return tailCall(p, fr, fn, env, args)
				}
				return directCall(p, fr, fn, env, args, ln)
			}
		}
		vals := callArgs(p, fr, args)
		p.setLine(ln)
		return p.callValue(fv, vals)
	}
}

// fnExpr compiles fn clauses -> body end.
func (c *compiler) fnExpr(n *ast.Call, s *scope) expr {
	if len(n.Args) == 0 {
		c.errorf(n.Pos, "expected anonymous functions to be defined with -> inside: 'fn'")
	}
	var clauses []*ast.Call
	for _, a := range n.Args {
		cl, ok := a.(*ast.Call)
		if name, _ := cl.CallName(); !ok || name != "->" {
			c.errorf(n.Pos, "expected anonymous functions to be defined with -> inside: 'fn'")
		}
		clauses = append(clauses, cl)
	}
	params0, _ := clauseHead(clauses[0])
	arity := len(params0)
	fs := newFnScope(s)
	fs.fs.nslots = arity
	defer c.requireScope()()
	c.anonN++
	fn := &function{anon: true, mod: c.modName, arity: arity, line: n.Pos.Line, lib: c.lib, file: c.spliceFile,
		display: anonName(arity, c.where),
		funName: fmt.Sprintf("-%s-fun-%d-", c.beamName, c.anonN-1),
		index:   uint32(c.anonN - 1)}
	for _, cl := range clauses {
		params, guard := clauseHead(cl)
		if len(params) != arity {
			// elixir_fn reports it at the fn
			e := c.newError(n.Pos, "cannot mix clauses with different arities in anonymous functions")
			e.oneCaret = true
			panic(e)
		}
		fn.clauses = append(fn.clauses, c.fnClause(params, guard, cl.Args[1], fs, true))
	}
	fn.nslots = fs.fs.nslots
	caps := fs.fs.captures
	// The BEAM passes captured variables as extra arguments, and stack
	// traces show that arity.
	fn.display = anonName(arity+len(caps), c.where)
	for _, cp := range caps {
		fn.captures = append(fn.captures, cp.inner)
	}
	uniq := c.in.funCounter.Add(1)
	mk := func(env []term.Term) *term.Fun {
		return &term.Fun{Arity: arity, Module: c.modName, Name: term.MakeAtom(fn.funName), Index: fn.index, Uniq: uniq, Code: fn, Env: env}
	}
	if len(caps) == 0 {
		fn.constFun = mk(nil)
		return constant(fn.constFun)
	}
	return func(p *proc, fr []term.Term) term.Term {
		env := make([]term.Term, len(caps))
		for i, cp := range caps {
			env[i] = fr[cp.outer]
		}
		p.count(funBytes + slotBytes*int64(len(env)))
		return mk(env)
	}
}

// clauseHead splits the head of a -> clause into parameters and guard.
func clauseHead(cl *ast.Call) ([]ast.Node, ast.Node) {
	var params []ast.Node
	if l, ok := cl.Args[0].(*ast.List); ok {
		params = l.Items
	}
	if len(params) == 1 {
		if w, ok := params[0].(*ast.Call); ok {
			if name, _ := w.CallName(); name == "when" && len(w.Args) >= 2 {
				return w.Args[:len(w.Args)-1], w.Args[len(w.Args)-1]
			}
		}
	}
	return params, nil
}

// fnClause compiles one clause of a function whose arguments are in the
// first slots of the frame.
func (c *compiler) fnClause(params []ast.Node, guard ast.Node, body ast.Node, s *scope, tail bool) *clause {
	cs := s.child()
	pc := newPatCtx(cs)
	cl := &clause{params: make([]param, len(params))}
	if len(params) > 0 {
		cl.line = params[0].Position().Line
	}
	for i, prm := range params {
		if v, ok := prm.(*ast.Var); ok && v.Name != "_" && !strings.HasPrefix(v.Name, "__") {
			if _, dup := pc.bound[varKey(v)]; !dup {
				pc.bound[varKey(v)] = i
				pc.order = append(pc.order, varKey(v))
				continue
			}
		}
		pm := param{kind: paramMatch, m: c.pattern(prm, pc)}
		if l, ok := prm.(*ast.Lit); ok {
			switch l.Value.(type) {
			case term.Int:
				pm.kind, pm.lit = paramInt, l.Value
			case term.Atom:
				pm.kind, pm.lit = paramAtom, l.Value
			}
		}
		cl.params[i] = pm
	}
	c.commit(pc)
	allVars := true
	for _, pm := range cl.params {
		if pm.kind != paramVar {
			allVars = false
		}
	}
	if allVars {
		cl.params = nil
	}
	if guard != nil {
		cl.guard = c.guard(guard, cs)
	}
	if c.keepBlame {
		cl.blame = c.clauseBlame(params, guard, cs)
		// the anonymous functions of the body keep no heads
		c.keepBlame = false
		defer func() { c.keepBlame = true }()
	}
	cl.body = c.expr(body, cs, tail)
	return cl
}

// guard compiles a guard: true passes; anything else, or an error, fails.
func (c *compiler) guard(g ast.Node, s *scope) func(p *proc, fr []term.Term) bool {
	// `when a when b` means a or b.
	if w, ok := g.(*ast.Call); ok {
		if name, _ := w.CallName(); name == "when" && len(w.Args) == 2 {
			a, b := c.guard(w.Args[0], s), c.guard(w.Args[1], s)
			return func(p *proc, fr []term.Term) bool { return a(p, fr) || b(p, fr) }
		}
	}
	old := c.inGuard
	c.inGuard = true
	e := c.expr(g, s, false)
	c.inGuard = old
	if safeGuard(g) {
		return func(p *proc, fr []term.Term) bool { return e(p, fr) == term.True }
	}
	return func(p *proc, fr []term.Term) (ok bool) {
		m := p.mark()
		defer func() {
			if r := recover(); r != nil {
				if _, isErr := r.(*rt.Error); !isErr {
					if _, isRT := r.(error); !isRT {
						panic(r)
					}
				}
				p.restore(m)
				ok = false
			}
		}()
		return e(p, fr) == term.True
	}
}

// safeGuard reports whether a guard can never raise.
func safeGuard(n ast.Node) bool {
	switch x := n.(type) {
	case *ast.Var, *ast.Lit:
		return true
	case *ast.Call:
		name, ok := x.CallName()
		if !ok {
			return false
		}
		switch name {
		case "==", "!=", "===", "!==", "<", ">", "<=", ">=":
			for _, a := range x.Args {
				if !safeGuard(a) {
					return false
				}
			}
			return true
		case "and", "or", "not":
			for _, a := range x.Args {
				if !boolGuard(a) {
					return false
				}
			}
			return true
		case "is_integer", "is_float", "is_number", "is_atom", "is_binary", "is_list", "is_map", "is_tuple", "is_boolean", "is_function", "is_pid", "is_nil", "is_bitstring", "is_reference":
			return len(x.Args) == 1 && safeGuard(x.Args[0])
		}
	}
	return false
}

func boolGuard(n ast.Node) bool {
	if c, ok := n.(*ast.Call); ok {
		if name, _ := c.CallName(); name != "" && name != "__aliases__" && name != "{}" && name != "%{}" {
			return safeGuard(n)
		}
	}
	if l, ok := n.(*ast.Lit); ok {
		return l.Value == term.True || l.Value == term.False
	}
	return false
}

// capture compiles &fun/arity, &Mod.fun/arity and &(expr with &1...).
func (c *compiler) capture(n *ast.Call, s *scope) expr {
	arg := n.Args[0]
	if l, ok := arg.(*ast.Lit); ok {
		if i, ok := l.Value.(term.Int); ok {
			// &1 on its own (as in &1 + 1): elixir_fn's capture of an integer
			e := c.newError(n.Pos, "capture argument &%d must be used within the capture operator &", int(i))
			e.oneCaret = true
			panic(e)
		}
	}
	if slash, ok := arg.(*ast.Call); ok {
		if name, _ := slash.CallName(); name == "/" && len(slash.Args) == 2 {
			if ar, ok := slash.Args[1].(*ast.Lit); ok {
				if arity, ok := ar.Value.(term.Int); ok {
					if e := c.captureNamed(slash.Args[0], int(arity), s); e != nil {
						return e
					}
				}
			}
		}
	}
	if inner := nestedCapture(arg); inner != nil {
		e := c.newError(inner.Pos, "nested captures are not allowed. You cannot define a function using "+
			"the capture operator & inside another function defined via &. Got invalid nested capture: %s", macrostr.ToString(inner))
		e.oneCaret = true
		panic(e)
	}
	if e := c.sequentialCapture(arg, s); e != nil {
		return e
	}
	// &(...) with &1, &2...: an anonymous function. Elixir reports its
	// errors at the captured call (elixir_fn:capture_import and
	// capture_require pass the call's metadata on), else at the &.
	errPos := n.Pos
	if call, ok := arg.(*ast.Call); ok {
		errPos = call.Pos
	}
	maxN := 0
	body := replaceCaptureArgs(arg, &maxN)
	if maxN == 0 {
		e := c.newError(errPos, "invalid args for &, expected one of:\n\n  * &Mod.fun/arity to capture a remote function, such as &Enum.map/2\n  * &fun/arity to capture a local or imported function, such as &is_atom/1\n  * &some_code(&1, ...) containing at least one argument as &1, such as &List.flatten(&1)\n\nGot: %s", macrostr.ToString(arg))
		e.oneCaret = true
		panic(e)
	}
	if missing, next := captureGap(arg, maxN); missing > 0 {
		// elixir_fn:validate names the first argument after the gap
		e := c.newError(errPos, "capture argument &%d cannot be defined without &%d "+
			"(you cannot skip arguments, all arguments must be numbered)", next, missing)
		e.oneCaret = true
		panic(e)
	}
	params := make([]ast.Node, maxN)
	for i := range params {
		params[i] = &ast.Var{Pos: n.Pos, Name: fmt.Sprintf("\x00cap%d", i+1)}
	}
	fnNode := &ast.Call{Pos: n.Pos, Fun: ast.Atom(n.Pos, "fn"), Args: []ast.Node{
		&ast.Call{Pos: n.Pos, Fun: ast.Atom(n.Pos, "->"), Args: []ast.Node{&ast.List{Pos: n.Pos, Items: params}, body}},
	}}
	return c.fnExpr(fnNode, s)
}

// nestedCapture finds a capture inside the body of &(...) (other than
// an argument &N), which Elixir forbids; quotes are not looked into.
func nestedCapture(n ast.Node) *ast.Call {
	var found *ast.Call
	ast.Inspect(n, func(n ast.Node) bool {
		if found != nil {
			return false
		}
		x, ok := n.(*ast.Call)
		if !ok {
			return true
		}
		switch name, _ := x.CallName(); {
		case name == "&" && len(x.Args) == 1:
			if _, ok := captureArgNumber(x); !ok {
				found = x
			}
			return false
		case name == "quote":
			return false
		}
		return true
	})
	return found
}

// captureArgNumber is N for the capture argument &N.
func captureArgNumber(x *ast.Call) (int, bool) {
	if l, ok := x.Args[0].(*ast.Lit); ok {
		if i, ok := l.Value.(term.Int); ok {
			return int(i), true
		}
	}
	return 0, false
}

// captureGap finds, in a capture body n whose highest argument is &max,
// the first of &1..&max absent (0 when none is) and the first present
// after it.
func captureGap(n ast.Node, max int) (missing, next int) {
	seen := map[int]bool{}
	ast.Inspect(n, func(n ast.Node) bool {
		if x, ok := n.(*ast.Call); ok {
			if name, _ := x.CallName(); name == "&" && len(x.Args) == 1 {
				if k, ok := captureArgNumber(x); ok {
					seen[k] = true
				}
			}
		}
		return true
	})
	for k := 1; k < max; k++ {
		if !seen[k] {
			next = k + 1
			for !seen[next] {
				next++
			}
			return k, next
		}
	}
	return 0, 0
}

// replaceCaptureArgs turns &N inside a capture into variables.
func replaceCaptureArgs(n ast.Node, maxN *int) ast.Node {
	switch x := n.(type) {
	case *ast.Call:
		if name, _ := x.CallName(); name == "&" && len(x.Args) == 1 {
			if l, ok := x.Args[0].(*ast.Lit); ok {
				if i, ok := l.Value.(term.Int); ok {
					if int(i) > *maxN {
						*maxN = int(i)
					}
					return &ast.Var{Pos: x.Pos, Name: fmt.Sprintf("\x00cap%d", i)}
				}
			}
		}
		args := make([]ast.Node, len(x.Args))
		for i, a := range x.Args {
			args[i] = replaceCaptureArgs(a, maxN)
		}
		return &ast.Call{Pos: x.Pos, Fun: replaceCaptureArgs(x.Fun, maxN), Args: args, Meta: x.Meta}
	case *ast.List:
		items := make([]ast.Node, len(x.Items))
		for i, a := range x.Items {
			items[i] = replaceCaptureArgs(a, maxN)
		}
		return &ast.List{Pos: x.Pos, Items: items}
	case *ast.Pair:
		return &ast.Pair{Pos: x.Pos, Left: replaceCaptureArgs(x.Left, maxN), Right: replaceCaptureArgs(x.Right, maxN)}
	}
	return n
}

// captureNamed compiles &name/arity and &Mod.name/arity.
func (c *compiler) captureNamed(target ast.Node, arity int, s *scope) expr {
	var name string
	switch t := target.(type) {
	case *ast.Var:
		name = t.Name
	case *ast.Call:
		if n, ok := t.CallName(); ok && len(t.Args) == 0 {
			name = n
			break
		}
		if dot, ok := t.Fun.(*ast.Call); ok && len(t.Args) == 0 {
			if dn, _ := dot.CallName(); dn == "." && len(dot.Args) == 2 {
				fname, _ := atomLit(dot.Args[1])
				if mod, ok := c.moduleOf(dot.Args[0]); ok {
					if e := c.capturedMacro(target.Position(), mod, fname.Name(), arity, s); e != nil {
						return e
					}
					mod, fname := inlinedCapture(mod, fname, arity)
					return constant(captureFun(mod, fname, arity))
				}
				me := c.expr(dot.Args[0], s, false)
				return func(p *proc, fr []term.Term) term.Term {
					m, ok := me(p, fr).(term.Atom)
					if !ok {
						rt.ArgumentError("invalid module in capture")
					}
					return &term.Fun{Arity: arity, Module: m, Name: fname, External: true}
				}
			}
		}
		return nil
	default:
		return nil
	}
	if !c.isLocalMacro(name, arity) {
		if e := c.capturedMacro(target.Position(), term.Atom{}, name, arity, s); e != nil {
			return e
		}
	}
	nameAtom := term.MakeAtom(name)
	ref := &localRef{name: nameAtom, arity: arity}
	if c.mod == nil || c.inTopLevelOfModule() {
		if !c.resolveImported(ref) {
			e := c.newError(target.Position(), "undefined function %s/%d (there is no such import)", name, arity)
			e.oneCaret = true
			panic(e)
		}
	} else {
		c.sites = append(c.sites, &localSite{ref: ref, pos: target.Position(), where: c.beamName})
	}
	modName := c.modName
	// the capture of a built-in, made at its first evaluation (the
	// site is resolved when its module is complete)
	var biFun atomic.Pointer[term.Fun]
	return func(p *proc, fr []term.Term) term.Term {
		if ref.fn != nil {
			return &term.Fun{Arity: arity, Module: ref.fn.mod, Name: nameAtom, External: ref.fn.public, Code: ref}
		}
		if ref.bi != nil {
			if f := biFun.Load(); f != nil {
				return f
			}
			mod, name := inlinedCapture(ref.bi.Module, nameAtom, arity)
			f := captureFun(mod, name, arity)
			biFun.Store(f)
			return f
		}
		return &term.Fun{Arity: arity, Module: modName, Name: nameAtom, External: true}
	}
}

package interp

import (
	"fmt"
	"strings"
	"unsafe"

	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/rt"
	"github.com/exlite/exlite/parser/ast"
)

// function is a compiled named function (one name/arity of a module) or
// an anonymous function.
type function struct {
	mod     term.Atom
	name    term.Atom
	arity   int
	nslots  int
	clauses []*clause
	public  bool
	anon    bool
	line    int32
	// col is the column of its first definition's name (where Elixir
	// places the definition's diagnostics).
	col int32
	// display is how the function appears in stack traces and messages:
	// "take/3" or "anonymous fn/0 in Mod.f/1".
	display string
	// captures are the inner slots receiving a closure's captured values.
	captures []int
	// native, when set, implements the function in Go.
	native func(p *proc, args []term.Term) term.Term
	// funName is the BEAM name of an anonymous function, "-f/1-fun-0-".
	funName string
	index   uint32
	// constFun is the shared value of a closure that captures nothing.
	constFun *term.Fun
	// generated functions (__struct__, __info__...) are not listed by
	// __info__(:functions).
	generated bool
	// anonCount numbers the anonymous functions defined in its clauses.
	anonCount int
	// overridable functions (defined by `use`) are replaced by the
	// module's own definition of the same name and arity.
	overridable bool
	// lib functions belong to exlite's Elixir library; their frames are
	// left out of stack traces, as Elixir's own are.
	lib bool
	// file is the source file of a function spliced into the program's
	// module from a library `use` ("lib/gen_server.ex"); "" for the
	// program's own file.
	file string
	// super is the overridable function this one replaced.
	super *function
}

// clause is one clause of a function.
type clause struct {
	params []param // nil when every parameter is a plain variable
	guard  func(p *proc, fr []term.Term) bool
	body   expr
	line   int32
	// defaultOf is the function whose default values this generated
	// clause fills in.
	defaultOf *function
	// blame is the clause's head as Exception.blame_mfa/3 shows it, kept
	// for the functions of compiled modules (Options.Compiled).
	blame *clauseBlame
}

// param is how one parameter of a clause is matched: the common literal
// patterns are checked inline, the rest by a matcher.
type param struct {
	kind uint8
	lit  term.Term // an Int or Atom literal
	m    matcher
}

// The kinds of param.
const (
	paramVar   uint8 = iota // a plain variable: nothing to check
	paramInt                // an integer literal
	paramAtom               // an atom literal
	paramMatch              // any other pattern
)

// invoke runs fn on the frame fr, which holds the arguments in its first
// slots, and returns its result. Calls in tail position loop here. Clause
// selection is written inline, saving a Go frame per Elixir call (deep
// body recursion costs Go stack).
//
// Its frame is under every Elixir call and under each waiting process's
// receive, so it holds only the loop: entering, clause selection, leaving
// and the next tail call are helpers that return before the clause body
// runs.
func (p *proc) invoke(fn *function, env []term.Term, fr []term.Term) term.Term {
	p.enter(fn)
	for {
		for i, slot := range fn.captures {
			fr[slot] = env[i]
		}
		var r term.Term
		if fn.native != nil {
			r = fn.native(p, fr[:fn.arity])
		} else {
			r = p.clauseFor(fn, fr).body(p, fr)
		}
		if r != tailMarker {
			if r != parkMarker {
				p.leave(fr)
			}
			return r
		}
		fn, env, fr = p.nextTail(fr)
	}
}

// enter pushes the call of fn on the Elixir call stack and counts a
// reduction.
//
//go:noinline
func (p *proc) enter(fn *function) {
	if len(p.calls) >= p.in.maxDepth {
		p.depthExceeded()
	}
	// Account for the Go stack this nesting uses (the distance from the
	// caller's invoke), so that deep recursion ends with an Elixir error
	// long before Go's own stack limit.
	var marker byte
	sp := uintptr(unsafe.Pointer(&marker))
	cost := uint32(defaultFrameCost)
	if prev := p.calls[len(p.calls)-1].sp; prev > sp && prev-sp < 1<<20 {
		cost = uint32(prev - sp)
	}
	p.stackBytes += cost
	if p.stackBytes > p.in.maxStack {
		p.stackBytes -= cost
		p.stackExceeded()
	}
	p.calls = append(p.calls, callRec{fn: fn, line: fn.line, sp: sp, bits: cost})
	if p.bp != nil {
		p.bp.Reduce(1)
	}
}

// leave pops the call whose frame is fr.
//
//go:noinline
func (p *proc) leave(fr []term.Term) {
	p.stackBytes -= p.calls[len(p.calls)-1].cost()
	p.calls = p.calls[:len(p.calls)-1]
	p.free(fr)
}

// nextTail replaces the current call, whose frame is fr, by the pending
// tail call, and returns its function, environment and frame.
//
//go:noinline
func (p *proc) nextTail(fr []term.Term) (*function, []term.Term, []term.Term) {
	p.free(fr)
	fn, env := p.tailFn, p.tailEnv
	fr = p.alloc(fn.nslots)
	for i := 0; i < fn.arity; i++ {
		fr[i] = p.tailArgs[i]
		p.tailArgs[i] = nil
	}
	top := &p.calls[len(p.calls)-1]
	top.fn, top.line = fn, fn.line
	top.bits &^= frameHidden
	if p.bp != nil {
		p.bp.Reduce(1)
	}
	return fn, env, fr
}

// clauseFor returns the first clause of fn matching the arguments in fr
// (binding its variables), or raises FunctionClauseError.
//
//go:noinline
func (p *proc) clauseFor(fn *function, fr []term.Term) *clause {
clauses:
	for _, cl := range fn.clauses {
		for i := range cl.params {
			pm := &cl.params[i]
			switch pm.kind {
			case paramVar:
			case paramInt:
				if v, ok := fr[i].(term.Int); !ok || v != pm.lit.(term.Int) {
					continue clauses
				}
			case paramAtom:
				if fr[i] != pm.lit {
					continue clauses
				}
			default:
				if !pm.m(p, fr, fr[i]) {
					continue clauses
				}
			}
		}
		if cl.guard != nil && !cl.guard(p, fr) {
			continue
		}
		return cl
	}
	args := make([]term.Term, fn.arity)
	copy(args, fr)
	if top := &p.calls[len(p.calls)-1]; top.fn == fn {
		// The guards tried moved the frame's line: the BEAM reports the
		// function's own.
		top.line = fn.line
	}
	p.raiseFunctionClause(fn, args)
	return nil
}

// defaultFrameCost is the Go stack assumed for a call whose cost cannot
// be measured (the stack moved in between).
const defaultFrameCost = 2048

// maxStackBytes bounds the Go stack an Elixir process may use for nested
// calls. Go stacks grow by doubling and the runtime never lets one pass
// 2e9 bytes whatever debug.SetMaxStack says, so a stack can use at most
// 1 GiB: this stays below it.
const maxStackBytes = 900 << 20

// callFunction calls fn with args (copied into a new frame).
func (p *proc) callFunction(fn *function, env []term.Term, args []term.Term) term.Term {
	fr := p.alloc(fn.nslots)
	copy(fr, args)
	return p.invoke(fn, env, fr)
}

// closureOf returns the interpreted function and environment behind a
// function value, if it is one.
func closureOf(f *term.Fun) (*function, []term.Term) {
	switch c := f.Code.(type) {
	case *function:
		env, _ := f.Env.([]term.Term)
		return c, env
	case *localRef:
		if c.fn != nil {
			return c.fn, nil
		}
	}
	return nil, nil
}

// callValue applies a function value to args (f.(args) and rt.Env.Call).
func (p *proc) callValue(fun term.Term, args []term.Term) term.Term {
	f, ok := fun.(*term.Fun)
	if !ok {
		p.raiseBadFunction(fun)
	}
	if f.Arity != len(args) {
		p.raiseBadArity(f, args)
	}
	if fn, env := closureOf(f); fn != nil {
		return p.callFunction(fn, env, args)
	}
	switch b := f.Code.(type) {
	case *mfaCode:
		return p.applySite(&b.site, args)
	case *rt.GoCode:
		return b.Fn(p, args)
	case rt.BuiltinFunc:
		return b(p, args)
	}
	return p.applyMFA(f.Module, f.Name, args)
}

// mfaCode is the Code of a function value &Mod.name/arity that the
// program's code makes (a capture of a built-in or of a remote
// function): its calls resolve Mod.name/arity as a remote call site
// does, once per program and generation of modules, rather than at
// every call as applyMFA does (for a value made at run time, by
// Function.capture/3 or spawn/3, which has no Code).
type mfaCode struct{ site remoteSite }

// captureFun is the function value &mod.name/arity, with its call site.
func captureFun(mod, name term.Atom, arity int) *term.Fun {
	return &term.Fun{Arity: arity, Module: mod, Name: name, External: true,
		Code: &mfaCode{site: remoteSite{mod: mod, name: name, arity: arity}}}
}

// isMFA reports whether f is &Mod.name/arity of a module's function
// (rather than a capture of a local function or an anonymous one).
func isMFA(f *term.Fun) bool {
	if !f.External {
		return false
	}
	switch f.Code.(type) {
	case nil, *mfaCode:
		return true
	}
	return false
}

// applySite calls what site resolves to with args, as applyMFA would.
func (p *proc) applySite(site *remoteSite, args []term.Term) term.Term {
	r := p.resolveSite(site)
	if r.fn != nil {
		return p.callFunction(r.fn, nil, args)
	}
	if b := r.bi; b != nil && !b.Macro { // a macro is no function at run time (applyMFA)
		if !r.sandboxOK && p.in.opts.Sandbox {
			p.raiseSandbox(site.mod, site.name, site.arity)
		}
		if r.bif != nil {
			return callBIF(p, b, *r.bif, args)
		}
		return b.Fn(p, args)
	}
	return p.applyMFA(site.mod, site.name, args)
}

// localRef is a local call target, resolved when its module is complete.
type localRef struct {
	name  term.Atom
	arity int
	fn    *function
	builtinTarget
	// imported module when the call goes to an import.
	mod term.Atom
}

// lookupFunction finds a user-defined function; public selects only
// exported ones.
func (in *Interp) lookupFunction(mod, name term.Atom, arity int) (*module, *function) {
	in.mu.RLock()
	m := in.modules[mod]
	in.mu.RUnlock()
	if m == nil {
		return nil, nil
	}
	return m, m.funcs[fnKey{name, arity}]
}

// applyMFA calls Module.name(args...).
func (p *proc) applyMFA(mod, name term.Atom, args []term.Term) term.Term {
	m, fn := p.in.lookupFunction(mod, name, len(args))
	if m == nil && p.ensureLib(mod) {
		m, fn = p.in.lookupFunction(mod, name, len(args))
	}
	if fn != nil && fn.public {
		return p.callFunction(fn, nil, args)
	}
	if m == nil {
		if r, ok := p.protocolDispatch(mod, name, args); ok {
			return r
		}
		// a macro is no function at run time: apply/3 or a capture of
		// one without require fails as undefined (with the hint to
		// require its module)
		if b, ok := rt.Lookup(mod, name, len(args)); ok && !b.Macro {
			if p.in.opts.Sandbox {
				p.checkSandbox(mod, name, len(args))
			}
			if f, ok := lookupBIFFrame(b); ok {
				return callBIF(p, b, f, args)
			}
			return b.Fn(p, args)
		}
		if isBuiltinException(mod) {
			switch {
			case name == atomExceptionFn && len(args) == 1:
				return p.applyException(mod, args[0])
			case name == atomMessage && len(args) == 1:
				return term.Binary(p.ExceptionMessage(args[0]))
			}
		}
		if r, ok := builtinReflection(mod, name, args); ok {
			return r
		}
		if p.in.opts.Sandbox && !isBuiltinException(mod) {
			p.checkSandbox(mod, name, len(args))
		}
	}
	p.raiseUndefined(mod, name, args)
	return nil
}

var atomExceptionFn = term.MakeAtom("exception")

// isBuiltinException reports whether mod names one of Elixir's exceptions.
func isBuiltinException(mod term.Atom) bool {
	n := mod.Name()
	return strings.HasPrefix(n, "Elixir.") && (strings.HasSuffix(n, "Error") || strings.HasSuffix(n, "Exception"))
}

// module is a compiled user module.
type module struct {
	name term.Atom
	// bodyScope and bodyFrame are the module body's variables, which
	// the unquote fragments of its macros (compiled when first used)
	// read.
	bodyScope *scope
	bodyFrame *[]term.Term
	// file is the file that defined the module.
	file  string
	funcs map[fnKey]*function
	// structDefault is the default struct of a module with defstruct.
	structDefault *term.Map
	enforce       []term.Atom
	exception     bool
	protocol      *protocolInfo
	attrs         map[string]term.Term
	// structOrder lists the struct's fields in definition order.
	structOrder []term.Atom
	// implFor is the type a protocol implementation is for.
	implFor term.Atom
	// macros keeps defmacro definitions (used by `use` and
	// @before_compile).
	macros map[fnKey]*ast.Call
	// macroDefs keeps every clause of each defmacro, in order, for
	// expansion (macro.go).
	macroDefs map[fnKey][]*ast.Call
	// macroAliases are the aliases in effect at each defmacro, which its
	// body (its quotes) sees.
	macroAliases map[fnKey]map[string]term.Atom
	// privateMacros marks the defmacrop ones among macros.
	privateMacros map[fnKey]bool
	// expanded keeps the module's macros compiled, once the module is
	// defined, and its library __using__'s expansions (macro.go).
	expanded macroCache
	// guards marks the functions defguard defined: guards may call them.
	guards map[fnKey]bool
	// info holds what module_info/__info__/behaviour_info report.
	info moduleInfo
}

// fnKey identifies a function of a module.
type fnKey struct {
	name  term.Atom
	arity int
}

// defined reports whether module mod exists (user or built-in).
func (in *Interp) moduleExists(mod term.Atom) bool {
	in.mu.RLock()
	_, ok := in.modules[mod]
	in.mu.RUnlock()
	if ok {
		return true
	}
	return len(rt.ModuleExports(mod)) > 0
}

func (in *Interp) getModule(mod term.Atom) *module {
	in.mu.RLock()
	defer in.mu.RUnlock()
	return in.modules[mod]
}

// mfaString prints Mod.fun/arity as Elixir does.
func mfaString(mod, name term.Atom, arity int) string {
	return fmt.Sprintf("%s.%s/%d", rt.ModuleName(mod), funName(name), arity)
}

// funName prints a function name as it appears after a dot.
func funName(name term.Atom) string {
	n := name.Name()
	if n == "" {
		return `""`
	}
	if isIdentifier(n) {
		return n
	}
	if isOperator(n) {
		return n
	}
	return fmt.Sprintf("%q", n)
}

func isIdentifier(s string) bool {
	for i, r := range s {
		switch {
		case r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' && i > 0:
		case r >= '0' && r <= '9' && i > 0:
		case (r == '?' || r == '!') && i == len(s)-1 && i > 0:
		case r > 127:
		default:
			return false
		}
	}
	return true
}

func isOperator(s string) bool {
	switch s {
	case "+", "-", "*", "/", "++", "--", "<>", "==", "!=", "===", "!==", "<", ">", "<=", ">=", "&&", "||", "!", "and", "or", "not", "in", "|>", "..", "=~", "<<<", ">>>", "&&&", "|||", "^^^", "~~~", "<-", "\\\\", "::", "=", "|", "@", "&", "^", "..//":
		return true
	}
	return false
}

// anonName prints "anonymous fn/1 in Mod.f/2" for an enclosing function.
func anonName(arity int, where string) string {
	return fmt.Sprintf("anonymous fn/%d in %s", arity, where)
}

var _ = strings.Builder{}

package interp

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/macrostr"
	"github.com/exlite/exlite/interp/rt"
	"github.com/exlite/exlite/parser/ast"
)

// compiler turns AST into closures. One compiler exists per module being
// defined, and one for the file's top level.
type compiler struct {
	in  *Interp
	mod *module // nil at the top level
	// modName is the module atom (elixir_compiler_0 at the top level).
	modName term.Atom
	// where names the enclosing function for anonymous ones: "Mod.f/1".
	where string
	// beamName is the enclosing function's "f/1", for "-f/1-fun-0-".
	beamName string
	anonN    int
	aliases  map[string]term.Atom
	attrs    map[string]term.Term
	imports  []importSpec
	// requires holds the modules `require`d (or imported, or used) in
	// the lexical scope being compiled: a remote call to a built-in macro
	// of another module runs only there (see requireForm).
	requires map[term.Atom]bool
	// contextModules are the modules the file's top level defines before
	// the code being compiled (elixir_env's context_modules): not loaded
	// yet while the file compiles, as Elixir expands the whole file first.
	contextModules map[term.Atom]bool
	// sites are local calls waiting for the module to be complete.
	sites []*localSite
	// keepBlame is set while compiling a def of a compiled module
	// (Options.Compiled): its clauses keep their heads (clause.blame).
	keepBlame bool
	// inGuard is set while compiling a guard.
	inGuard bool
	// lib is set while compiling exlite's own Elixir library.
	lib bool
	// superFn is the overridden function `super` calls in the def being
	// compiled.
	superFn *function
	// bodyProc, bodyScope and bodyFrame run module-body code while a
	// module is being defined (for unquote in spliced code).
	bodyProc  *proc
	bodyScope *scope
	bodyFrame *[]term.Term
	// accumulate lists the attributes registered with accumulate: true.
	accumulate map[string]bool
	// beforeCompileHooks are the modules of @before_compile.
	beforeCompileHooks []term.Atom
	// modLine is the line of the module's defmodule.
	modLine int32
	// defaults records, by function name, the arity and number of
	// default values of each definition that declared defaults.
	defaults map[term.Atom][][2]int
	// spliceFile is the library file whose `use` code is being spliced
	// into the module (function.file), "" otherwise.
	spliceFile string
	// quoteContext, set while compiling a user macro, is the context its
	// quotes give their variables (the macro's module: see macro.go).
	quoteContext term.Atom
	// usedMacros is set once a user macro was expanded in the module.
	usedMacros bool
}

// importSpec is one `import Mod` with its only:/except: lists.
type importSpec struct {
	mod    term.Atom
	only   map[fnKey]bool
	except map[fnKey]bool
}

// localSite is a local call to resolve when the module is complete.
type localSite struct {
	ref   *localRef
	pos   ast.Pos
	where string
	isVar bool // written as a bare name: a variable if nothing defines it
}

func (c *compiler) errorf(pos ast.Pos, format string, args ...any) {
	panic(c.newError(pos, format, args...))
}

// beamWhere is the enclosing function as a diagnostic names it:
// Mod.fun/1, Mod."test adds"/1.
func (c *compiler) beamWhere() string {
	name, arity := c.beamName, ""
	if i := strings.LastIndexByte(name, '/'); i >= 0 {
		name, arity = name[:i], name[i:]
	}
	return rt.ModuleName(c.modName) + "." + funName(term.MakeAtom(name)) + arity
}

// newError builds the compile error errorf raises.
func (c *compiler) newError(pos ast.Pos, format string, args ...any) *compileError {
	e := &compileError{pos: pos, msg: fmt.Sprintf(format, args...)}
	if c.mod != nil {
		e.module = rt.ModuleName(c.modName)
		if c.beamName != "" {
			e.where = c.beamWhere()
		} else {
			// the module's body
			e.where = e.module + " (module)"
		}
	}
	return e
}

func line(n ast.Node) int32 {
	if n == nil {
		return 0
	}
	return n.Position().Line
}

func constant(v term.Term) expr {
	return func(*proc, []term.Term) term.Term { return v }
}

// atomLit returns the atom of an atom literal node.
func atomLit(n ast.Node) (term.Atom, bool) {
	if l, ok := n.(*ast.Lit); ok {
		if a, ok := l.Value.(term.Atom); ok {
			return a, true
		}
	}
	return term.Atom{}, false
}

// keywords reads a literal keyword list [k: v, ...].
func keywords(n ast.Node) ([]string, map[string]ast.Node, bool) {
	l, ok := n.(*ast.List)
	if !ok {
		return nil, nil, false
	}
	var order []string
	m := map[string]ast.Node{}
	for _, it := range l.Items {
		p, ok := it.(*ast.Pair)
		if !ok {
			return nil, nil, false
		}
		a, ok := atomLit(p.Left)
		if !ok {
			return nil, nil, false
		}
		order = append(order, a.Name())
		m[a.Name()] = p.Right
	}
	return order, m, true
}

// blockItems returns the expressions of a block.
func blockItems(n ast.Node) []ast.Node {
	if n == nil {
		return nil
	}
	if c, ok := n.(*ast.Call); ok {
		if name, ok := c.CallName(); ok && name == "__block__" {
			return c.Args
		}
	}
	return []ast.Node{n}
}

// clausesOf returns the -> clauses of a do/else block.
func clausesOf(n ast.Node) []*ast.Call {
	var out []*ast.Call
	if l, ok := n.(*ast.List); ok {
		for _, it := range l.Items {
			if c, ok := it.(*ast.Call); ok {
				if name, _ := c.CallName(); name == "->" {
					out = append(out, c)
				}
			}
		}
	}
	return out
}

// isClauses reports whether n is a list of -> clauses.
func isClauses(n ast.Node) bool {
	l, ok := n.(*ast.List)
	if !ok || len(l.Items) == 0 {
		return false
	}
	c, ok := l.Items[0].(*ast.Call)
	if !ok {
		return false
	}
	name, _ := c.CallName()
	return name == "->"
}

// topBeamName is the name and arity of the function a file's top level
// runs as (rt.TopFunction).
const topBeamName = rt.TopFunction + "/1"

// topCompiler is a compiler of code at a file's top level (outside any
// module), as the file's, Code.eval_string's and a library's own.
func (in *Interp) topCompiler() *compiler {
	return &compiler{in: in, modName: atomTopModule, where: rt.ModuleName(atomTopModule) + "." + topBeamName, beamName: topBeamName,
		aliases: map[string]term.Atom{}, attrs: map[string]term.Term{}}
}

// compileTop compiles the file's top level.
func (in *Interp) compileTop(file *ast.File) *topCode {
	c := in.topCompiler()
	s := newFnScope(nil)
	var body expr
	if file.Root == nil {
		body = constant(term.NilAtom)
	} else {
		// The file's last expression is in tail position: a call there
		// replaces the (file) frame, as on the BEAM.
		body = c.expr(file.Root, s, !c.lib)
	}
	c.resolveSites()
	return &topCode{nslots: s.fs.nslots, body: body}
}

// topCode is the compiled top level of a file.
type topCode struct {
	nslots int
	body   expr
}

func (t *topCode) run(p *proc) term.Term {
	fr := p.alloc(t.nslots)
	r := t.body(p, fr)
	if r == tailMarker {
		fn, env := p.tailFn, p.tailEnv
		nfr := p.alloc(fn.nslots)
		copy(nfr, p.tailArgs[:fn.arity])
		p.calls[len(p.calls)-1].bits |= frameHidden
		r = p.invoke(fn, env, nfr)
	}
	return r
}

// block compiles a sequence of expressions.
func (c *compiler) block(items []ast.Node, s *scope, tail bool) expr {
	switch len(items) {
	case 0:
		return constant(term.NilAtom)
	case 1:
		return c.expr(items[0], s, tail)
	}
	es := make([]expr, len(items))
	for i, it := range items {
		es[i] = c.expr(it, s, tail && i == len(items)-1)
	}
	if len(es) == 2 {
		a, b := es[0], es[1]
		return func(p *proc, fr []term.Term) term.Term {
			a(p, fr)
			return b(p, fr)
		}
	}
	last := es[len(es)-1]
	init := es[:len(es)-1]
	return func(p *proc, fr []term.Term) term.Term {
		for _, e := range init {
			e(p, fr)
		}
		return last(p, fr)
	}
}

// exprs compiles a list of expressions.
func (c *compiler) exprs(ns []ast.Node, s *scope) []expr {
	es := make([]expr, len(ns))
	for i, n := range ns {
		es[i] = c.expr(n, s, false)
	}
	return es
}

// expr compiles one expression; tail says it is in tail position.
func (c *compiler) expr(n ast.Node, s *scope, tail bool) expr {
	switch n := n.(type) {
	case nil:
		return constant(term.NilAtom)
	case *ast.Lit:
		return constant(n.Value)
	case *ast.Pair:
		a, b := c.expr(n.Left, s, false), c.expr(n.Right, s, false)
		return func(p *proc, fr []term.Term) term.Term {
			x := a(p, fr)
			return term.Tuple{x, b(p, fr)}
		}
	case *ast.List:
		return c.list(n, s)
	case *ast.Var:
		return c.variable(n, s)
	case *ast.Call:
		return c.call(n, s, tail)
	}
	c.errorf(n.Position(), "cannot compile %T", n)
	return nil
}

func (c *compiler) list(n *ast.List, s *scope) expr {
	items := n.Items
	var tailE expr
	if len(items) > 0 {
		if bar, ok := items[len(items)-1].(*ast.Call); ok {
			if name, _ := bar.CallName(); name == "|" && len(bar.Args) == 2 {
				items = append(append([]ast.Node{}, items[:len(items)-1]...), bar.Args[0])
				tailE = c.expr(bar.Args[1], s, false)
			}
		}
	}
	if tailE == nil {
		allConst := true
		vals := make([]term.Term, len(items))
		for i, it := range items {
			l, ok := it.(*ast.Lit)
			if !ok {
				allConst = false
				break
			}
			vals[i] = l.Value
		}
		if allConst {
			return constant(term.List(vals...))
		}
	}
	es := c.exprs(items, s)
	return func(p *proc, fr []term.Term) term.Term {
		vals := make([]term.Term, len(es))
		for i, e := range es {
			vals[i] = e(p, fr)
		}
		var t term.Term = term.Nil
		if tailE != nil {
			t = tailE(p, fr)
		}
		p.count(cellBytes * int64(len(vals)))
		cells := make([]term.Cons, len(vals))
		for i := len(vals) - 1; i >= 0; i-- {
			cells[i] = term.Cons{Head: vals[i], Tail: t}
			t = &cells[i]
		}
		return t
	}
}

func (c *compiler) variable(n *ast.Var, s *scope) expr {
	switch n.Name {
	case "__MODULE__":
		if c.mod == nil {
			return constant(term.NilAtom)
		}
		return constant(c.modName)
	case "__STACKTRACE__":
		slot, ok := s.lookup("\x00stacktrace")
		if !ok {
			c.errorf(n.Pos, "__STACKTRACE__ is available only inside catch and rescue clauses of try expressions")
		}
		return func(p *proc, fr []term.Term) term.Term {
			if h, ok := fr[slot].(*errHolder); ok {
				return errorStacktrace(h.e)
			}
			return term.Nil
		}
	case "__ENV__":
		return constant(c.macroEnv(n.Pos.Line))
	case "__CALLER__":
		return constant(term.NilAtom)
	case "__DIR__":
		return constant(term.Binary("."))
	}
	if slot, ok := s.lookup(varKey(n)); ok {
		return func(p *proc, fr []term.Term) term.Term { return fr[slot] }
	}
	if strings.HasPrefix(n.Name, "_") && n.Name != "_" {
		c.errorf(n.Pos, "undefined variable %q", n.Name)
	}
	if n.Name == "_" {
		c.errorf(n.Pos, "invalid use of _. _ can only be used inside patterns to ignore values and cannot be used in expressions. Make sure you are inside a pattern or change it accordingly")
	}
	// A bare name may be a call of a zero-arity function.
	return c.localCall(&ast.Call{Pos: n.Pos, Fun: ast.Atom(n.Pos, n.Name), Args: []ast.Node{}, Meta: ast.Meta{NoParens: true}}, s, false, true)
}

// noGuardScope is elixir_expand's assert_no_guard_scope: what a guard
// cannot hold fails the whole file, at the construct.
func (c *compiler) noGuardScope(n *ast.Call, kind string) {
	if !c.inGuard {
		return
	}
	panic(&compileError{pos: n.Pos, oneCaret: true, msg: "invalid expression in guards, " + kind +
		" is not allowed in guards. To learn more about guards, visit: https://hexdocs.pm/elixir/patterns-and-guards.html#guards"})
}

// errHolder keeps a caught error in a frame slot (for __STACKTRACE__ and
// reraise).
type errHolder struct{ e *rt.Error }

func (*errHolder) Kind() term.Kind { return term.KindAtom }

// call compiles a call form: special forms, operators and calls.
func (c *compiler) call(n *ast.Call, s *scope, tail bool) expr {
	if v, ok := c.varBang(n); ok {
		return c.variable(v, s)
	}
	name, isLocal := n.CallName()
	if !isLocal {
		if dot, ok := n.Fun.(*ast.Call); ok {
			if dn, _ := dot.CallName(); dn == "." {
				if len(dot.Args) == 1 {
					return c.anonCall(n, dot.Args[0], s, tail)
				}
				if len(dot.Args) == 2 {
					fname, ok := atomLit(dot.Args[1])
					if !ok {
						c.errorf(n.Pos, "invalid remote call")
					}
					return c.remoteCall(n, dot.Args[0], fname, n.Args, s, tail)
				}
			}
		}
		c.errorf(n.Pos, "invalid call")
	}
	args := n.Args
	if e := c.special(name, n, args, s, tail); e != nil {
		return e
	}
	if x := c.userMacroCall(n); x != nil {
		return c.expr(x, s, tail)
	}
	return c.localCall(n, s, tail, false)
}

// special compiles special forms, operators and macros; nil if name is
// an ordinary call.
func (c *compiler) special(name string, n *ast.Call, args []ast.Node, s *scope, tail bool) expr {
	ln := n.Pos.Line
	if k := kernelMacroFrames[name]; k > 0 && (name != "!" || len(args) == 1) {
		defer c.addMacroFrames(n.Pos, k)
	}
	switch name {
	case "__block__":
		return c.block(args, s, tail)
	case "__aliases__":
		return constant(c.aliasAtom(n))
	case "{}":
		es := c.exprs(args, s)
		return func(p *proc, fr []term.Term) term.Term {
			t := make(term.Tuple, len(es))
			for i, e := range es {
				t[i] = e(p, fr)
			}
			p.count(tupleBytes + slotBytes*int64(len(t)))
			return t
		}
	case "%{}":
		return c.mapExpr(n, s)
	case "%":
		return c.structExpr(n, s)
	case "<<>>":
		return c.binaryExpr(n, s)
	case "=":
		if len(args) == 2 {
			c.noGuardScope(n, "=")
			return c.match(n, s)
		}
	case "fn":
		c.noGuardScope(n, "fn")
		return c.fnExpr(n, s)
	case "&":
		if len(args) == 1 {
			return c.capture(n, s)
		}
	case "|>":
		if len(args) == 2 {
			return c.expr(pipeInto(args[0], args[1]), s, tail)
		}
	case "case":
		c.noGuardScope(n, "case")
		return c.caseExpr(n, s, tail)
	case "cond":
		c.noGuardScope(n, "cond")
		return c.condExpr(n, s, tail)
	case "if", "unless":
		return c.ifExpr(n, name == "unless", s, tail)
	case "with":
		c.noGuardScope(n, "with")
		return c.withExpr(n, s, tail)
	case "for":
		c.noGuardScope(n, "for")
		return c.forExpr(n, s)
	case "try":
		c.noGuardScope(n, "try")
		return c.tryExpr(n, s)
	case "receive":
		c.noGuardScope(n, "receive")
		return c.receiveExpr(n, s, tail)
	case "raise":
		return c.raiseExpr(n, s)
	case "reraise":
		return c.reraiseExpr(n, s)
	case "super":
		if c.superFn == nil {
			c.errorf(n.Pos, "no super defined for %s in module %s. Overridable functions available are: ", c.beamName, rt.ModuleName(c.modName))
		}
		fn := c.superFn
		args := c.exprs(n.Args, s)
		return func(p *proc, fr []term.Term) term.Term {
			vals := callArgs(p, fr, args)
			p.setLine(ln)
			return p.callFunction(fn, nil, vals)
		}
	case "unquote", "unquote_splicing":
		if len(args) == 1 && (c.beamName == "" || c.beamName == topBeamName) {
			// only a definition's body takes unquote fragments
			// (elixir_expand's unquote_outside_quote)
			e := c.newError(n.Pos, "%s called outside quote", name)
			if c.mod != nil && e.where == "" {
				e.where = rt.ModuleName(c.modName) + " (module)"
			}
			panic(e)
		}
		if len(args) == 1 && name == "unquote" {
			if c.bodyProc != nil && c.bodyScope != nil {
				if v, ok := args[0].(*ast.Var); ok && c.mod != nil {
					c.checkFragmentVar(v, c.bodyScope)
				}
				// Inside code spliced by `use`: the value comes from the
				// module body at definition time.
				return constant(c.runBody(c.bodyProc, c.expr(args[0], c.bodyScope, false), c.bodyScope, c.bodyFrame))
			}
			return c.expr(args[0], s, tail)
		}
	case "@":
		return c.attrRead(n)
	case "->":
		if len(args) == 2 {
			// a clause where no construct takes clauses (elixir_expand's
			// unhandled_arrow_op)
			e := c.newError(n.Pos, "misplaced operator ->\n\nThis typically means invalid syntax or a macro is not available in scope")
			e.oneCaret = true
			panic(e)
		}
	case "|":
		if len(args) == 2 {
			// a cons outside a list or a map update (elixir_expand's
			// unhandled_cons_op)
			e := c.newError(n.Pos, "misplaced operator |/2\n\n"+
				"The | operator is typically used between brackets to mark the tail of a list:\n\n"+
				"    [head | tail]\n"+
				"    [head, middle, ... | tail]\n\n"+
				"It is also used to update maps and structs, via the %%{map | key: value} notation, "+
				"and in typespecs, such as @type and @spec, to express the union of two types")
			e.oneCaret = true
			panic(e)
		}
	case "^":
		arg := ""
		if len(args) == 1 {
			arg = macrostr.ToString(args[0])
		}
		e := c.newError(n.Pos, "misplaced operator ^%s\n\nThe pin operator ^ is supported only inside matches or inside custom macros. Make sure you are inside a match or all necessary macros have been required", arg)
		e.oneCaret = true
		panic(e)
	case "defmodule":
		return c.defmoduleExpr(n, s)
	case "alias":
		c.aliasForm(n)
		return constant(term.NilAtom)
	case "import":
		c.checkContextModule(n)
		c.importForm(n)
		return constant(term.NilAtom)
	case "require":
		c.checkContextModule(n)
		if mod, ok := c.requireForm(n); ok {
			return constant(mod)
		}
		return constant(term.NilAtom)
	case "quote":
		return c.quoteExpr(n, s)
	case "and", "or", "&&", "||":
		if len(args) == 2 {
			return c.boolOp(name, n, s, tail)
		}
	case "not", "!":
		if len(args) == 1 {
			if name == "not" {
				if inner, ok := args[0].(*ast.Call); ok {
					if iname, _ := inner.CallName(); iname == "in" && len(inner.Args) == 2 {
						e := c.inExpr(inner, s)
						return func(p *proc, fr []term.Term) term.Term {
							return term.Bool(e(p, fr) != term.True)
						}
					}
				}
			}
			a := c.expr(args[0], s, false)
			if name == "!" {
				return func(p *proc, fr []term.Term) term.Term { return term.Bool(!term.IsTruthy(a(p, fr))) }
			}
			return func(p *proc, fr []term.Term) term.Term {
				v := a(p, fr)
				switch v {
				case term.True:
					return term.False
				case term.False:
					return term.True
				}
				p.setLine(ln)
				rt.ArgumentError("argument error")
				return nil
			}
		}
	case "in":
		if len(args) == 2 {
			return c.inExpr(n, s)
		}
	case "..":
		if len(args) == 2 {
			c.checkRangeLiterals(n, args[0], args[1], nil)
			a, b := c.expr(args[0], s, false), c.expr(args[1], s, false)
			return func(p *proc, fr []term.Term) term.Term {
				x := a(p, fr)
				y := b(p, fr)
				return makeRange(p, x, y, nil)
			}
		}
		if len(args) == 0 {
			return constant(rangeStruct(term.Int(0), term.Int(-1), term.Int(1)))
		}
	case "..//":
		if len(args) == 3 {
			c.checkRangeLiterals(n, args[0], args[1], args[2])
			a, b, st := c.expr(args[0], s, false), c.expr(args[1], s, false), c.expr(args[2], s, false)
			return func(p *proc, fr []term.Term) term.Term {
				x := a(p, fr)
				y := b(p, fr)
				return makeRange(p, x, y, st(p, fr))
			}
		}
	case "destructure":
		if len(args) == 2 {
			if l, ok := args[0].(*ast.List); ok {
				return c.destructure(n, l, s)
			}
		}
	case "match?":
		if len(args) == 2 {
			return c.matchQ(n, s)
		}
	case "then":
		if len(args) == 2 {
			a, f := c.expr(args[0], s, false), c.expr(args[1], s, false)
			return func(p *proc, fr []term.Term) term.Term {
				x := a(p, fr)
				fv := f(p, fr)
				p.setLine(ln)
				return p.callValue(fv, []term.Term{x})
			}
		}
	case "is_nil":
		if len(args) == 1 {
			a := c.expr(args[0], s, false)
			return func(p *proc, fr []term.Term) term.Term { return term.Bool(a(p, fr) == term.NilAtom) }
		}
	case "to_string":
		if len(args) == 1 {
			a := c.expr(args[0], s, false)
			return func(p *proc, fr []term.Term) term.Term {
				v := a(p, fr)
				if b, ok := v.(term.Binary); ok {
					return b
				}
				p.setLine(ln)
				if tail {
					// String.Chars.to_string/1 is a remote call: in tail
					// position the caller's frame goes
					p.calls[len(p.calls)-1].bits |= frameHidden
				}
				return p.toString(v)
			}
		}
	case "def", "defp", "defmacro", "defmacrop", "defstruct", "defexception", "defprotocol", "defimpl", "defguard", "defguardp", "defdelegate", "defoverridable":
		if c.mod == nil {
			if name == "defprotocol" || name == "defimpl" {
				return c.defmoduleExpr(n, s)
			}
			c.argumentError(n.Pos, "cannot invoke %s/%d outside module", name, len(args))
		}
		if c.beamName != "" {
			c.argumentError(n.Pos, "cannot invoke %s/%d inside function/macro", name, len(args))
		}
		c.errorf(n.Pos, "%s is not allowed here", name)
	case "use":
		if c.mod == nil {
			return constant(term.NilAtom)
		}
	case "__STACKTRACE__":
		return c.variable(&ast.Var{Pos: n.Pos, Name: "__STACKTRACE__"}, s)
	case "binding":
		if len(args) == 0 {
			return c.binding(s, "")
		}
		if ctx, ok := atomLit(args[0]); ok && len(args) == 1 && ctx != term.NilAtom {
			return c.binding(s, ctx.Name())
		}
		return constant(term.Nil)
	case "put_in", "update_in":
		if e := c.pathMacro(name, n, s); e != nil {
			return e
		}
	case "get_and_update_in", "pop_in":
		if e := c.pathKeysMacro(name, n, s); e != nil {
			return e
		}
	case "get_in":
		if e := c.getInPath(n, s); e != nil {
			return e
		}
	}
	if strings.HasPrefix(name, "sigil_") && len(args) == 2 && kernelSigils[name[6:]] {
		return c.sigil(n, name[6:], s)
	}
	if op := c.operator(name, n, s); op != nil {
		return op
	}
	return nil
}

// pipeInto rewrites `left |> right` by making left the first argument.
func pipeInto(left, right ast.Node) ast.Node {
	switch r := right.(type) {
	case *ast.Call:
		if name, ok := r.CallName(); ok && (name == "fn" || name == "&") {
			break
		}
		args := append([]ast.Node{left}, r.Args...)
		return &ast.Call{Pos: r.Pos, Fun: r.Fun, Args: args, Meta: r.Meta}
	case *ast.Var:
		return &ast.Call{Pos: r.Pos, Fun: ast.Atom(r.Pos, r.Name), Args: []ast.Node{left}}
	}
	return &ast.Call{Pos: right.Position(), Fun: &ast.Call{Pos: right.Position(), Fun: ast.Atom(right.Position(), "."), Args: []ast.Node{right}}, Args: []ast.Node{left}}
}

// aliasAtom resolves an __aliases__ node to its module atom.
func (c *compiler) aliasAtom(n *ast.Call) term.Atom {
	var parts []string
	args := n.Args
	if len(args) == 1 {
		if x, ok := args[0].(*ast.Lit); ok && x.Value == term.Atom(term.MakeAtom("Elixir")) {
			return term.MakeAtom("Elixir")
		}
	}
	if len(args) > 1 {
		if x, ok := args[0].(*ast.Lit); ok && x.Value == term.Atom(term.MakeAtom("Elixir")) {
			// Elixir.String names String itself, never an alias of it.
			args = args[1:]
			for _, a := range args {
				if x, ok := a.(*ast.Lit); ok {
					if at, ok := x.Value.(term.Atom); ok {
						parts = append(parts, at.Name())
						continue
					}
				}
				c.errorf(n.Pos, "invalid alias")
			}
			return term.MakeAtom("Elixir." + strings.Join(parts, "."))
		}
	}
	for i, a := range args {
		switch x := a.(type) {
		case *ast.Lit:
			if at, ok := x.Value.(term.Atom); ok {
				if i == 0 {
					if full, ok := c.aliases[at.Name()]; ok {
						parts = append(parts, strings.TrimPrefix(full.Name(), "Elixir."))
						continue
					}
				}
				parts = append(parts, at.Name())
				continue
			}
		case *ast.Var:
			if x.Name == "__MODULE__" && i == 0 && c.mod != nil {
				parts = append(parts, strings.TrimPrefix(c.modName.Name(), "Elixir."))
				continue
			}
		}
		c.errorf(n.Pos, "invalid alias")
	}
	return term.MakeAtom("Elixir." + strings.Join(parts, "."))
}

// moduleOf returns the module atom of a node that names one at compile
// time (an alias, an atom or __MODULE__).
func (c *compiler) moduleOf(n ast.Node) (term.Atom, bool) {
	switch x := n.(type) {
	case *ast.Lit:
		if a, ok := x.Value.(term.Atom); ok {
			return a, true
		}
	case *ast.Var:
		if x.Name == "__MODULE__" && c.mod != nil {
			return c.modName, true
		}
	case *ast.Call:
		if name, _ := x.CallName(); name == "__aliases__" {
			return c.aliasAtom(x), true
		}
		if name, _ := x.CallName(); name == "__MODULE__" && c.mod != nil {
			return c.modName, true
		}
	}
	return term.Atom{}, false
}

// aliasForm handles alias Mod, alias Mod, as: X and alias Mod.{A, B}.
func (c *compiler) aliasForm(n *ast.Call) {
	if len(n.Args) == 0 {
		return
	}
	target := n.Args[0]
	// alias Mod.{A, B}
	if call, ok := target.(*ast.Call); ok {
		if dot, ok := call.Fun.(*ast.Call); ok {
			if dn, _ := dot.CallName(); dn == "." && len(dot.Args) == 2 {
				if fn, _ := atomLit(dot.Args[1]); fn.Name() == "{}" {
					base, ok := c.moduleOf(dot.Args[0])
					if !ok {
						return
					}
					for _, a := range call.Args {
						if al, ok := a.(*ast.Call); ok {
							var names []string
							for _, x := range al.Args {
								if at, ok := atomLit(x); ok {
									names = append(names, at.Name())
								}
							}
							full := term.MakeAtom(base.Name() + "." + strings.Join(names, "."))
							c.aliases[names[len(names)-1]] = full
						}
					}
					return
				}
			}
		}
	}
	mod, ok := c.moduleOf(target)
	if !ok {
		return
	}
	short := mod.Name()[strings.LastIndex(mod.Name(), ".")+1:]
	if len(n.Args) > 1 {
		if _, kw, ok := keywords(n.Args[1]); ok {
			if as, ok := kw["as"]; ok {
				if a, ok := c.moduleOf(as); ok {
					short = strings.TrimPrefix(a.Name(), "Elixir.")
				}
			}
		}
	}
	c.aliases[short] = mod
}

// importForm handles import Mod [, only: [...]].
func (c *compiler) importForm(n *ast.Call) {
	if len(n.Args) == 0 {
		return
	}
	mod, ok := c.moduleOf(n.Args[0])
	if !ok {
		return
	}
	spec := importSpec{mod: mod}
	if len(n.Args) > 1 {
		if _, kw, ok := keywords(n.Args[1]); ok {
			read := func(k string) map[fnKey]bool {
				l, ok := kw[k].(*ast.List)
				if !ok {
					return nil
				}
				set := map[fnKey]bool{}
				for _, it := range l.Items {
					if p, ok := it.(*ast.Pair); ok {
						a, _ := atomLit(p.Left)
						if ar, ok := p.Right.(*ast.Lit); ok {
							if i, ok := ar.Value.(term.Int); ok {
								set[fnKey{a, int(i)}] = true
							}
						}
					}
				}
				return set
			}
			spec.only = read("only")
			spec.except = read("except")
		}
	}
	c.imports = append(c.imports, spec)
	c.require(mod)
}

// requireForm handles require Mod [, as: Alias]: Mod's macros may be
// called in the rest of the lexical scope. It returns the module.
func (c *compiler) requireForm(n *ast.Call) (term.Atom, bool) {
	if len(n.Args) == 0 {
		return term.Atom{}, false
	}
	mod, ok := c.moduleOf(n.Args[0])
	if !ok {
		return term.Atom{}, false
	}
	if name := mod.Name(); !c.lib && strings.HasPrefix(name, "Elixir.") && !elixirModules[strings.TrimPrefix(name, "Elixir.")] &&
		!c.in.moduleExists(mod) && libFile(mod) == "" && !c.contextModules[mod] {
		// elixir_aliases:ensure_loaded, a file error
		e := c.newError(n.Pos, "module %s is not loaded and could not be found", rt.ModuleName(mod))
		e.oneCaret = true
		if c.mod != nil && c.beamName == "" {
			e.where = rt.ModuleName(c.modName) + " (module)"
		}
		panic(e)
	}
	c.require(mod)
	if len(n.Args) > 1 {
		if _, kw, ok := keywords(n.Args[1]); ok {
			if as, ok := kw["as"]; ok {
				if a, ok := c.moduleOf(as); ok {
					c.aliases[strings.TrimPrefix(a.Name(), "Elixir.")] = mod
				}
			}
		}
	}
	return mod, true
}

// checkContextModule is elixir_aliases' ensure_loaded for an import or
// require at the file's top level of a module the file defined above it
// (a file error: the module is compiled only when the file runs).
func (c *compiler) checkContextModule(n *ast.Call) {
	if c.mod != nil || c.lib || len(n.Args) == 0 {
		return
	}
	mod, ok := c.moduleOf(n.Args[0])
	if !ok || !c.contextModules[mod] || c.in.getModule(mod) != nil {
		return
	}
	e := c.newError(n.Pos, "module %s is not loaded but was defined. This happens when you depend on "+
		"a module in the same context in which it is defined. For example:\n\n"+
		"    defmodule MyApp do\n      defmodule Mod do\n      end\n\n      use Mod\n    end\n\n"+
		"Try defining the module outside the context that uses it:\n\n"+
		"    defmodule MyApp.Mod do\n    end\n\n    defmodule MyApp do\n      use MyApp.Mod\n    end\n\n"+
		"If the module is defined at the top-level and you are trying to "+
		"use it at the top-level, this is not supported by Elixir", rt.ModuleName(mod))
	e.oneCaret = true
	panic(e)
}

// require adds mod to the modules required in the current scope.
func (c *compiler) require(mod term.Atom) {
	if c.requires == nil {
		c.requires = map[term.Atom]bool{}
	}
	c.requires[mod] = true
}

// required reports whether the macros of mod may be called here: mod is
// the module being compiled, Kernel, or required in the current scope.
func (c *compiler) required(mod term.Atom) bool {
	return mod == c.modName || c.requires[mod] || mod.Name() == "Elixir.Kernel" || mod.Name() == "Elixir.Application"
}

// requireScope starts a lexical scope for require (a function body): the
// returned function ends it, forgetting what it required.
func (c *compiler) requireScope() func() {
	saved := c.requires
	c.requires = copyRequires(saved)
	return func() { c.requires = saved }
}

// copyRequires copies a set of required modules.
func copyRequires(r map[term.Atom]bool) map[term.Atom]bool {
	out := make(map[term.Atom]bool, len(r))
	for k, v := range r {
		out[k] = v
	}
	return out
}

// attrRead compiles @name: the attribute's value at this point.
func (c *compiler) attrRead(n *ast.Call) expr {
	if len(n.Args) != 1 {
		c.errorf(n.Pos, "invalid attribute")
	}
	v, ok := n.Args[0].(*ast.Var)
	if !ok {
		if call, ok := n.Args[0].(*ast.Call); ok {
			if name, ok := call.CallName(); ok && len(call.Args) == 0 {
				v = &ast.Var{Pos: call.Pos, Name: name}
			}
		}
	}
	if c.mod == nil {
		c.argumentError(n.Pos, "cannot invoke @/1 outside module")
	}
	if v == nil {
		if call, ok := n.Args[0].(*ast.Call); ok && c.beamName != "" {
			if name, ok := call.CallName(); ok && len(call.Args) == 1 {
				c.argumentError(n.Pos, "cannot set attribute @%s inside function/macro", name)
			}
		}
		c.errorf(n.Pos, "invalid attribute")
	}
	val, ok := c.attrs[v.Name]
	if !ok {
		val = term.NilAtom
	}
	return constant(val)
}

// macroEnv is __ENV__ at a line: a %Macro.Env{} whose module, function,
// file and line are the place's (the lexical fields stay empty).
func (c *compiler) macroEnv(line int32) term.Term {
	a := term.MakeAtom
	var mod, fun term.Term = term.NilAtom, term.NilAtom
	if c.mod != nil {
		mod = c.modName
		if i := strings.LastIndexByte(c.beamName, '/'); i > 0 {
			if n, err := strconv.Atoi(c.beamName[i+1:]); err == nil {
				fun = term.Tuple{a(c.beamName[:i]), term.Int(n)}
			}
		}
	}
	file := c.in.absFile()
	return term.EmptyMap.Put(a("__struct__"), a("Elixir.Macro.Env")).
		Put(a("aliases"), term.Nil).Put(a("context"), term.NilAtom).Put(a("context_modules"), term.Nil).
		Put(a("file"), term.Binary(file)).Put(a("function"), fun).Put(a("functions"), term.Nil).
		Put(a("lexical_tracker"), term.NilAtom).Put(a("line"), term.Int(line)).Put(a("macro_aliases"), term.Nil).
		Put(a("macros"), term.Nil).Put(a("module"), mod).Put(a("requires"), term.Nil).
		Put(a("tracers"), term.Nil).Put(a("versioned_vars"), term.EmptyMap)
}

package interp

import (
	"fmt"
	"maps"
	"strings"

	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/lint"
	"github.com/exlite/exlite/interp/rt"
	"github.com/exlite/exlite/interp/stdlib"
	"github.com/exlite/exlite/parser/ast"
)

// protocolInfo describes a protocol defined with defprotocol.
type protocolInfo struct {
	fallbackToAny bool
	// line is the line of the defprotocol (its generated impl_for!/1's).
	line  int32
	funcs []fnKey
}

// ignoredAttrs are module attributes that only document or annotate.
var ignoredAttrs = map[string]bool{
	"doc": true, "moduledoc": true, "typedoc": true, "spec": true, "type": true, "typep": true, "opaque": true,
	"callback": true, "macrocallback": true, "impl": true, "behaviour": true, "dialyzer": true, "compile": true,
	"vsn": true, "deprecated": true, "since": true, "optional_callbacks": true,
	"after_compile": true, "on_definition": true, "external_resource": true, "file": true, "on_load": true,
}

// defmoduleExpr compiles defmodule (and top-level defprotocol/defimpl):
// the module is compiled and defined when the expression runs.
func (c *compiler) defmoduleExpr(n *ast.Call, s *scope) expr {
	kind, _ := n.CallName()
	if len(n.Args) < 1 {
		c.errorf(n.Pos, "invalid %s", kind)
	}
	var name term.Atom
	var forTypes []term.Atom
	if kind == "defimpl" {
		proto, ok := c.moduleOf(n.Args[0])
		if !ok {
			c.errorf(n.Pos, "invalid defimpl")
		}
		_, kw, _ := keywords(n.Args[1])
		forNode := kw["for"]
		if forNode == nil {
			if len(n.Args) > 2 {
				_, kw2, _ := keywords(n.Args[1])
				forNode = kw2["for"]
			}
			if forNode == nil && c.mod != nil {
				forTypes = []term.Atom{c.modName}
			}
		}
		if l, ok := forNode.(*ast.List); ok {
			for _, it := range l.Items {
				m, ok := c.moduleOf(it)
				if !ok {
					c.errorf(n.Pos, "invalid defimpl for:")
				}
				forTypes = append(forTypes, m)
			}
		} else if forNode != nil {
			m, ok := c.moduleOf(forNode)
			if !ok {
				c.errorf(n.Pos, "invalid defimpl for:")
			}
			forTypes = []term.Atom{m}
		}
		name = proto
	} else {
		var ok bool
		name, ok = c.moduleOf(n.Args[0])
		if !ok {
			c.errorf(n.Pos, "invalid module name")
		}
		// A nested module gets the outer name as prefix and an alias.
		if al, isAlias := n.Args[0].(*ast.Call); isAlias && c.mod != nil {
			if an, _ := al.CallName(); an == "__aliases__" {
				if first, ok := atomLit(al.Args[0]); ok {
					if _, aliased := c.aliases[first.Name()]; !aliased {
						full := term.MakeAtom(c.modName.Name() + "." + strings.TrimPrefix(name.Name(), "Elixir."))
						c.aliases[first.Name()] = term.MakeAtom(c.modName.Name() + "." + first.Name())
						name = full
					}
				}
			}
		}
	}
	if c.mod == nil && kind != "defimpl" {
		if c.contextModules == nil {
			c.contextModules = map[term.Atom]bool{}
		}
		c.contextModules[name] = true
	}
	kw := c.doBlock(n)
	body := kw["do"]
	aliases := map[string]term.Atom{}
	for k, v := range c.aliases {
		aliases[k] = v
	}
	imports := append([]importSpec(nil), c.imports...)
	requires := copyRequires(c.requires)
	lib := c.lib
	ln := n.Pos.Line
	// The module is defined in the running program, p's: compiled code
	// may be shared by programs (ModuleCache).
	return func(p *proc, fr []term.Term) term.Term {
		in := p.in
		p.setLine(ln)
		if kind == "defimpl" {
			for _, t := range forTypes {
				implName := term.MakeAtom(name.Name() + "." + strings.TrimPrefix(t.Name(), "Elixir."))
				in.defineModule(p, implName, kind, body, aliases, imports, requires, t, lib, ln)
			}
			return term.NilAtom
		}
		in.defineModule(p, name, kind, body, aliases, imports, requires, term.Atom{}, lib, ln)
		return term.Tuple{term.MakeAtom("module"), name, term.Binary(""), term.NilAtom}
	}
}

// defineModule compiles a module body and registers the module; line is
// the line of its defmodule.
func (in *Interp) defineModule(p *proc, name term.Atom, kind string, body ast.Node, aliases map[string]term.Atom, imports []importSpec, requires map[term.Atom]bool, implFor term.Atom, lib bool, line int32) {
	if old := in.getModule(name); old != nil && !lib && old.file != "" {
		// elixir_module's check_module_availability, at the defmodule's
		// line (no column)
		in.printDiagnostics([]lint.Diagnostic{{Severity: lint.Warning, Line: int(line),
			Message: "redefining module " + rt.ModuleName(name) + " (current version defined in memory)",
			Where:   rt.ModuleName(name) + " (module)"}})
	}
	key, cacheable := in.cachedModuleKey(name, kind, body, aliases, imports, implFor, lib)
	cacheable = cacheable && len(requires) == 0
	if cacheable && in.reuseModule(key) {
		return
	}
	mod := &module{name: name, funcs: map[fnKey]*function{}, attrs: map[string]term.Term{}, implFor: implFor, macros: map[fnKey]*ast.Call{}}
	c := &compiler{in: in, mod: mod, modName: name, aliases: aliases, attrs: mod.attrs, imports: imports, requires: requires, lib: lib, modLine: line}
	if kind == "defprotocol" {
		mod.protocol = &protocolInfo{line: line}
	}
	if !implFor.IsZero() {
		c.attrs["for"] = implFor
		c.attrs["protocol"] = term.MakeAtom(name.Name()[:strings.LastIndex(name.Name(), ".")])
	}
	in.mu.Lock()
	if in.compiling == nil {
		in.compiling = map[term.Atom]*module{}
	}
	in.compiling[name] = mod
	in.mu.Unlock()
	defer func() {
		in.mu.Lock()
		delete(in.compiling, name)
		in.mu.Unlock()
	}()
	bodyScope := newFnScope(nil)
	bodyFrame := make([]term.Term, 64)
	c.bodyProc, c.bodyScope, c.bodyFrame = p, bodyScope, &bodyFrame
	mod.bodyScope, mod.bodyFrame = bodyScope, &bodyFrame
	in.moduleWarnings(body, nil, lib)
	// The statements' warnings wait until the module's calls resolve: a
	// compile error in a function is printed before that function's
	// warnings (Elixir checks unused variables after expanding the body).
	var pending []ast.Node
	defer func() {
		if r := recover(); r != nil {
			if ce, ok := r.(*compileError); ok {
				in.stmtWarningsAround(body, pending, ce, lib)
			}
			panic(r)
		}
	}()
	// The body runs in a (module) frame of its own, popped on normal
	// return only: an error keeps it in the stack trace.
	depth := len(p.calls)
	p.calls = append(p.calls, callRec{bits: frameModule, line: line})
	for _, stmt := range blockItems(body) {
		c.moduleStmt(p, stmt, bodyScope, &bodyFrame)
		pending = append(pending, stmt)
	}
	c.beforeCompile(p, bodyScope, &bodyFrame)
	p.calls = p.calls[:depth]
	c.resolveSites()
	for _, stmt := range pending {
		in.moduleWarnings(body, stmt, lib)
	}
	pending = nil
	if mod.protocol != nil {
		in.defineProtocolFuncs(mod)
	}
	in.addModuleInfo(mod)
	if !lib {
		mod.file = in.file // (the library's frames keep naming the current file)
	}
	in.mu.Lock()
	in.modules[name] = mod
	in.mu.Unlock()
	in.gen.Add(1)
	in.compiledWarnings(body, lib)
	if cacheable && !c.usedMacros {
		in.keepModule(key, mod)
	}
}

// moduleStmt handles one statement of a module body.
func (c *compiler) moduleStmt(p *proc, stmt ast.Node, s *scope, fr *[]term.Term) {
	call, ok := stmt.(*ast.Call)
	if ok {
		if x := c.userMacroCall(call); x != nil {
			for _, item := range spliceItems(x) {
				c.moduleStmt(p, item, s, fr)
			}
			return
		}
		name, _ := call.CallName()
		switch name {
		case "defmacro", "defmacrop":
			// a macro's body is compiled when first used: its unquote
			// fragments are checked against the module body now
			c.checkFragments(call, s)
			if h := defHead(call); h != nil {
				name, _ := h.CallName()
				key := fnKey{term.MakeAtom(name), len(h.Args)}
				c.mod.macros[key] = call
				if c.mod.macroDefs == nil {
					c.mod.macroDefs = map[fnKey][]*ast.Call{}
				}
				c.mod.macroDefs[key] = append(c.mod.macroDefs[key], call)
				if len(c.aliases) > 0 {
					if c.mod.macroAliases == nil {
						c.mod.macroAliases = map[fnKey]map[string]term.Atom{}
					}
					c.mod.macroAliases[key] = maps.Clone(c.aliases)
				}
				if n, _ := call.CallName(); n == "defmacrop" {
					if c.mod.privateMacros == nil {
						c.mod.privateMacros = map[fnKey]bool{}
					}
					c.mod.privateMacros[key] = true
				}
			}
			return
		case "def", "defp":
			c.def(call, name == "def")
			return
		case "defguard", "defguardp":
			// defguard name(args) when expr: a function whose body is expr.
			if len(call.Args) == 1 {
				if w, ok := call.Args[0].(*ast.Call); ok {
					if wn, _ := w.CallName(); wn == "when" && len(w.Args) == 2 {
						def := &ast.Call{Pos: call.Pos, Fun: call.Fun, Meta: call.Meta, Args: []ast.Node{w.Args[0],
							&ast.List{Pos: call.Pos, Items: []ast.Node{&ast.Pair{Pos: call.Pos, Left: ast.Atom(call.Pos, "do"), Right: w.Args[1]}}}}}
						c.def(def, name == "defguard")
						if h := defHead(def); h != nil {
							if c.mod.guards == nil {
								c.mod.guards = map[fnKey]bool{}
							}
							gn, _ := h.CallName()
							c.mod.guards[fnKey{term.MakeAtom(gn), len(h.Args)}] = true
						}
						return
					}
				}
			}
			c.errorf(call.Pos, "invalid %s", name)
		case "defdelegate":
			c.defdelegate(call)
			return
		case "defstruct":
			c.defstruct(p, call, s, fr, false)
			return
		case "defexception":
			c.defstruct(p, call, s, fr, true)
			return
		case "@":
			if c.moduleAttr(p, call, s, fr) {
				return
			}
		case "defmodule", "defprotocol", "defimpl":
			e := c.defmoduleExpr(call, s)
			c.runBody(p, e, s, fr)
			return
		case "alias":
			c.aliasForm(call)
			return
		case "import":
			if len(call.Args) > 0 {
				if mod, ok := c.moduleOf(call.Args[0]); ok && p.lookupModule(mod) == nil && !c.in.moduleExists(mod) {
					// elixir_aliases:ensure_loaded, a file error in the
					// module body
					e := c.newError(call.Pos, "module %s is not loaded and could not be found", rt.ModuleName(mod))
					e.oneCaret = true
					e.where = rt.ModuleName(c.modName) + " (module)"
					panic(e)
				}
			}
			c.importForm(call)
			return
		case "require":
			c.requireForm(call)
			return
		case "defoverridable":
			c.defoverridable(p, call, s, fr)
			return
		case "use":
			c.useForm(p, call, s, fr)
			return
		}
	}
	if c.registerAttribute(stmt) {
		return
	}
	e := c.expr(stmt, s, false)
	c.runBody(p, e, s, fr)
}

// defoverridable marks functions the module has defined so far as
// overridable (Module.make_overridable/2): the module's next definition
// of one replaces it (and can call it with super). Its argument is a
// keyword list of name: arity, or a behaviour, whose callbacks the
// module defines are made overridable.
func (c *compiler) defoverridable(p *proc, call *ast.Call, s *scope, fr *[]term.Term) {
	if len(call.Args) != 1 {
		return
	}
	arg := c.runBody(p, c.expr(call.Args[0], s, false), s, fr)
	p.setLine(call.Pos.Line)
	var keys []fnKey
	if beh, ok := arg.(term.Atom); ok && !term.IsList(arg) {
		m := p.lookupModule(beh)
		if m == nil {
			rt.ArgumentError("cannot pass module " + rt.Inspect(p, beh) + " as argument to defoverridable/1 because it was not defined")
		}
		for _, k := range m.info.callbacks {
			if fn := c.mod.funcs[fnKey{k.name, k.arity}]; fn != nil {
				keys = append(keys, fnKey{k.name, k.arity})
			}
		}
	} else {
		items, _ := term.ListToSlice(arg)
		for _, it := range items {
			var name term.Atom
			var arity term.Int
			okN, okA := false, false
			if t, ok := it.(term.Tuple); ok && len(t) == 2 {
				name, okN = t[0].(term.Atom)
				arity, okA = t[1].(term.Int)
			}
			if !okN || !okA || arity < 0 || arity > 255 {
				rt.ArgumentError("each element in tuple list has to be a {function_name :: atom, arity :: 0..255} tuple, got: " + rt.Inspect(p, it))
			}
			key := fnKey{name, int(arity)}
			if _, isMacro := c.mod.macros[key]; isMacro {
				continue
			}
			if c.mod.funcs[key] == nil {
				rt.ArgumentError(fmt.Sprintf("cannot make function %s/%d overridable because it was not defined", funName(key.name), key.arity))
			}
			keys = append(keys, key)
		}
	}
	for _, k := range keys {
		c.mod.funcs[k].overridable = true
	}
}

// registerAttribute handles Module.register_attribute(__MODULE__, :name,
// accumulate: true) in a module body.
func (c *compiler) registerAttribute(stmt ast.Node) bool {
	call, ok := stmt.(*ast.Call)
	if !ok || len(call.Args) < 2 {
		return false
	}
	dot, ok := call.Fun.(*ast.Call)
	if !ok || len(dot.Args) != 2 {
		return false
	}
	mod, ok := c.moduleOf(dot.Args[0])
	fname, _ := atomLit(dot.Args[1])
	if !ok || mod.Name() != "Elixir.Module" || fname.Name() != "register_attribute" {
		return false
	}
	attr, ok := atomLit(call.Args[1])
	if !ok {
		return true
	}
	if len(call.Args) > 2 {
		if _, kw, ok := keywords(call.Args[2]); ok {
			if l, ok := kw["accumulate"].(*ast.Lit); ok && l.Value == term.True {
				if c.accumulate == nil {
					c.accumulate = map[string]bool{}
				}
				c.accumulate[attr.Name()] = true
				c.attrs[attr.Name()] = term.Nil
			}
		}
	}
	return true
}

// runBody runs module-body code at definition time.
func (c *compiler) runBody(p *proc, e expr, s *scope, fr *[]term.Term) term.Term {
	if s.fs.nslots > len(*fr) {
		grown := make([]term.Term, s.fs.nslots+64)
		copy(grown, *fr)
		*fr = grown
	}
	return e(p, *fr)
}

// moduleAttr handles @name value; false when it is a read.
func (c *compiler) moduleAttr(p *proc, call *ast.Call, s *scope, fr *[]term.Term) bool {
	if len(call.Args) != 1 {
		return false
	}
	inner, ok := call.Args[0].(*ast.Call)
	if !ok {
		return false
	}
	name, ok := inner.CallName()
	if !ok || len(inner.Args) != 1 {
		return false
	}
	if c.infoAttr(p, name, inner.Args[0], s, fr) {
		return true
	}
	if ignoredAttrs[name] {
		return true
	}
	switch name {
	case "derive":
		v := c.runBody(p, c.expr(inner.Args[0], s, false), s, fr)
		c.attrs["\x00derive"] = v
		return true
	case "before_compile":
		if m, ok := c.moduleOf(inner.Args[0]); ok {
			c.beforeCompileHooks = append(c.beforeCompileHooks, m)
		}
		return true
	}
	v := c.runBody(p, c.attrValue(call, inner.Args[0], s), s, fr)
	if c.accumulate[name] {
		prev, _ := c.attrs[name]
		if prev == nil {
			prev = term.Nil
		}
		v = &term.Cons{Head: v, Tail: prev}
	}
	c.attrs[name] = v
	return true
}

// attrValue compiles the value of @name value; an exception raised
// while expanding it gains the stack line of Kernel.@/1's expansion.
func (c *compiler) attrValue(at *ast.Call, value ast.Node, s *scope) expr {
	defer c.addMacroFrames(at.Pos, 1)
	return c.expr(value, s, false)
}

// unquotedName returns the atom of unquote(:name) written as a function
// name (def unquote(:in)(x, q), as Elixir defines Erlang-named functions
// that are reserved words).
func unquotedName(n ast.Node) (string, bool) {
	u, ok := n.(*ast.Call)
	if !ok || len(u.Args) != 1 {
		return "", false
	}
	if un, _ := u.CallName(); un != "unquote" {
		return "", false
	}
	if l, ok := u.Args[0].(*ast.Lit); ok {
		if a, ok := l.Value.(term.Atom); ok {
			return a.Name(), true
		}
	}
	return "", false
}

// def compiles def/defp name(params) [when guard], do: body.
func (c *compiler) def(call *ast.Call, public bool) {
	if len(call.Args) == 0 {
		c.errorf(call.Pos, "invalid function definition")
	}
	head := call.Args[0]
	var guard ast.Node
	if w, ok := head.(*ast.Call); ok {
		if wn, _ := w.CallName(); wn == "when" && len(w.Args) == 2 {
			head, guard = w.Args[0], w.Args[1]
		}
	}
	var name string
	var params []ast.Node
	switch h := head.(type) {
	case *ast.Var:
		name = h.Name
	case *ast.Call:
		n, ok := h.CallName()
		if !ok {
			// def unquote(:in)(x, q): a name that is a reserved word
			n, ok = unquotedName(h.Fun)
		}
		if !ok {
			c.errorf(call.Pos, "invalid function name")
		}
		name = n
		params = h.Args
	default:
		c.errorf(call.Pos, "invalid function definition")
	}
	// Default arguments.
	var defaults []ast.Node
	hasDefaults := false
	plain := make([]ast.Node, len(params))
	for i, prm := range params {
		if d, ok := prm.(*ast.Call); ok {
			if dn, _ := d.CallName(); dn == "\\\\" && len(d.Args) == 2 {
				plain[i] = d.Args[0]
				defaults = append(defaults, d.Args[1])
				hasDefaults = true
				continue
			}
		}
		plain[i] = prm
		defaults = append(defaults, nil)
	}
	arity := len(params)
	key := fnKey{term.MakeAtom(name), arity}
	// Elixir places a definition's diagnostics at its line and at its
	// name's column.
	defPos := ast.Pos{Line: call.Pos.Line, Col: head.Position().Col}
	c.checkDefaultsConflict(call, defPos, key, len(params)-countDefaults(defaults))
	fn := c.mod.funcs[key]
	if kind, _ := call.CallName(); fn != nil && fn.public != public && !fn.overridable && fn.native == nil &&
		(kind == "def" || kind == "defp") {
		// elixir_def's changed_kind: a file error, with no function
		prev := "def"
		if !fn.public {
			prev = "defp"
		}
		panic(&compileError{pos: defPos, oneCaret: true, msg: fmt.Sprintf("%s %s/%d already defined as %s in %s:%d",
			kind, funName(key.name), arity, prev, c.in.file, fn.line)})
	}
	var super *function
	if fn != nil && fn.overridable {
		super = fn
		fn = nil
	}
	if fn == nil {
		fn = &function{mod: c.modName, name: key.name, arity: arity, public: public, line: call.Pos.Line, col: defPos.Col,
			display: fmt.Sprintf("%s/%d", funName(key.name), arity), lib: c.lib, file: c.spliceFile}
		c.mod.funcs[key] = fn
	}
	if super != nil {
		fn.super = super
	}
	if hasDefaults {
		c.defaultWrappers(fn, defaults)
	}
	var body ast.Node
	var kw map[string]ast.Node
	if len(call.Args) > 1 {
		_, kw, _ = keywords(call.Args[len(call.Args)-1])
	}
	if kw == nil {
		return // a bodiless head
	}
	body = kw["do"]
	if _, hasRescue := kw["rescue"]; hasRescue {
		body = implicitTry(call.Pos, kw)
	} else if _, hasCatch := kw["catch"]; hasCatch {
		body = implicitTry(call.Pos, kw)
	} else if _, hasAfter := kw["after"]; hasAfter {
		body = implicitTry(call.Pos, kw)
	}
	old, oldBeam, oldN, oldSuper := c.where, c.beamName, c.anonN, c.superFn
	c.superFn = fn.super
	c.beamName = fmt.Sprintf("%s/%d", name, arity)
	c.where = rt.ModuleName(c.modName) + "." + fn.display
	c.anonN = fn.anonCount
	s := newFnScope(nil)
	s.fs.nslots = arity
	endRequires := c.requireScope()
	oldBlame := c.keepBlame
	c.keepBlame = !c.lib && c.spliceFile == "" && c.in.compiledFile()
	cl := c.fnClause(plain, guard, body, s, true)
	c.keepBlame = oldBlame
	endRequires()
	cl.line = call.Pos.Line
	if len(fn.clauses) == 0 {
		fn.line = call.Pos.Line
	}
	fn.clauses = append(fn.clauses, cl)
	if s.fs.nslots > fn.nslots {
		fn.nslots = s.fs.nslots
	}
	fn.anonCount = c.anonN
	c.where, c.beamName, c.anonN, c.superFn = old, oldBeam, oldN, oldSuper
}

// defHead returns the call head of a def/defmacro (without its guard).
func defHead(call *ast.Call) *ast.Call {
	if len(call.Args) == 0 {
		return nil
	}
	head := call.Args[0]
	if w, ok := head.(*ast.Call); ok {
		if wn, _ := w.CallName(); wn == "when" && len(w.Args) == 2 {
			head = w.Args[0]
		}
	}
	switch h := head.(type) {
	case *ast.Call:
		if _, ok := h.CallName(); ok {
			return h
		}
	case *ast.Var:
		return &ast.Call{Pos: h.Pos, Fun: ast.Atom(h.Pos, h.Name), Args: []ast.Node{}}
	}
	return nil
}

// implicitTry turns def f do ... rescue ... end into a try.
func implicitTry(pos ast.Pos, kw map[string]ast.Node) ast.Node {
	var items []ast.Node
	for _, k := range []string{"do", "rescue", "catch", "else", "after"} {
		if v, ok := kw[k]; ok {
			items = append(items, &ast.Pair{Pos: pos, Left: ast.Atom(pos, k), Right: v})
		}
	}
	return &ast.Call{Pos: pos, Fun: ast.Atom(pos, "try"), Args: []ast.Node{&ast.List{Pos: pos, Items: items}}}
}

// countDefaults is the number of default values in a definition's
// parameters (nil for the parameters without one).
func countDefaults(defaults []ast.Node) int {
	n := 0
	for _, d := range defaults {
		if d != nil {
			n++
		}
	}
	return n
}

// checkDefaultsConflict raises Elixir's compile error when name/arity
// overlaps the arities that an earlier definition with default values
// generated (or, with defaults itself, an arity defined before): def
// f(a, b \\ 1) followed by def f(a), or the other way round.
// required is the number of parameters without a default.
//
// A definition that declares defaults for an arity that already has
// them is elixir_def's duplicate_defaults error, raised for the whole
// file.
func (c *compiler) checkDefaultsConflict(call *ast.Call, pos ast.Pos, key fnKey, required int) {
	kind := "def"
	if n, _ := call.CallName(); n != "" {
		kind = n
	}
	ndef := key.arity - required
	duplicate := false
	for _, prev := range c.defaults[key.name] {
		a, d := prev[0], prev[1]
		duplicate = duplicate || a == key.arity && d > 0 && ndef > 0
		if a == key.arity || d == 0 {
			continue
		}
		if key.arity >= a-d && key.arity < a || a >= key.arity-ndef && a < key.arity {
			msg := fmt.Sprintf("%s %s/%d conflicts with defaults from %s/%d", kind, funName(key.name), key.arity, funName(key.name), a)
			if key.arity > a {
				msg = fmt.Sprintf("%s %s/%d defaults conflicts with %s/%d", kind, funName(key.name), key.arity, funName(key.name), a)
			}
			// Elixir reports it at the definition, in the function being
			// defined, marking one column (it knows no span there).
			mod := rt.ModuleName(c.modName)
			panic(&compileError{pos: pos, msg: msg, module: mod, oneCaret: true,
				where: fmt.Sprintf("%s.%s/%d", mod, funName(key.name), key.arity)})
		}
	}
	if duplicate {
		panic(&compileError{pos: pos, oneCaret: true, msg: duplicateDefaults(kind, funName(key.name), key.arity)})
	}
	if ndef > 0 {
		if c.defaults == nil {
			c.defaults = map[term.Atom][][2]int{}
		}
		c.defaults[key.name] = append(c.defaults[key.name], [2]int{key.arity, ndef})
	}
}

// duplicateDefaults is elixir_def's message for defaults declared by
// two clauses of one function.
func duplicateDefaults(kind, name string, arity int) string {
	return fmt.Sprintf("%s %s/%d defines defaults multiple times. "+
		"Elixir allows defaults to be declared once per definition. Instead of:\n\n"+
		"    def foo(:first_clause, b \\\\ :default) do ... end\n"+
		"    def foo(:second_clause, b \\\\ :default) do ... end\n\n"+
		"one should write:\n\n"+
		"    def foo(a, b \\\\ :default)\n"+
		"    def foo(:first_clause, b) do ... end\n"+
		"    def foo(:second_clause, b) do ... end\n", kind, name, arity)
}

// defaultWrappers defines the lower arities of a function with default
// arguments as Elixir does: each lower arity gets a clause that calls the
// full function (in tail position) with the default values. The clause is
// appended to the function of that name and arity when one exists, so
// def f(a, b) when is_list(a) followed by def f(a, b, c \\ []) makes
// f(:x, 2) call f/3.
func (c *compiler) defaultWrappers(full *function, defaults []ast.Node) {
	type dflt struct {
		e      expr
		nslots int
	}
	required := 0
	var defExprs []*dflt
	for _, d := range defaults {
		if d == nil {
			required++
			defExprs = append(defExprs, nil)
			continue
		}
		s := newFnScope(nil)
		e := c.expr(d, s, false)
		defExprs = append(defExprs, &dflt{e, s.fs.nslots})
	}
	ndef := len(defaults) - required
	for k := 0; k < ndef; k++ {
		arity := required + k
		key := fnKey{full.name, arity}
		w := c.mod.funcs[key]
		if w != nil && w.overridable {
			w = nil // the module's own definitions replace `use`'s
		}
		if w != nil {
			if w.native != nil {
				continue
			}
			dup := false
			for _, cl := range w.clauses {
				dup = dup || cl.defaultOf == full
			}
			if dup {
				continue // the same function's defaults, given again
			}
		} else {
			w = &function{mod: c.modName, name: full.name, arity: arity, public: full.public, line: full.line,
				display: fmt.Sprintf("%s/%d", funName(full.name), arity), nslots: arity, lib: c.lib}
			c.mod.funcs[key] = w
		}
		given := k
		body := func(p *proc, fr []term.Term) term.Term {
			all := make([]term.Term, len(defExprs))
			ai, budget := 0, given
			for i, d := range defExprs {
				if d == nil || budget > 0 {
					if d != nil {
						budget--
					}
					all[i] = fr[ai]
					ai++
					continue
				}
				var dfr []term.Term
				if d.nslots > 0 {
					dfr = make([]term.Term, d.nslots)
				}
				all[i] = d.e(p, dfr)
			}
			if len(all) > len(p.tailArgs) {
				p.tailArgs = make([]term.Term, len(all))
			}
			copy(p.tailArgs, all)
			p.tailFn, p.tailEnv = full, nil
			return tailMarker
		}
		if len(w.clauses) == 0 {
			w.line = full.line
		}
		w.clauses = append(w.clauses, &clause{body: body, line: full.line, defaultOf: full})
	}
}

// defdelegate compiles defdelegate f(args), to: Mod [, as: name].
func (c *compiler) defdelegate(call *ast.Call) {
	if len(call.Args) != 2 {
		c.errorf(call.Pos, "invalid defdelegate")
	}
	head, ok := call.Args[0].(*ast.Call)
	if !ok {
		c.errorf(call.Pos, "invalid defdelegate")
	}
	name, _ := head.CallName()
	_, kw, _ := keywords(call.Args[1])
	target, ok := c.moduleOf(kw["to"])
	if !ok {
		c.errorf(call.Pos, "invalid defdelegate")
	}
	as := term.MakeAtom(name)
	if a, ok := atomLit(kw["as"]); ok {
		as = a
	}
	arity := len(head.Args)
	fn := &function{mod: c.modName, name: term.MakeAtom(name), arity: arity, public: true, line: call.Pos.Line,
		display: fmt.Sprintf("%s/%d", name, arity), nslots: arity, lib: c.lib}
	fn.native = func(p *proc, args []term.Term) term.Term {
		return p.applyMFA(target, as, append([]term.Term(nil), args...))
	}
	c.mod.funcs[fnKey{fn.name, arity}] = fn
}

// defstruct defines the module's struct (and exception).
func (c *compiler) defstruct(p *proc, call *ast.Call, s *scope, fr *[]term.Term, exception bool) {
	var fields term.Term = term.Nil
	if len(call.Args) == 1 {
		fields = c.runBody(p, c.expr(call.Args[0], s, false), s, fr)
	}
	c.checkDerive(p, call)
	def := term.EmptyMap.Put(atomStruct, c.modName)
	if exception {
		def = def.Put(atomException, term.True)
	}
	items, _ := term.ListToSlice(fields)
	for _, it := range items {
		switch f := it.(type) {
		case term.Atom:
			def = def.Put(f, term.NilAtom)
			c.mod.structOrder = append(c.mod.structOrder, f)
		case term.Tuple:
			if len(f) == 2 {
				def = def.Put(f[0], f[1])
				if a, ok := f[0].(term.Atom); ok {
					c.mod.structOrder = append(c.mod.structOrder, a)
				}
			}
		}
	}
	c.mod.structDefault = def
	c.mod.exception = exception
	c.in.mu.Lock()
	if c.in.pendingStructs == nil {
		c.in.pendingStructs = map[term.Atom]bool{}
	}
	c.in.pendingStructs[c.modName] = true
	c.in.mu.Unlock()
	if enf, ok := c.attrs["enforce_keys"]; ok {
		ks, _ := term.ListToSlice(enf)
		for _, k := range ks {
			if a, ok := k.(term.Atom); ok {
				c.mod.enforce = append(c.mod.enforce, a)
			}
		}
	}
	mod := c.mod
	c.native("__struct__", 0, func(p *proc, args []term.Term) term.Term { return mod.structDefault })
	c.native("__struct__", 1, func(p *proc, args []term.Term) term.Term {
		return p.buildStruct(mod, args[0], true)
	})
	if exception {
		c.native("exception", 1, func(p *proc, args []term.Term) term.Term {
			arg := args[0]
			if b, ok := arg.(term.Binary); ok {
				return mod.structDefault.Put(atomMessage, b)
			}
			return p.buildStruct(mod, arg, false)
		})
		c.native("message", 1, func(p *proc, args []term.Term) term.Term {
			if v, ok := args[0].(*term.Map); ok {
				if m, ok := v.Get(atomMessage); ok {
					return m
				}
			}
			return term.Binary(rt.Inspect(p, args[0]))
		})
	}
}

// checkDerive checks the protocols of @derive as defstruct does
// (Protocol.__derive__): each must be a defined protocol and, unless it
// derives itself (Inspect's __deriving__), have its Any implementation
// already defined.
func (c *compiler) checkDerive(p *proc, call *ast.Call) {
	d, ok := c.attrs["\x00derive"]
	if !ok {
		return
	}
	items, isList := term.ListToSlice(d)
	if !isList {
		items = []term.Term{d}
	}
	for _, it := range items {
		if t, ok := it.(term.Tuple); ok && len(t) == 2 {
			it = t[0]
		}
		proto, ok := it.(term.Atom)
		if !ok || proto.Name() == "Elixir.Inspect" {
			continue
		}
		extra := ", cannot derive " + rt.ModuleName(proto) + " for " + rt.ModuleName(c.modName)
		fail := func(msg string) {
			p.setLine(call.Pos.Line)
			rt.ArgumentError(msg + extra)
		}
		if !builtinProtocols[proto.Name()] {
			m := c.in.getModule(proto)
			if m == nil {
				fail("could not load module " + rt.ModuleName(proto) + " due to reason :nofile")
			}
			if m.protocol == nil {
				fail(rt.ModuleName(proto) + " is not a protocol")
			}
		}
		anyName := term.MakeAtom(proto.Name() + ".Any")
		if c.in.getModule(anyName) == nil {
			fail("could not load module " + rt.ModuleName(anyName) + " due to reason :nofile")
		}
	}
}

// native defines a Go-implemented function unless the module defines it.
func (c *compiler) native(name string, arity int, f func(p *proc, args []term.Term) term.Term) {
	key := fnKey{term.MakeAtom(name), arity}
	if old := c.mod.funcs[key]; old != nil && old.native == nil {
		return
	}
	c.mod.funcs[key] = &function{mod: c.modName, name: key.name, arity: arity, public: true, native: f, nslots: arity,
		display: fmt.Sprintf("%s/%d", name, arity), generated: true, overridable: true}
}

// raiseStructKey raises the KeyError of Mod.__struct__/1 given a key the
// struct does not have: Elixir's generated code (no file, no line) fails
// in the anonymous fn it reduces the fields with.
func (p *proc) raiseStructKey(mod *module, key term.Term) {
	stack := p.stackTrace()
	if len(stack) > 0 && stack[0].Module == mod.name && stack[0].Function == "__struct__/1" {
		stack = stack[1:]
	}
	name := rt.ModuleName(mod.name)
	stack = append([]rt.Frame{
		{Module: mod.name, Function: "anonymous fn/2 in " + name + ".__struct__/1"},
		{Module: mod.name, Function: "__struct__/1"},
	}, stack...)
	panic(&rt.Error{Kind: rt.KindError, Value: rt.NewException("KeyError", atomKey, key, atomTerm, term.NilAtom, atomMessage, term.NilAtom),
		Raw: term.Tuple{term.MakeAtom("badkey"), key}, Stack: capTrace(stack)})
}

// buildStruct is Mod.__struct__(fields): the default struct updated with
// a keyword list or map of fields; unknown keys raise KeyError.
func (p *proc) buildStruct(mod *module, fields term.Term, enforce bool) term.Term {
	m := mod.structDefault
	var pairs [][2]term.Term
	switch f := fields.(type) {
	case *term.Map:
		f.Range(func(k, v term.Term) bool {
			pairs = append(pairs, [2]term.Term{k, v})
			return true
		})
	default:
		items, _ := term.ListToSlice(fields)
		for _, it := range items {
			if t, ok := it.(term.Tuple); ok && len(t) == 2 {
				pairs = append(pairs, [2]term.Term{t[0], t[1]})
			}
		}
	}
	given := map[term.Term]bool{}
	for _, kv := range pairs {
		if _, ok := m.Get(kv[0]); !ok || kv[0] == atomStruct {
			p.raiseStructKey(mod, kv[0])
		}
		m = m.Put(kv[0], kv[1])
		given[kv[0]] = true
	}
	if enforce {
		var missing []string
		for _, k := range mod.enforce {
			if !given[k] {
				missing = append(missing, rt.Inspect(p, k))
			}
		}
		if len(missing) > 0 {
			// Elixir generates __struct__/1's body with line 0: its frame
			// prints without a location.
			stack := p.stackTrace()
			if len(stack) > 0 && stack[0].Module == mod.name && stack[0].Function == "__struct__/1" {
				stack[0].File, stack[0].Line = "", 0
			}
			msg := fmt.Sprintf("the following keys must also be given when building struct %s: [%s]", rt.ModuleName(mod.name), strings.Join(missing, ", "))
			panic(&rt.Error{Kind: rt.KindError, Value: rt.NewException("ArgumentError", atomMessage, term.Binary(msg)), Stack: stack})
		}
	}
	return m
}

// mapExpr compiles %{k => v} and %{m | k => v}.
func (c *compiler) mapExpr(n *ast.Call, s *scope) expr {
	ln := n.Pos.Line
	if len(n.Args) == 1 {
		if bar, ok := n.Args[0].(*ast.Call); ok {
			if name, _ := bar.CallName(); name == "|" && len(bar.Args) == 2 {
				base := c.expr(bar.Args[0], s, false)
				keys, vals := c.pairs(bar.Args[1:], s)
				return func(p *proc, fr []term.Term) term.Term {
					b := base(p, fr)
					m, ok := b.(*term.Map)
					if !ok {
						p.raiseBadMap(ln, b)
					}
					for i := range keys {
						k := keys[i](p, fr)
						if _, ok := m.Get(k); !ok {
							p.raiseKeyUpdate(ln, k)
						}
						m = m.Put(k, vals[i](p, fr))
					}
					p.count(pairBytes * int64(len(keys)+4))
					return m
				}
			}
		}
	}
	keys, vals := c.pairs(n.Args, s)
	return func(p *proc, fr []term.Term) term.Term {
		ks := make([]term.Term, len(keys))
		vs := make([]term.Term, len(vals))
		for i := range keys {
			ks[i] = keys[i](p, fr)
			vs[i] = vals[i](p, fr)
		}
		p.count(pairBytes * int64(len(ks)))
		return term.NewMap(ks, vs)
	}
}

// pairs compiles the key/value pairs of a map literal.
func (c *compiler) pairs(args []ast.Node, s *scope) ([]expr, []expr) {
	var keys, vals []expr
	add := func(p *ast.Pair) {
		keys = append(keys, c.expr(p.Left, s, false))
		vals = append(vals, c.expr(p.Right, s, false))
	}
	for _, a := range args {
		switch x := a.(type) {
		case *ast.Pair:
			add(x)
		case *ast.List:
			for _, it := range x.Items {
				if p, ok := it.(*ast.Pair); ok {
					add(p)
				} else {
					c.errorf(it.Position(), "expected key-value pairs in a map")
				}
			}
		default:
			c.errorf(a.Position(), "expected key-value pairs in a map")
		}
	}
	return keys, vals
}

// knownStructs are structs defined by built-in modules.
var knownStructs = map[string]bool{
	"Elixir.Range": true, "Elixir.MapSet": true, "Elixir.Regex": true, "Elixir.Date": true, "Elixir.Time": true,
	"Elixir.DateTime": true, "Elixir.NaiveDateTime": true, "Elixir.URI": true, "Elixir.Version": true,
	"Elixir.Task": true, "Elixir.Stream": true, "Elixir.IO.Stream": true,
}

// checkStruct fails compilation when a struct is used before its module
// is defined (as Elixir does).
func (c *compiler) checkStruct(mod term.Atom, n *ast.Call) {
	if c.mod != nil && mod == c.modName {
		// a function of the module itself may use its struct once
		// defstruct has run, as Elixir expands each def in turn
		c.in.mu.RLock()
		pending := c.in.pendingStructs[mod]
		c.in.mu.RUnlock()
		if !pending && c.mod.structDefault == nil && c.beamName != "" {
			c.undefinedStruct(mod, n)
		}
		return
	}
	if knownStructs[mod.Name()] || c.in.getModule(mod) != nil {
		return
	}
	c.in.mu.RLock()
	pending := c.in.pendingStructs[mod]
	c.in.mu.RUnlock()
	if pending {
		return
	}
	if _, ok := rt.Lookup(mod, atomStruct, 0); ok {
		return
	}
	if strings.HasSuffix(mod.Name(), "Error") || mod.Name() == "Elixir.Exception" {
		return
	}
	c.undefinedStruct(mod, n)
}

// structDefaultOf returns the default struct of a module at run time.
func (p *proc) structDefaultOf(mod term.Atom) *term.Map {
	if m := p.in.getModule(mod); m != nil && m.structDefault != nil {
		return m.structDefault
	}
	if b, ok := rt.Lookup(mod, atomStruct, 0); ok {
		if m, ok := b.Fn(p, nil).(*term.Map); ok {
			return m
		}
	}
	if mod == atomRange {
		return rangeStruct(term.NilAtom, term.NilAtom, term.NilAtom)
	}
	if m, ok := stdlib.ExceptionDefault(mod); ok {
		return m
	}
	if strings.HasSuffix(mod.Name(), "Error") {
		return rt.NewException(rt.ModuleName(mod), atomMessage, term.NilAtom)
	}
	rt.RaiseMessage("UndefinedFunctionError", fmt.Sprintf("function %s.__struct__/0 is undefined or private", rt.ModuleName(mod)))
	return nil
}

// structExpr compiles %Mod{...} and %Mod{s | ...}.
func (c *compiler) structExpr(n *ast.Call, s *scope) expr {
	if len(n.Args) != 2 {
		c.errorf(n.Pos, "invalid struct")
	}
	mod, ok := c.moduleOf(n.Args[0])
	if !ok {
		c.errorf(n.Pos, "expected struct name to be a compile time atom or alias")
	}
	c.checkStruct(mod, n)
	c.checkStructKeys(mod, n, false)
	inner, _ := n.Args[1].(*ast.Call)
	if inner == nil {
		c.errorf(n.Pos, "invalid struct")
	}
	ln := n.Pos.Line
	if len(inner.Args) == 1 {
		if bar, ok := inner.Args[0].(*ast.Call); ok {
			if name, _ := bar.CallName(); name == "|" && len(bar.Args) == 2 {
				base := c.expr(bar.Args[0], s, false)
				keys, vals := c.pairs(bar.Args[1:], s)
				return func(p *proc, fr []term.Term) term.Term {
					b := base(p, fr)
					m, ok := b.(*term.Map)
					if !ok || structName(m) != mod {
						p.setLine(ln)
						rt.Raise(rt.NewException("BadStructError", term.MakeAtom("struct"), mod, atomTerm, b))
					}
					for i := range keys {
						k := keys[i](p, fr)
						if _, ok := m.Get(k); !ok {
							p.raiseKey(ln, k, m)
						}
						m = m.Put(k, vals[i](p, fr))
					}
					p.count(pairBytes * int64(len(keys)+4))
					return m
				}
			}
		}
	}
	keys, vals := c.pairs(inner.Args, s)
	return func(p *proc, fr []term.Term) term.Term {
		m := p.structDefaultOf(mod)
		for i := range keys {
			k := keys[i](p, fr)
			if _, ok := m.Get(k); !ok {
				p.raiseKey(ln, k, m)
			}
			m = m.Put(k, vals[i](p, fr))
		}
		return m
	}
}

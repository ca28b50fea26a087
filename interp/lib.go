package interp

import (
	"fmt"

	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/elixirlib"
	"github.com/exlite/exlite/interp/lint"
	"github.com/exlite/exlite/interp/rt"
	"github.com/exlite/exlite/parser"
	"github.com/exlite/exlite/parser/ast"
)

// Parse parses Elixir source (interp uses it for its library files
// written in Elixir); tests may replace it.
var Parse = parser.Parse

// ensureLib defines the modules of the elixirlib file that defines mod
// (GenServer, Agent, Task...) the first time a program uses one of them.
// It reports whether it defined anything.
func (p *proc) ensureLib(mod term.Atom) bool {
	name := rt.ModuleName(mod)
	f, ok := elixirlib.Lookup(name)
	if !ok {
		return false
	}
	in := p.in
	in.libMu.Lock()
	if in.libLoaded == nil {
		in.libLoaded = map[string]bool{}
	}
	if in.libLoaded[f.Name] {
		in.libMu.Unlock()
		return false
	}
	in.libLoaded[f.Name] = true
	in.libMu.Unlock()
	reused, rec := p.reuseLib(f.Name)
	if reused {
		return true
	}
	// The tree parsed when exlite was built; parsing here costs 0.1 to
	// 0.9 s (see elixirlib's astcodec.go).
	file := &ast.File{Name: "lib/" + f.Name, Source: f.Source}
	if root, ok := f.Parsed(); ok {
		file.Root = root
	} else {
		if Parse == nil {
			rt.RaiseMessage("RuntimeError", "exlite: no parser installed for its library files")
		}
		parsed, err := Parse("lib/"+f.Name, []byte(f.Source))
		if err != nil {
			rt.RaiseMessage("RuntimeError", fmt.Sprintf("exlite: cannot parse its library file %s: %v", f.Name, err))
		}
		file = parsed
	}
	c := &compiler{in: in, modName: atomTopModule, where: ":elixir_compiler_0.__FILE__/1", beamName: "__FILE__/1",
		aliases: map[string]term.Atom{}, attrs: map[string]term.Term{}, lib: true}
	s := newFnScope(nil)
	body := c.expr(file.Root, s, false)
	c.resolveSites()
	fr := p.alloc(s.fs.nslots)
	body(p, fr)
	p.free(fr)
	if rec != nil {
		rec.keep(p)
	}
	return true
}

// lookupModule returns a user (or library) module, loading the library
// file that defines it if needed.
func (p *proc) lookupModule(mod term.Atom) *module {
	if m := p.in.getModule(mod); m != nil {
		return m
	}
	if p.ensureLib(mod) {
		return p.in.getModule(mod)
	}
	return nil
}

// useForm handles `use Mod, opts`: the body of Mod's __using__ quote is
// spliced into the module being defined, with opts bound, and the
// functions it defines are overridable.
func (c *compiler) useForm(p *proc, call *ast.Call, s *scope, fr *[]term.Term) {
	if len(call.Args) == 0 {
		return
	}
	mod, ok := c.moduleOf(call.Args[0])
	if !ok {
		return
	}
	used := p.lookupModule(mod)
	if used == nil {
		c.errorf(call.Pos, "module %s is not loaded and could not be found", rt.ModuleName(mod))
	}
	c.require(mod)
	macro := used.macros[fnKey{term.MakeAtom("__using__"), 1}]
	if macro == nil {
		return
	}
	if libFile(mod) == "" {
		// a program's own __using__ runs as the macro it is
		c.useExpand(p, call, used, s, fr)
		return
	}
	var optsVal term.Term = term.Nil
	if len(call.Args) > 1 {
		optsVal = c.runBody(p, c.expr(call.Args[1], s, false), s, fr)
	}
	body, bound := quoteBody(macro)
	slot := s.bind("opts")
	if bound != "" && bound != "opts" {
		slot = s.bind(bound)
	}
	if slot >= len(*fr) {
		c.runBody(p, constant(term.NilAtom), s, fr)
	}
	(*fr)[slot] = optsVal
	old, oldFile := c.overridable, c.spliceFile
	c.overridable, c.spliceFile = true, libFile(mod)
	for _, stmt := range blockItems(body) {
		c.moduleStmt(p, stmt, s, fr)
	}
	c.overridable, c.spliceFile = old, oldFile
}

// useExpand handles `use Mod, opts` for a module of the program: Mod's
// __using__/1 macro is expanded with the quoted options and what it
// returns is spliced into the module, its functions overridable.
func (c *compiler) useExpand(p *proc, call *ast.Call, used *module, s *scope, fr *[]term.Term) {
	var opts ast.Node = &ast.List{Pos: call.Pos}
	if len(call.Args) > 1 {
		opts = call.Args[1]
	}
	clauses := used.macroDefs[fnKey{term.MakeAtom("__using__"), 1}]
	x := c.expandMacro(used, clauses, &ast.Call{Pos: call.Pos, Fun: ast.Atom(call.Pos, "__using__"), Args: []ast.Node{opts}})
	items := blockItems(x)
	if l, ok := x.(*ast.List); ok {
		items = l.Items
	}
	old := c.overridable
	c.overridable = true
	for _, stmt := range items {
		c.moduleStmt(p, stmt, s, fr)
	}
	c.overridable = old
}

// libFile is "lib/NAME.ex" for a module of exlite's library, whose code
// `use` splices into a program's module, and "" for others.
func libFile(mod term.Atom) string {
	if f, ok := elixirlib.Lookup(rt.ModuleName(mod)); ok {
		return "lib/" + f.Name
	}
	return ""
}

// quoteBody finds the `quote [bind_quoted: [...]] do BODY end` a macro
// definition returns, and the name bound to its argument.
func quoteBody(def *ast.Call) (ast.Node, string) {
	_, kw, ok := keywords(def.Args[len(def.Args)-1])
	if !ok {
		return nil, ""
	}
	var found ast.Node
	ast.Inspect(kw["do"], func(n ast.Node) bool {
		if found != nil {
			return false
		}
		if x, ok := n.(*ast.Call); ok {
			if name, _ := x.CallName(); name == "quote" && len(x.Args) > 0 {
				if _, qkw, ok := keywords(x.Args[len(x.Args)-1]); ok {
					found = qkw["do"]
					return false
				}
			}
		}
		return true
	})
	return found, "opts"
}

// beforeCompile runs the @before_compile hooks the module asked for
// (GenServer's: a default init/1 with a warning when none is defined).
func (c *compiler) beforeCompile(p *proc, s *scope, fr *[]term.Term) {
	for _, h := range c.beforeCompileHooks {
		hm := p.lookupModule(h)
		if hm == nil {
			continue
		}
		macro := hm.macros[fnKey{term.MakeAtom("__before_compile__"), 1}]
		if macro == nil {
			continue
		}
		if rt.ModuleName(h) == "GenServer" {
			if _, has := c.mod.funcs[fnKey{term.MakeAtom("init"), 1}]; has {
				continue
			}
			msg := p.applyMFA(h, term.MakeAtom("__missing_init_warning__"), []term.Term{c.modName})
			if b, ok := msg.(term.Binary); ok && !c.lib {
				// IO.warn(message, env): the defmodule line, "Foo (module)".
				p.in.printDiagnostics([]lint.Diagnostic{{Severity: lint.Warning, Line: int(c.modLine), Message: string(b),
					Where: rt.ModuleName(c.modName) + " (module)"}})
			}
		}
		body, _ := quoteBody(macro)
		old, oldFile := c.overridable, c.spliceFile
		c.overridable, c.spliceFile = true, libFile(h)
		for _, stmt := range blockItems(body) {
			c.moduleStmt(p, stmt, s, fr)
		}
		c.overridable, c.spliceFile = old, oldFile
	}
}

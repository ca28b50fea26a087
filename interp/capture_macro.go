package interp

import (
	"fmt"

	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/kernelmacro"
	"github.com/exlite/exlite/interp/rt"
	"github.com/exlite/exlite/parser/ast"
)

// captureSpecialForms are names a capture's body may call that are no
// functions at all (Kernel.SpecialForms and the evaluator's own forms): a
// capture of one is always an anonymous function.
var captureSpecialForms = map[string]bool{
	"=": true, "{}": true, "%{}": true, "%": true, "<<>>": true, ".": true,
	"__block__": true, "fn": true, "case": true, "cond": true, "try": true,
	"receive": true, "for": true, "with": true, "quote": true, "unquote": true,
	"^": true, "::": true, "&": true, "__aliases__": true, "->": true,
	"super": true, "import": true, "require": true, "alias": true,
	"when": true, "|": true, "\\\\": true, "<-": true, "=>": true,
	"not in": true, "@": true, "__MODULE__": true, "__ENV__": true,
	"__CALLER__": true, "__DIR__": true, "__STACKTRACE__": true,
}

// capturedMacro compiles a capture of a Kernel macro, &Kernel.name/arity
// or &name/arity (mod is the zero atom), as Elixir expands it: fn x1, ...
// -> name(x1, ...) end, not an external function (a function of the same
// name and another arity, get_in/2, is one). It returns nil when name/arity is no such macro.
func (c *compiler) capturedMacro(pos ast.Pos, mod term.Atom, name string, arity int, s *scope) expr {
	kernel := (mod.IsZero() || mod == atomKernel) && kernelmacro.Is(name, arity)
	if !kernel {
		// a required module's built-in macro (&Integer.is_odd/1 after
		// require Integer) expands the same way; without require the
		// capture is of a function that does not exist
		b, ok := rt.Lookup(mod, term.MakeAtom(name), arity)
		if mod.IsZero() || !ok || !b.Macro || !c.required(mod) {
			return nil
		}
	}
	params := make([]ast.Node, arity)
	for i := range params {
		params[i] = &ast.Var{Pos: pos, Name: fmt.Sprintf("\x00cap%d", i+1)}
	}
	var fun ast.Node = ast.Atom(pos, name)
	if !mod.IsZero() {
		fun = &ast.Call{Pos: pos, Fun: ast.Atom(pos, "."), Args: []ast.Node{ast.Atom(pos, mod.Name()), ast.Atom(pos, name)}}
	}
	call := &ast.Call{Pos: pos, Fun: fun, Args: append([]ast.Node(nil), params...)}
	fnNode := &ast.Call{Pos: pos, Fun: ast.Atom(pos, "fn"), Args: []ast.Node{
		&ast.Call{Pos: pos, Fun: ast.Atom(pos, "->"), Args: []ast.Node{&ast.List{Pos: pos, Items: params}, call}},
	}}
	return c.fnExpr(fnNode, s)
}

// sequentialCapture compiles &name(&1, ..., &n) and &Mod.name(&1, ...,
// &n), whose arguments are the capture's in order, as Elixir does: the
// same as &name/n and &Mod.name/n when that names a function (so
// &(&1 + &2) is &:erlang.+/2), nil otherwise (a macro, a special form,
// other arguments), for an anonymous function.
func (c *compiler) sequentialCapture(body ast.Node, s *scope) expr {
	call, ok := body.(*ast.Call)
	if !ok || len(call.Args) == 0 {
		return nil
	}
	for i, a := range call.Args {
		amp, ok := a.(*ast.Call)
		if !ok || len(amp.Args) != 1 {
			return nil
		}
		if n, _ := amp.CallName(); n != "&" {
			return nil
		}
		l, ok := amp.Args[0].(*ast.Lit)
		if !ok || l.Value != term.Int(i+1) {
			return nil
		}
	}
	arity := len(call.Args)
	if name, ok := call.CallName(); ok {
		if captureSpecialForms[name] || kernelmacro.Is(name, arity) || c.isLocalMacro(name, arity) {
			return nil
		}
		return c.captureNamed(&ast.Var{Pos: call.Pos, Name: name}, arity, s)
	}
	dot, ok := call.Fun.(*ast.Call)
	if !ok || len(dot.Args) != 2 {
		return nil
	}
	if dn, _ := dot.CallName(); dn != "." {
		return nil
	}
	mod, ok := c.moduleOf(dot.Args[0])
	fname, ok2 := atomLit(dot.Args[1])
	if !ok || !ok2 || (mod == atomKernel && kernelmacro.Is(fname.Name(), arity)) || c.in.macroExported(mod, fname, arity) {
		return nil
	}
	return c.captureNamed(&ast.Call{Pos: call.Pos, Fun: dot, Args: []ast.Node{}}, arity, s)
}

// isLocalMacro reports whether the module being compiled defines the
// macro name/arity so far.
func (c *compiler) isLocalMacro(name string, arity int) bool {
	if c.mod == nil {
		return false
	}
	_, ok := c.mod.macros[fnKey{term.MakeAtom(name), arity}]
	return ok
}

package interp

import (
	"fmt"
	"strings"

	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/parser/ast"
)

// kernelMacros are the Kernel macros, by name and arity, that can be
// captured: Elixir expands a capture of one (&<>/2, &Kernel.to_string/1,
// &is_nil(&1)) to an anonymous function calling it, not to an external
// function. Functions of the same name with another arity (get_in/2,
// put_in/3) are functions.
var kernelMacros = map[string][]int{
	"tap": {2}, "or": {2}, "and": {2}, "!": {1}, "<>": {2}, "raise": {1, 2},
	"reraise": {2, 3}, "is_struct": {1, 2}, "is_non_struct_map": {1},
	"is_exception": {1, 2}, "then": {2}, "get_in": {1}, "put_in": {2},
	"pop_in": {1}, "update_in": {2}, "get_and_update_in": {2},
	"to_string": {1}, "to_charlist": {1}, "is_nil": {1}, "match?": {2},
	"binding": {0, 1}, "if": {2}, "unless": {2}, "destructure": {2},
	"..": {0, 2}, "..//": {3}, "&&": {2}, "||": {2}, "|>": {2}, "in": {2},
	"var!": {1, 2}, "dbg": {0, 1, 2}, "to_char_list": {1},
}

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

// isKernelMacro reports whether Kernel defines name/arity as a macro.
func isKernelMacro(name string, arity int) bool {
	for _, a := range kernelMacros[name] {
		if a == arity {
			return true
		}
	}
	return strings.HasPrefix(name, "sigil_") && arity == 2
}

// capturedMacro compiles a capture of a Kernel macro, &Kernel.name/arity
// or &name/arity (mod is the zero atom), as Elixir expands it: fn x1, ...
// -> name(x1, ...) end. It returns nil when name/arity is no such macro.
func (c *compiler) capturedMacro(pos ast.Pos, mod term.Atom, name string, arity int, s *scope) expr {
	if (!mod.IsZero() && mod != atomKernel) || !isKernelMacro(name, arity) {
		return nil
	}
	params := make([]ast.Node, arity)
	for i := range params {
		params[i] = &ast.Var{Pos: pos, Name: fmt.Sprintf("\x00cap%d", i+1)}
	}
	var fun ast.Node = ast.Atom(pos, name)
	if !mod.IsZero() {
		fun = &ast.Call{Pos: pos, Fun: ast.Atom(pos, "."), Args: []ast.Node{ast.Atom(pos, "Elixir.Kernel"), ast.Atom(pos, name)}}
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
		if captureSpecialForms[name] || isKernelMacro(name, arity) || c.isLocalMacro(name, arity) {
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
	if !ok || !ok2 || (mod == atomKernel && isKernelMacro(fname.Name(), arity)) || c.in.macroExported(mod, fname, arity) {
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

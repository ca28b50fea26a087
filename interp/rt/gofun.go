package rt

import "github.com/exlite/exlite/beam/term"

// GoCode is the Code of a function value implemented in Go, such as the
// functions Access.key/1 or Stream.iterate/2 return. Env.Call runs a
// *term.Fun whose Code is a *GoCode by calling Fn(env, args) after checking
// the arity; Fun.Env of such a value belongs to the built-in that made it.
type GoCode struct {
	Fn BuiltinFunc
}

// MakeFun returns a function value of the given arity implemented by fn.
// module and name say where it was made ("Access", "key"); they are what
// inspect prints (#Function<...in Access.key/1>). data is stored in
// Fun.Env for the built-ins that recognise their own functions.
func MakeFun(module, name string, arity int, fn BuiltinFunc, data any) *term.Fun {
	return &term.Fun{
		Arity:  arity,
		Module: ModuleAtom(module),
		Name:   term.MakeAtom(name),
		Code:   &GoCode{Fn: fn},
		Env:    data,
	}
}

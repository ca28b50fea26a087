// Package rt is the contract between exlite's evaluator and its built-in
// functions: how a built-in is registered, what it may ask of the running
// program (call a function, write output), and how it raises Elixir errors.
//
// The evaluator (package interp) implements Env; the standard library
// (package interp/stdlib) registers built-ins here. Neither imports the other.
package rt

import (
	"io"
	"sync"

	"github.com/exlite/exlite/beam/term"
)

// Env is what a built-in may ask of the program that calls it.
type Env interface {
	// Call applies a function value (a *term.Fun) to args; it raises
	// BadFunctionError or BadArityError as Elixir does.
	Call(fun term.Term, args []term.Term) term.Term
	// Apply calls Module.name(args...), dispatching to user modules,
	// protocols and built-ins alike; it raises UndefinedFunctionError.
	Apply(module, name term.Atom, args []term.Term) term.Term
	// Stdout is the program's standard output.
	Stdout() io.Writer
	// Stderr is the program's standard error.
	Stderr() io.Writer
	// Self is the pid of the calling process.
	Self() term.Pid
}

// BuiltinFunc is a function implemented in Go. It returns its result or
// raises with panic(*Error) (see the Raise helpers); it never returns nil.
type BuiltinFunc func(env Env, args []term.Term) term.Term

// Builtin names a Go function as Module.name/arity.
type Builtin struct {
	Module term.Atom
	Name   term.Atom
	Arity  int
	Fn     BuiltinFunc
	// Guard is true for functions allowed in guards (is_integer/1, elem/2...).
	Guard bool
	// Macro is true for what Elixir defines as a macro (Integer.is_even/1,
	// Logger.info/1): a remote call to it runs only where its module is
	// required; elsewhere it raises UndefinedFunctionError.
	Macro bool
}

// MFA identifies a function by module, name and arity.
type MFA struct {
	Module term.Atom
	Name   term.Atom
	Arity  int
}

var registry = struct {
	sync.RWMutex
	m map[MFA]*Builtin
}{m: map[MFA]*Builtin{}}

// Register adds built-ins. module is written as in Elixir source: "Enum"
// for Elixir.Enum, ":lists" for the Erlang module lists.
func Register(module string, fns map[string]BuiltinFunc) {
	mod := ModuleAtom(module)
	registry.Lock()
	defer registry.Unlock()
	for key, fn := range fns {
		name, arity := splitNameArity(key)
		b := &Builtin{Module: mod, Name: term.MakeAtom(name), Arity: arity, Fn: fn}
		registry.m[MFA{b.Module, b.Name, arity}] = b
	}
}

// RegisterGuards marks Kernel functions usable in guards (they must be
// registered already).
func RegisterGuards(module string, keys ...string) {
	mod := ModuleAtom(module)
	registry.Lock()
	defer registry.Unlock()
	for _, key := range keys {
		name, arity := splitNameArity(key)
		if b, ok := registry.m[MFA{mod, term.MakeAtom(name), arity}]; ok {
			b.Guard = true
		}
	}
}

// RegisterMacros marks built-ins (registered already) as macros in
// Elixir: calls to them need `require Module` (see Builtin.Macro).
func RegisterMacros(module string, keys ...string) {
	mod := ModuleAtom(module)
	registry.Lock()
	defer registry.Unlock()
	for _, key := range keys {
		name, arity := splitNameArity(key)
		if b, ok := registry.m[MFA{mod, term.MakeAtom(name), arity}]; ok {
			b.Macro = true
		}
	}
}

// Lookup finds the built-in Module.name/arity.
func Lookup(module, name term.Atom, arity int) (*Builtin, bool) {
	registry.RLock()
	b, ok := registry.m[MFA{module, name, arity}]
	registry.RUnlock()
	return b, ok
}

// ModuleExports lists the built-ins of one module.
func ModuleExports(module term.Atom) []*Builtin {
	registry.RLock()
	defer registry.RUnlock()
	var out []*Builtin
	for k, b := range registry.m {
		if k.Module == module {
			out = append(out, b)
		}
	}
	return out
}

// ModuleAtom turns a module as written in source into its atom: "Enum"
// becomes :"Elixir.Enum", ":lists" becomes :lists.
func ModuleAtom(module string) term.Atom {
	if len(module) > 0 && module[0] == ':' {
		return term.MakeAtom(module[1:])
	}
	return term.MakeAtom("Elixir." + module)
}

// splitNameArity splits "map/2" into "map" and 2.
func splitNameArity(key string) (string, int) {
	for i := len(key) - 1; i >= 0; i-- {
		if key[i] == '/' {
			n := 0
			for _, c := range key[i+1:] {
				if c < '0' || c > '9' {
					panic("rt: bad built-in key " + key)
				}
				n = n*10 + int(c-'0')
			}
			return key[:i], n
		}
	}
	panic("rt: bad built-in key " + key)
}

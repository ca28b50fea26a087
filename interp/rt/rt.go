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
	"sync/atomic"

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

// registry holds the built-ins. Packages fill it from their init
// functions, but only through RegisterLazy: building the tables of a
// thousand functions costs a millisecond or two, which a process that
// never evaluates Elixir (`exlite parse`, `exlite --help`) should not pay.
// The queued registrations run, in the order they were queued, the first
// time the registry is read (Lookup, ModuleExports, Load).
var registry = struct {
	sync.RWMutex
	m map[MFA]*Builtin
	// pending holds the registrations queued before the first read; nil
	// once they have run.
	pending []func()
	// direct is set when the queue has been taken: Register and
	// RegisterGuards then change m at once instead of queueing.
	direct bool
}{m: map[MFA]*Builtin{}}

// loaded is set once the queued registrations have all run; loadMu
// serialises running them.
var (
	loaded atomic.Bool
	loadMu sync.Mutex
)

// RegisterLazy queues register, a function that calls Register and
// RegisterGuards, to run the first time the registry is read; after that
// it runs register at once. Packages call it from init so that start-up
// stays cheap. register must not call Lookup or ModuleExports (they
// would wait for the queue it is part of): to build on built-ins queued
// before it, it reads them with Registered.
func RegisterLazy(register func()) {
	registry.Lock()
	if !registry.direct {
		registry.pending = append(registry.pending, register)
		registry.Unlock()
		return
	}
	registry.Unlock()
	register()
}

// Load runs the queued registrations if they have not run yet. Reading
// the registry does it on demand; an evaluator may call it up front.
func Load() {
	if loaded.Load() {
		return
	}
	loadMu.Lock()
	defer loadMu.Unlock()
	if loaded.Load() {
		return
	}
	registry.Lock()
	pending := registry.pending
	registry.pending, registry.direct = nil, true
	registry.Unlock()
	for _, register := range pending {
		register()
	}
	loaded.Store(true)
}

// Register adds built-ins. module is written as in Elixir source: "Enum"
// for Elixir.Enum, ":lists" for the Erlang module lists. Called before the
// registry is first read, it is queued like RegisterLazy, in order.
func Register(module string, fns map[string]BuiltinFunc) {
	registry.Lock()
	if !registry.direct {
		registry.pending = append(registry.pending, func() { Register(module, fns) })
		registry.Unlock()
		return
	}
	defer registry.Unlock()
	mod := ModuleAtom(module)
	for key, fn := range fns {
		name, arity := splitNameArity(key)
		b := &Builtin{Module: mod, Name: term.MakeAtom(name), Arity: arity, Fn: fn}
		registry.m[MFA{b.Module, b.Name, arity}] = b
	}
}

// RegisterGuards marks Kernel functions usable in guards (they must be
// registered already, or queued before).
func RegisterGuards(module string, keys ...string) {
	registry.Lock()
	if !registry.direct {
		registry.pending = append(registry.pending, func() { RegisterGuards(module, keys...) })
		registry.Unlock()
		return
	}
	defer registry.Unlock()
	mod := ModuleAtom(module)
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
	if !loaded.Load() {
		Load()
	}
	registry.RLock()
	b, ok := registry.m[MFA{module, name, arity}]
	registry.RUnlock()
	return b, ok
}

// Registered finds the built-in Module.name/arity among those registered
// so far, without running the queued registrations: for a registration
// function that builds on the ones queued before it.
func Registered(module, name term.Atom, arity int) (*Builtin, bool) {
	registry.RLock()
	b, ok := registry.m[MFA{module, name, arity}]
	registry.RUnlock()
	return b, ok
}

// ModuleExports lists the built-ins of one module.
func ModuleExports(module term.Atom) []*Builtin {
	Load()
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

// Modules lists the modules that have built-ins, each once.
func Modules() []term.Atom {
	Load()
	registry.RLock()
	defer registry.RUnlock()
	seen := map[term.Atom]bool{}
	var out []term.Atom
	for k := range registry.m {
		if !seen[k.Module] {
			seen[k.Module] = true
			out = append(out, k.Module)
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

package interp

import (
	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/rt"
)

// The Code functions that ask whether a module exists. A module "is
// loaded" here when the program has defined it, when it is one of
// exlite's library modules written in Elixir (loaded on demand, as the
// BEAM loads a module from its code path), or when exlite has built-ins
// for it.

func init() { rt.RegisterLazy(registerCode) }

// registerCode registers the built-ins of this file (see rt.RegisterLazy).
func registerCode() {
	rt.Register("Code", map[string]rt.BuiltinFunc{
		"ensure_loaded?/1": func(env rt.Env, a []term.Term) term.Term {
			return term.Bool(codeLoadable(env, moduleArg(env, "ensure_loaded?", a)))
		},
		"ensure_loaded/1": func(env rt.Env, a []term.Term) term.Term {
			return loadResult(env, moduleArg(env, "ensure_loaded", a))
		},
		"ensure_compiled/1": func(env rt.Env, a []term.Term) term.Term {
			return loadResult(env, moduleArg(env, "ensure_compiled", a))
		},
	})
}

// moduleArg is the module argument of Code.name/1, which must be an atom
// (the functions' guard).
func moduleArg(env rt.Env, name string, a []term.Term) term.Atom {
	mod, ok := a[0].(term.Atom)
	if !ok {
		if p, isProc := env.(*proc); isProc {
			fn := &function{mod: term.MakeAtom("Elixir.Code"), name: term.MakeAtom(name), arity: 1}
			p.raiseFunctionClause(fn, a)
		}
		rt.ArgumentError("argument error")
	}
	return mod
}

// codeLoadable reports whether mod can be used: defined by the program,
// an exlite library module, or a built-in one.
func codeLoadable(env rt.Env, mod term.Atom) bool {
	p, ok := env.(*proc)
	if !ok {
		return len(rt.ModuleExports(mod)) > 0
	}
	return p.lookupModule(mod) != nil || p.in.moduleExists(mod)
}

// loadResult is {:module, mod} or {:error, :nofile}.
func loadResult(env rt.Env, mod term.Atom) term.Term {
	if codeLoadable(env, mod) {
		return term.Tuple{term.MakeAtom("module"), mod}
	}
	return term.Tuple{term.ErrorAtom, term.MakeAtom("nofile")}
}

package stdlib

import (
	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/rt"
)

// The Function module.

var (
	atomName     = term.MakeAtom("name")
	atomEnv      = term.MakeAtom("env")
	atomType     = term.MakeAtom("type")
	atomExternal = term.MakeAtom("external")
	atomLocal    = term.MakeAtom("local")
)

// funInfo is Function.info/2 for one item; ok is false for an unknown one.
func funInfo(f *term.Fun, item term.Term) (term.Term, bool) {
	switch item {
	case atomModule:
		return f.Module, true
	case atomName:
		return f.Name, true
	case atomArity:
		return term.Int(f.Arity), true
	case atomEnv:
		return term.Nil, true
	case atomType:
		if f.External {
			return atomExternal, true
		}
		return atomLocal, true
	case atom("pid"), atom("index"), atom("new_index"), atom("uniq"), atom("new_uniq"):
		// an external function has none of these (erlang:fun_info/2)
		if f.External {
			return atom("undefined"), true
		}
		switch item {
		case atom("index"), atom("new_index"):
			return term.Int(f.Index), true
		case atom("uniq"), atom("new_uniq"):
			return term.Int(f.Uniq), true
		}
	}
	return nil, false
}

func init() { rt.RegisterLazy(registerFunction) }

// registerFunction registers the built-ins of this file (see rt.RegisterLazy).
func registerFunction() {
	rt.Register("Function", map[string]rt.BuiltinFunc{
		"identity/1": func(env rt.Env, a []term.Term) term.Term { return a[0] },
		"capture/3": func(env rt.Env, a []term.Term) term.Term {
			mod, ok1 := a[0].(term.Atom)
			name, ok2 := a[1].(term.Atom)
			n, ok3 := smallInt(a[2])
			if !ok1 || !ok2 || !ok3 || n < 0 || n > 255 {
				erlangBadArg("1st", "not an atom")
			}
			return &term.Fun{Arity: int(n), Module: mod, Name: name, External: true}
		},
		"info/1": func(env rt.Env, a []term.Term) term.Term {
			f, ok := a[0].(*term.Fun)
			if !ok {
				functionClause("Function", "info", 1, a...)
			}
			var out []term.Term
			for _, k := range []term.Term{atomModule, atomName, atomArity, atomEnv, atomType} {
				v, _ := funInfo(f, k)
				out = append(out, term.Tuple{k, v})
			}
			return list(out)
		},
		"info/2": func(env rt.Env, a []term.Term) term.Term {
			f, ok := a[0].(*term.Fun)
			if !ok {
				functionClause("Function", "info", 2, a...)
			}
			v, ok := funInfo(f, a[1])
			if !ok {
				erlangBadArg("2nd", "invalid item")
			}
			return term.Tuple{a[1], v}
		},
	})
}

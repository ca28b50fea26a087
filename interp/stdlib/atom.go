package stdlib

import (
	"strings"

	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/rt"
)

// Atom's text conversions and the text side of Module (split, concat).

func init() { rt.RegisterLazy(registerAtom) }

// registerAtom registers the built-ins of this file (see rt.RegisterLazy).
func registerAtom() {
	rt.Register("Atom", map[string]rt.BuiltinFunc{
		"to_string/1": func(env rt.Env, a []term.Term) term.Term {
			return term.Binary(erlAtomArg(a, 0).Name())
		},
		"to_charlist/1": func(env rt.Env, a []term.Term) term.Term {
			return stringToCharlist(erlAtomArg(a, 0).Name())
		},
	})
	rt.Register("Module", map[string]rt.BuiltinFunc{
		"split/1": func(env rt.Env, a []term.Term) term.Term {
			var name string
			switch v := a[0].(type) {
			case term.Atom:
				name = v.Name()
			case term.Binary:
				name = string(v)
			default:
				fnClauseError("Module.split/1", a)
			}
			rest, ok := strings.CutPrefix(name, "Elixir.")
			if !ok || rest == "" {
				rt.ArgumentError("expected an Elixir module, got: " + rt.Inspect(env, a[0]))
			}
			return strList(strings.Split(rest, "."))
		},
		"concat/1": func(env rt.Env, a []term.Term) term.Term { return moduleConcat(env, a[0]) },
		"concat/2": func(env rt.Env, a []term.Term) term.Term { return moduleConcat(env, term.List(a[0], a[1])) },
	})
}

// moduleConcat is Module.concat/1: aliases joined into a module atom.
func moduleConcat(env rt.Env, list term.Term) term.Term {
	items, ok := term.ListToSlice(list)
	if !ok {
		fnClauseError("Module.concat/1", []term.Term{list})
	}
	var parts []string
	for _, it := range items {
		var s string
		switch v := it.(type) {
		case term.Atom:
			if v == term.NilAtom {
				continue
			}
			s = v.Name()
		case term.Binary:
			s = string(v)
		default:
			fnClauseError("Module.concat/1", []term.Term{list})
		}
		s = strings.TrimPrefix(s, "Elixir.")
		if s != "" {
			parts = append(parts, s)
		}
	}
	return rt.NewAtom(env, "Elixir."+strings.Join(parts, "."))
}

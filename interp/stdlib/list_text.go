package stdlib

import (
	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/rt"
)

// The text conversions of the List module (List.to_string/1,
// List.to_integer/1,2...); the rest of List is in list.go.

func init() { rt.RegisterLazy(registerListText) }

// registerListText registers the built-ins of this file (see rt.RegisterLazy).
func registerListText() {
	rt.Register("List", map[string]rt.BuiltinFunc{
		"to_string/1": func(env rt.Env, a []term.Term) term.Term {
			if !term.IsList(a[0]) {
				fnClauseError("List.to_string/1", a)
			}
			return term.Binary(listToString(env, a[0]))
		},
		"to_charlist/1": func(env rt.Env, a []term.Term) term.Term {
			if !term.IsList(a[0]) {
				fnClauseError("List.to_charlist/1", a)
			}
			s, ok := chardataToString(a[0])
			if !ok {
				listToCharlistError(env, a[0])
			}
			return stringToCharlist(s)
		},
		"to_integer/1": func(env rt.Env, a []term.Term) term.Term { return erlParseInt(charlistArg(a, 0), 10) },
		"to_integer/2": func(env rt.Env, a []term.Term) term.Term { return erlParseInt(charlistArg(a, 0), erlBase(a[1])) },
		"to_float/1":   func(env rt.Env, a []term.Term) term.Term { return erlParseFloat(charlistArg(a, 0)) },
		"to_atom/1":    func(env rt.Env, a []term.Term) term.Term { return rt.NewAtom(env, charlistArg(a, 0)) },
		"to_existing_atom/1": func(env rt.Env, a []term.Term) term.Term {
			return existingAtom(charlistArg(a, 0))
		},
	})
}

// listToCharlistError raises List.to_charlist/1's error for a list that is
// not chardata: UnicodeConversionError for a code point out of range,
// ArgumentError otherwise.
func listToCharlistError(env rt.Env, t term.Term) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(*rt.Error); ok && rt.ExceptionName(e.Value) == "ArgumentError" {
				rt.ArgumentError(cannotConvertList(env, t, "charlist"))
			}
			panic(r)
		}
	}()
	listToString(env, t)
}

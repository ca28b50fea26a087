package stdlib

import (
	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/rt"
)

// MapSets are %MapSet{map: %{element => []}} structs, as :sets version 2
// stores them.

// makeMapSet builds a MapSet of the given elements.
func makeMapSet(elems []term.Term) *term.Map {
	vals := make([]term.Term, len(elems))
	for i := range vals {
		vals[i] = term.Nil
	}
	return wrapSet(term.NewMap(elems, vals))
}

// wrapSet makes %MapSet{map: m}.
func wrapSet(m *term.Map) *term.Map {
	return term.NewMap([]term.Term{atomStruct, atomMap}, []term.Term{modMapSet, m})
}

// setOf returns the inner map of a MapSet, or raises FunctionClauseError
// for MapSet.fun/arity.
func setOf(t term.Term, fun string, arity int) *term.Map {
	if m, ok := t.(*term.Map); ok && isStructOf(m, modMapSet) {
		if s, ok := mapField(m, atomMap).(*term.Map); ok {
			return s
		}
	}
	functionClause("MapSet", fun, arity)
	return nil
}

// mapSetPut adds x to the MapSet set.
func mapSetPut(set *term.Map, x term.Term) *term.Map {
	inner, _ := mapField(set, atomMap).(*term.Map)
	if _, ok := inner.Get(x); ok {
		return set
	}
	return set.Put(atomMap, inner.Put(x, term.Nil))
}

// filterSet keeps the elements of s for which keep returns true.
func filterSet(s *term.Map, keep func(term.Term) bool) *term.Map {
	var out []term.Term
	for _, k := range s.Keys() {
		if keep(k) {
			out = append(out, k)
		}
	}
	return makeMapSet(out)
}

func init() { rt.RegisterLazy(registerMapSet) }

// registerMapSet registers the built-ins of this file (see rt.RegisterLazy).
func registerMapSet() {
	rt.Register("MapSet", map[string]rt.BuiltinFunc{
		"new/0": func(env rt.Env, args []term.Term) term.Term { return makeMapSet(nil) },
		"new/1": func(env rt.Env, args []term.Term) term.Term {
			if isStructOf(args[0], modMapSet) {
				return args[0]
			}
			return makeMapSet(toSlice(env, args[0]))
		},
		"new/2": func(env rt.Env, args []term.Term) term.Term {
			return makeMapSet(mapSlice(env, args[0], args[1]))
		},
		"put/2": func(env rt.Env, args []term.Term) term.Term {
			setOf(args[0], "put", 2)
			return mapSetPut(args[0].(*term.Map), args[1])
		},
		"delete/2": func(env rt.Env, args []term.Term) term.Term {
			s := setOf(args[0], "delete", 2)
			if _, ok := s.Get(args[1]); !ok {
				return args[0]
			}
			return args[0].(*term.Map).Put(atomMap, s.Delete(args[1]))
		},
		"member?/2": func(env rt.Env, args []term.Term) term.Term {
			_, ok := setOf(args[0], "member?", 2).Get(args[1])
			return term.Bool(ok)
		},
		"size/1": func(env rt.Env, args []term.Term) term.Term {
			return term.Int(setOf(args[0], "size", 1).Len())
		},
		"to_list/1": func(env rt.Env, args []term.Term) term.Term {
			return list(append([]term.Term(nil), setOf(args[0], "to_list", 1).Keys()...))
		},
		"union/2": func(env rt.Env, args []term.Term) term.Term {
			a, b := setOf(args[0], "union", 2), setOf(args[1], "union", 2)
			keys := append(append([]term.Term{}, a.Keys()...), b.Keys()...)
			return makeMapSet(keys)
		},
		"intersection/2": func(env rt.Env, args []term.Term) term.Term {
			a, b := setOf(args[0], "intersection", 2), setOf(args[1], "intersection", 2)
			return filterSet(a, func(k term.Term) bool { _, ok := b.Get(k); return ok })
		},
		"difference/2": func(env rt.Env, args []term.Term) term.Term {
			a, b := setOf(args[0], "difference", 2), setOf(args[1], "difference", 2)
			return filterSet(a, func(k term.Term) bool { _, ok := b.Get(k); return !ok })
		},
		"symmetric_difference/2": func(env rt.Env, args []term.Term) term.Term {
			a, b := setOf(args[0], "symmetric_difference", 2), setOf(args[1], "symmetric_difference", 2)
			var out []term.Term
			for _, k := range a.Keys() {
				if _, ok := b.Get(k); !ok {
					out = append(out, k)
				}
			}
			for _, k := range b.Keys() {
				if _, ok := a.Get(k); !ok {
					out = append(out, k)
				}
			}
			return makeMapSet(out)
		},
		"disjoint?/2": func(env rt.Env, args []term.Term) term.Term {
			a, b := setOf(args[0], "disjoint?", 2), setOf(args[1], "disjoint?", 2)
			for _, k := range a.Keys() {
				if _, ok := b.Get(k); ok {
					return term.False
				}
			}
			return term.True
		},
		"subset?/2": func(env rt.Env, args []term.Term) term.Term {
			a, b := setOf(args[0], "subset?", 2), setOf(args[1], "subset?", 2)
			if a.Len() > b.Len() {
				return term.False
			}
			for _, k := range a.Keys() {
				if _, ok := b.Get(k); !ok {
					return term.False
				}
			}
			return term.True
		},
		"equal?/2": func(env rt.Env, args []term.Term) term.Term {
			a, b := setOf(args[0], "equal?", 2), setOf(args[1], "equal?", 2)
			return term.Bool(term.StrictEqual(a, b))
		},
		"filter/2": func(env rt.Env, args []term.Term) term.Term {
			s := setOf(args[0], "filter", 2)
			return filterSet(s, func(k term.Term) bool { return truthy(env, args[1], k) })
		},
		"reject/2": func(env rt.Env, args []term.Term) term.Term {
			s := setOf(args[0], "reject", 2)
			return filterSet(s, func(k term.Term) bool { return !truthy(env, args[1], k) })
		},
		"split_with/2": func(env rt.Env, args []term.Term) term.Term {
			s := setOf(args[0], "split_with", 2)
			var yes, no []term.Term
			for _, k := range s.Keys() {
				if truthy(env, args[1], k) {
					yes = append(yes, k)
				} else {
					no = append(no, k)
				}
			}
			return term.Tuple{makeMapSet(yes), makeMapSet(no)}
		},
	})
}

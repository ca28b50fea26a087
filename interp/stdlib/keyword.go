package stdlib

import (
	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/rt"
)

// The Keyword module: keyword lists are lists of {atom, value} pairs.

// kwList reads a list argument of Keyword.fun/arity (FunctionClauseError
// when it is not a proper list).
func kwList(t term.Term, fun string, arity int) []term.Term {
	items, ok := properList(t)
	if !ok {
		functionClause("Keyword", fun, arity)
	}
	return items
}

// kwKey checks the key argument is an atom.
func kwKey(t term.Term, fun string, arity int) term.Atom {
	a, ok := t.(term.Atom)
	if !ok {
		functionClause("Keyword", fun, arity)
	}
	return a
}

// pair returns the {k, v} of a keyword entry, or ok false.
func pair(t term.Term) (k, v term.Term, ok bool) {
	p, isT := t.(term.Tuple)
	if !isT || len(p) != 2 {
		return nil, nil, false
	}
	return p[0], p[1], true
}

// kwFind returns the value of the first entry with key (lists:keyfind).
func kwFind(items []term.Term, key term.Term) (term.Term, bool) {
	for _, it := range items {
		if k, v, ok := pair(it); ok && term.Equal(k, key) {
			return v, true
		}
	}
	return nil, false
}

// kwWithout removes all entries with key.
func kwWithout(items []term.Term, key term.Term) []term.Term {
	out := make([]term.Term, 0, len(items))
	for _, it := range items {
		if k, _, ok := pair(it); ok && k == key {
			continue
		}
		out = append(out, it)
	}
	return out
}

func isKeyword(t term.Term) bool {
	for {
		switch c := t.(type) {
		case term.EmptyList:
			return true
		case *term.Cons:
			k, _, ok := pair(c.Head)
			if !ok {
				return false
			}
			if _, isAtom := k.(term.Atom); !isAtom {
				return false
			}
			t = c.Tail
		default:
			return false
		}
	}
}

// kwReplaceFirst replaces the first entry of key with {key, f(value)} and
// drops the later ones; found reports whether key was present.
func kwReplaceFirst(items []term.Term, key term.Term, f func(v term.Term) term.Term) ([]term.Term, bool) {
	for i, it := range items {
		if k, v, ok := pair(it); ok && k == key {
			out := append([]term.Term{}, items[:i]...)
			out = append(out, term.Tuple{key, f(v)})
			return append(out, kwWithout(items[i+1:], key)...), true
		}
	}
	return items, false
}

func memberOf(items []term.Term, x term.Term) bool {
	for _, it := range items {
		if term.StrictEqual(it, x) {
			return true
		}
	}
	return false
}

func kwNew(env rt.Env, enum, transform term.Term) term.Term {
	items := toSlice(env, enum)
	// Last one prevails: walk backwards, keep the first seen of each key.
	seen := newTermSet(len(items))
	var out []term.Term
	for i := len(items) - 1; i >= 0; i-- {
		x := items[i]
		if transform != nil {
			x = env.Call(transform, []term.Term{x})
		}
		k, v, ok := pair(x)
		if !ok {
			rt.Raise(rt.NewException("MatchError", atomTerm, x))
		}
		if seen.add(k) {
			out = append(out, term.Tuple{k, v})
		}
	}
	reverseSlice(out)
	return list(out)
}

// kwValidate follows Elixir's Keyword.validate/2 step by step (including
// the order of the result).
func kwValidate(env rt.Env, kw, values term.Term) (term.Term, []term.Term) {
	items := kwList(kw, "validate", 2)
	kwList(values, "validate", 2)
	v1, v2 := values, term.Term(term.Nil)
	var acc term.Term = term.Nil
	var bad []term.Term
	for _, it := range items {
		k, _, ok := pair(it)
		if _, isAtom := k.(term.Atom); !ok || !isAtom {
			if len(bad) == 0 {
				rt.ArgumentError("expected a keyword list as first argument, got invalid entry: " + rt.Inspect(env, it))
			}
			break
		}
		if r1, r2, found := findKey(k, v1, v2); found {
			v1, v2 = r1, r2
			acc = cons(it, acc)
		} else if r1, r2, found := findKey(k, v2, v1); found {
			v1, v2 = r1, r2
			acc = cons(it, acc)
		} else {
			bad = append([]term.Term{k}, bad...)
		}
	}
	if len(bad) > 0 {
		return nil, bad
	}
	return movePairs(env, v1, movePairs(env, v2, acc)), nil
}

// findKey is find_key!/3: it looks for key (or {key, _}) in l, returning
// the rest of l and acc with the skipped entries prepended.
func findKey(key, l, acc term.Term) (term.Term, term.Term, bool) {
	for {
		c, ok := l.(*term.Cons)
		if !ok {
			return nil, nil, false
		}
		if c.Head == key {
			return c.Tail, acc, true
		}
		if t, ok := c.Head.(term.Tuple); ok && len(t) == 2 && t[0] == key {
			return c.Tail, acc, true
		}
		acc = cons(c.Head, acc)
		l = c.Tail
	}
}

func movePairs(env rt.Env, l, acc term.Term) term.Term {
	for {
		c, ok := l.(*term.Cons)
		if !ok {
			return acc
		}
		switch h := c.Head.(type) {
		case term.Atom:
		case term.Tuple:
			if _, isAtom := h[0].(term.Atom); len(h) == 2 && isAtom {
				acc = cons(h, acc)
				break
			}
			rt.ArgumentError("expected the second argument to be a list of atoms or tuples, got: " + rt.Inspect(env, h))
		default:
			rt.ArgumentError("expected the second argument to be a list of atoms or tuples, got: " + rt.Inspect(env, h))
		}
		l = c.Tail
	}
}

func init() { rt.RegisterLazy(registerKeyword) }

// registerKeyword registers the built-ins of this file (see rt.RegisterLazy).
func registerKeyword() {
	rt.Register("Keyword", map[string]rt.BuiltinFunc{
		"new/0": func(env rt.Env, a []term.Term) term.Term { return term.Nil },
		"new/1": func(env rt.Env, a []term.Term) term.Term { return kwNew(env, a[0], nil) },
		"new/2": func(env rt.Env, a []term.Term) term.Term { return kwNew(env, a[0], a[1]) },
		"keyword?/1": func(env rt.Env, a []term.Term) term.Term {
			return term.Bool(isKeyword(a[0]))
		},
		"from_keys/2": func(env rt.Env, a []term.Term) term.Term {
			keys := kwList(a[0], "from_keys", 2)
			out := make([]term.Term, len(keys))
			for i, k := range keys {
				out[i] = term.Tuple{k, a[1]}
			}
			return list(out)
		},
		"get/2": func(env rt.Env, a []term.Term) term.Term {
			items := kwList(a[0], "get", 3)
			kwKey(a[1], "get", 3)
			if v, ok := kwFind(items, a[1]); ok {
				return v
			}
			return term.NilAtom
		},
		"get/3": func(env rt.Env, a []term.Term) term.Term {
			items := kwList(a[0], "get", 3)
			kwKey(a[1], "get", 3)
			if v, ok := kwFind(items, a[1]); ok {
				return v
			}
			return a[2]
		},
		"get_lazy/3": func(env rt.Env, a []term.Term) term.Term {
			items := kwList(a[0], "get_lazy", 3)
			kwKey(a[1], "get_lazy", 3)
			if v, ok := kwFind(items, a[1]); ok {
				return v
			}
			return env.Call(a[2], nil)
		},
		"fetch/2": func(env rt.Env, a []term.Term) term.Term {
			items := kwList(a[0], "fetch", 2)
			kwKey(a[1], "fetch", 2)
			if v, ok := kwFind(items, a[1]); ok {
				return okTuple(v)
			}
			return term.ErrorAtom
		},
		"fetch!/2": func(env rt.Env, a []term.Term) term.Term {
			items := kwList(a[0], "fetch!", 2)
			kwKey(a[1], "fetch!", 2)
			if v, ok := kwFind(items, a[1]); ok {
				return v
			}
			keyError(a[1], a[0])
			return nil
		},
		"get_values/2": func(env rt.Env, a []term.Term) term.Term {
			items := kwList(a[0], "get_values", 2)
			var out []term.Term
			for _, it := range items {
				if k, v, ok := pair(it); ok && k == a[1] {
					out = append(out, v)
				}
			}
			return list(out)
		},
		"has_key?/2": func(env rt.Env, a []term.Term) term.Term {
			_, ok := kwFind(kwList(a[0], "has_key?", 2), a[1])
			return term.Bool(ok)
		},
		"keys/1": func(env rt.Env, a []term.Term) term.Term {
			items := kwList(a[0], "keys", 1)
			out := make([]term.Term, len(items))
			for i, it := range items {
				k, _, ok := pair(it)
				if _, isAtom := k.(term.Atom); !ok || !isAtom {
					rt.ArgumentError("expected a keyword list, but an entry in the list is not a two-element tuple " +
						"with an atom as its first element, got: " + rt.Inspect(env, it))
				}
				out[i] = k
			}
			return list(out)
		},
		"values/1": func(env rt.Env, a []term.Term) term.Term {
			items := kwList(a[0], "values", 1)
			out := make([]term.Term, len(items))
			for i, it := range items {
				_, v, ok := pair(it)
				if !ok {
					functionClause("Keyword", "values", 1, a...)
				}
				out[i] = v
			}
			return list(out)
		},
		"size/1":    func(env rt.Env, a []term.Term) term.Term { return term.Int(len(kwList(a[0], "size", 1))) },
		"to_list/1": func(env rt.Env, a []term.Term) term.Term { kwList(a[0], "to_list", 1); return a[0] },
		"delete/2": func(env rt.Env, a []term.Term) term.Term {
			items := kwList(a[0], "delete", 2)
			kwKey(a[1], "delete", 2)
			if _, ok := kwFind(items, a[1]); !ok {
				return a[0]
			}
			return list(kwWithout(items, a[1]))
		},
		"delete/3": func(env rt.Env, a []term.Term) term.Term {
			items := kwList(a[0], "delete", 3)
			var out []term.Term
			for _, it := range items {
				if k, v, ok := pair(it); ok && k == a[1] && term.StrictEqual(v, a[2]) {
					continue
				}
				out = append(out, it)
			}
			return list(out)
		},
		"delete_first/2": func(env rt.Env, a []term.Term) term.Term {
			items := kwList(a[0], "delete_first", 2)
			for i, it := range items {
				if k, _, ok := pair(it); ok && k == a[1] {
					return list(append(append([]term.Term{}, items[:i]...), items[i+1:]...))
				}
			}
			return a[0]
		},
		"put/3": func(env rt.Env, a []term.Term) term.Term {
			items := kwList(a[0], "put", 3)
			kwKey(a[1], "put", 3)
			return listWithTail([]term.Term{term.Tuple{a[1], a[2]}}, list(kwWithout(items, a[1])))
		},
		"put_new/3": func(env rt.Env, a []term.Term) term.Term {
			items := kwList(a[0], "put_new", 3)
			kwKey(a[1], "put_new", 3)
			if _, ok := kwFind(items, a[1]); ok {
				return a[0]
			}
			return cons(term.Tuple{a[1], a[2]}, a[0])
		},
		"put_new_lazy/3": func(env rt.Env, a []term.Term) term.Term {
			items := kwList(a[0], "put_new_lazy", 3)
			if _, ok := kwFind(items, a[1]); ok {
				return a[0]
			}
			return cons(term.Tuple{a[1], env.Call(a[2], nil)}, a[0])
		},
		"replace/3": func(env rt.Env, a []term.Term) term.Term {
			items := kwList(a[0], "replace", 3)
			out, _ := kwReplaceFirst(items, a[1], func(term.Term) term.Term { return a[2] })
			return list(out)
		},
		"replace!/3": func(env rt.Env, a []term.Term) term.Term {
			items := kwList(a[0], "replace!", 3)
			out, found := kwReplaceFirst(items, a[1], func(term.Term) term.Term { return a[2] })
			if !found {
				keyError(a[1], a[0])
			}
			return list(out)
		},
		"replace_lazy/3": func(env rt.Env, a []term.Term) term.Term {
			items := kwList(a[0], "replace_lazy", 3)
			out, _ := kwReplaceFirst(items, a[1], func(v term.Term) term.Term { return env.Call(a[2], []term.Term{v}) })
			return list(out)
		},
		"update/4": func(env rt.Env, a []term.Term) term.Term {
			items := kwList(a[0], "update", 4)
			kwKey(a[1], "update", 4)
			out, found := kwReplaceFirst(items, a[1], func(v term.Term) term.Term { return env.Call(a[3], []term.Term{v}) })
			if !found {
				return list(append(append([]term.Term{}, items...), term.Tuple{a[1], a[2]}))
			}
			return list(out)
		},
		"update!/3": func(env rt.Env, a []term.Term) term.Term {
			items := kwList(a[0], "update!", 3)
			kwKey(a[1], "update!", 3)
			out, found := kwReplaceFirst(items, a[1], func(v term.Term) term.Term { return env.Call(a[2], []term.Term{v}) })
			if !found {
				keyError(a[1], a[0])
			}
			return list(out)
		},
		"get_and_update/3": func(env rt.Env, a []term.Term) term.Term {
			items := kwList(a[0], "get_and_update", 3)
			for i, it := range items {
				k, v, ok := pair(it)
				if !ok {
					// Keyword's private get_and_update/4 walks {key, value} pairs only
					functionClause("Keyword", "get_and_update", 4)
				}
				if k == a[1] {
					r := env.Call(a[2], []term.Term{v})
					if r == atomPop {
						return term.Tuple{v, list(append(append([]term.Term{}, items[:i]...), items[i+1:]...))}
					}
					t, ok := r.(term.Tuple)
					if !ok || len(t) != 2 {
						badFunReturn(env, r)
					}
					out := append(append([]term.Term{}, items[:i]...), term.Tuple{k, t[1]})
					return term.Tuple{t[0], list(append(out, items[i+1:]...))}
				}
			}
			r := env.Call(a[2], []term.Term{term.NilAtom})
			if r == atomPop {
				return term.Tuple{term.NilAtom, a[0]}
			}
			t, ok := r.(term.Tuple)
			if !ok || len(t) != 2 {
				badFunReturn(env, r)
			}
			return term.Tuple{t[0], cons(term.Tuple{a[1], t[1]}, a[0])}
		},
		"get_and_update!/3": func(env rt.Env, a []term.Term) term.Term {
			items := kwList(a[0], "get_and_update!", 3)
			for i, it := range items {
				if k, v, ok := pair(it); ok && k == a[1] {
					r := env.Call(a[2], []term.Term{v})
					if r == atomPop {
						return term.Tuple{v, list(append(append([]term.Term{}, items[:i]...), items[i+1:]...))}
					}
					t, ok := r.(term.Tuple)
					if !ok || len(t) != 2 {
						badFunReturn(env, r)
					}
					out := append(append([]term.Term{}, items[:i]...), term.Tuple{k, t[1]})
					return term.Tuple{t[0], list(append(out, kwWithout(items[i+1:], k)...))}
				}
			}
			keyError(a[1], a[0])
			return nil
		},
		"pop/2": func(env rt.Env, a []term.Term) term.Term {
			items := kwList(a[0], "pop", 3)
			if v, ok := kwFind(items, a[1]); ok {
				return term.Tuple{v, list(kwWithout(items, a[1]))}
			}
			return term.Tuple{term.NilAtom, a[0]}
		},
		"pop/3": func(env rt.Env, a []term.Term) term.Term {
			items := kwList(a[0], "pop", 3)
			if v, ok := kwFind(items, a[1]); ok {
				return term.Tuple{v, list(kwWithout(items, a[1]))}
			}
			return term.Tuple{a[2], a[0]}
		},
		"pop!/2": func(env rt.Env, a []term.Term) term.Term {
			items := kwList(a[0], "pop!", 2)
			if v, ok := kwFind(items, a[1]); ok {
				return term.Tuple{v, list(kwWithout(items, a[1]))}
			}
			keyError(a[1], a[0])
			return nil
		},
		"pop_lazy/3": func(env rt.Env, a []term.Term) term.Term {
			items := kwList(a[0], "pop_lazy", 3)
			if v, ok := kwFind(items, a[1]); ok {
				return term.Tuple{v, list(kwWithout(items, a[1]))}
			}
			return term.Tuple{env.Call(a[2], nil), a[0]}
		},
		"pop_first/2": func(env rt.Env, a []term.Term) term.Term {
			return kwPopFirst(kwList(a[0], "pop_first", 3), a[0], a[1], term.NilAtom)
		},
		"pop_first/3": func(env rt.Env, a []term.Term) term.Term {
			return kwPopFirst(kwList(a[0], "pop_first", 3), a[0], a[1], a[2])
		},
		"pop_values/2": func(env rt.Env, a []term.Term) term.Term {
			items := kwList(a[0], "pop_values", 2)
			var vals, rest []term.Term
			for _, it := range items {
				if k, v, ok := pair(it); ok && k == a[1] {
					vals = append(vals, v)
				} else {
					rest = append(rest, it)
				}
			}
			return term.Tuple{list(vals), list(rest)}
		},
		"equal?/2": func(env rt.Env, a []term.Term) term.Term {
			l := kwList(a[0], "equal?", 2)
			r := kwList(a[1], "equal?", 2)
			l = append([]term.Term(nil), l...)
			r = append([]term.Term(nil), r...)
			sortTerms(l)
			sortTerms(r)
			return term.Bool(term.StrictEqual(list(l), list(r)))
		},
		"merge/2": func(env rt.Env, a []term.Term) term.Term {
			l := kwList(a[0], "merge", 2)
			r := kwList(a[1], "merge", 2)
			if len(r) == 0 {
				return a[0]
			}
			if len(l) == 0 {
				return a[1]
			}
			if !isKeyword(a[1]) {
				rt.ArgumentError("expected a keyword list as the second argument, got: " + rt.Inspect(env, a[1]))
			}
			var out []term.Term
			for _, it := range l {
				k, _, ok := pair(it)
				if _, isAtom := k.(term.Atom); !ok || !isAtom {
					rt.ArgumentError("expected a keyword list as the first argument, got: " + rt.Inspect(env, a[0]))
				}
				if _, found := kwFind(r, k); !found {
					out = append(out, it)
				}
			}
			return listWithTail(out, a[1])
		},
		"merge/3": func(env rt.Env, a []term.Term) term.Term {
			l := kwList(a[0], "merge", 3)
			r := kwList(a[1], "merge", 3)
			if !isKeyword(a[0]) {
				rt.ArgumentError("expected a keyword list as the first argument, got: " + rt.Inspect(env, a[0]))
			}
			rest := l
			original := l
			var acc []term.Term
			for _, it := range r {
				k, v2, ok := pair(it)
				if _, isAtom := k.(term.Atom); !ok || !isAtom {
					rt.ArgumentError("expected a keyword list as the second argument, got: " + rt.Inspect(env, a[1]))
				}
				if v1, found := kwFind(original, k); found {
					acc = append(acc, term.Tuple{k, env.Call(a[2], []term.Term{k, v1, v2})})
					original = kwDeleteFirst(original, k)
					rest = kwWithout(rest, k)
				} else {
					acc = append(acc, term.Tuple{k, v2})
				}
			}
			return list(append(append([]term.Term{}, rest...), acc...))
		},
		"intersect/2": func(env rt.Env, a []term.Term) term.Term {
			return kwIntersect(env, a[0], a[1], nil)
		},
		"intersect/3": func(env rt.Env, a []term.Term) term.Term {
			return kwIntersect(env, a[0], a[1], a[2])
		},
		"split/2": func(env rt.Env, a []term.Term) term.Term {
			items := kwList(a[0], "split", 2)
			keys := kwList(a[1], "split", 2)
			var take, drop []term.Term
			for _, it := range items {
				k, _, _ := pair(it)
				if memberOf(keys, k) {
					take = append(take, it)
				} else {
					drop = append(drop, it)
				}
			}
			return term.Tuple{list(take), list(drop)}
		},
		"split_with/2": func(env rt.Env, a []term.Term) term.Term {
			items := kwList(a[0], "split_with", 2)
			var yes, no []term.Term
			for _, it := range items {
				if truthy(env, a[1], it) {
					yes = append(yes, it)
				} else {
					no = append(no, it)
				}
			}
			return term.Tuple{list(yes), list(no)}
		},
		"take/2": func(env rt.Env, a []term.Term) term.Term {
			items := kwList(a[0], "take", 2)
			keys := kwList(a[1], "take", 2)
			var out []term.Term
			for _, it := range items {
				if k, _, _ := pair(it); memberOf(keys, k) {
					out = append(out, it)
				}
			}
			return list(out)
		},
		"drop/2": func(env rt.Env, a []term.Term) term.Term {
			items := kwList(a[0], "drop", 2)
			keys := kwList(a[1], "drop", 2)
			var out []term.Term
			for _, it := range items {
				if k, _, _ := pair(it); !memberOf(keys, k) {
					out = append(out, it)
				}
			}
			return list(out)
		},
		"filter/2": func(env rt.Env, a []term.Term) term.Term {
			items := kwList(a[0], "filter", 2)
			var out []term.Term
			for _, it := range items {
				if truthy(env, a[1], it) {
					out = append(out, it)
				}
			}
			return list(out)
		},
		"reject/2": func(env rt.Env, a []term.Term) term.Term {
			items := kwList(a[0], "reject", 2)
			var out []term.Term
			for _, it := range items {
				if !truthy(env, a[1], it) {
					out = append(out, it)
				}
			}
			return list(out)
		},
		"map/2": func(env rt.Env, a []term.Term) term.Term {
			items := kwList(a[0], "map", 2)
			out := make([]term.Term, len(items))
			for i, it := range items {
				k, _, _ := pair(it)
				out[i] = term.Tuple{k, env.Call(a[1], []term.Term{it})}
			}
			return list(out)
		},
		"validate/2": func(env rt.Env, a []term.Term) term.Term {
			res, bad := kwValidate(env, a[0], a[1])
			if bad != nil {
				return term.Tuple{term.ErrorAtom, list(bad)}
			}
			return okTuple(res)
		},
		"validate!/2": func(env rt.Env, a []term.Term) term.Term {
			res, bad := kwValidate(env, a[0], a[1])
			if bad == nil {
				return res
			}
			allowed := kwList(a[1], "validate!", 2)
			keys := make([]term.Term, len(allowed))
			for i, v := range allowed {
				if t, ok := v.(term.Tuple); ok && len(t) == 2 {
					keys[i] = t[0]
				} else {
					keys[i] = v
				}
			}
			var known, unknown []term.Term
			for _, k := range bad {
				if memberOf(keys, k) {
					known = append(known, k)
				} else {
					unknown = append(unknown, k)
				}
			}
			if len(unknown) > 0 {
				rt.ArgumentError("unknown keys " + rt.Inspect(env, list(unknown)) + " in " + rt.Inspect(env, a[0]) +
					", the allowed keys are: " + rt.Inspect(env, list(keys)))
			}
			rt.ArgumentError("duplicate keys " + rt.Inspect(env, list(known)) + " in " + rt.Inspect(env, a[0]))
			return nil
		},
	})
}

func kwDeleteFirst(items []term.Term, key term.Term) []term.Term {
	for i, it := range items {
		if k, _, ok := pair(it); ok && term.Equal(k, key) {
			return append(append([]term.Term{}, items[:i]...), items[i+1:]...)
		}
	}
	return items
}

func kwPopFirst(items []term.Term, orig, key, def term.Term) term.Term {
	for i, it := range items {
		if k, v, ok := pair(it); ok && k == key {
			return term.Tuple{v, list(append(append([]term.Term{}, items[:i]...), items[i+1:]...))}
		}
	}
	return term.Tuple{def, orig}
}

func kwIntersect(env rt.Env, l, r, fun term.Term) term.Term {
	li := kwList(l, "intersect", 3)
	ri := kwList(r, "intersect", 3)
	var out []term.Term
	for _, it := range li {
		k, v1, _ := pair(it)
		if v2, ok := kwFind(ri, k); ok {
			if fun != nil {
				v2 = env.Call(fun, []term.Term{k, v1, v2})
			}
			out = append(out, term.Tuple{k, v2})
		}
	}
	return list(out)
}

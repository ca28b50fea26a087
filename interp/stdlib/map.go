package stdlib

import (
	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/rt"
)

// The Map module. Non-map arguments raise BadMapError as :maps does.

// mapPairs returns the {k, v} pairs of m in key order.
func mapPairs(m *term.Map) []term.Term {
	keys, vals := m.Keys(), m.Values()
	out := make([]term.Term, len(keys))
	for i := range keys {
		out[i] = term.Tuple{keys[i], vals[i]}
	}
	return out
}

// filterMap keeps the pairs for which keep returns true, asking in the
// order of :maps.iterator (Map.filter and Map.reject walk one).
func filterMap(m *term.Map, keep func(k, v term.Term) bool) *term.Map {
	var ks, vs []term.Term
	m.RangeIter(func(k, v term.Term) bool {
		if keep(k, v) {
			ks = append(ks, k)
			vs = append(vs, v)
		}
		return true
	})
	return term.NewMap(ks, vs)
}

// eachCommonKey calls f with each key of both maps and its two values,
// in the order :maps.merge_with and :maps.intersect_with call their
// combiner (Map.merge/3, Map.intersect/3): walking the smaller map (m1 on
// a tie) with :maps.iterator.
func eachCommonKey(m1, m2 *term.Map, f func(k, v1, v2 term.Term)) {
	if m1.Len() > m2.Len() {
		m2.RangeIter(func(k, v2 term.Term) bool {
			if v1, ok := m1.Get(k); ok {
				f(k, v1, v2)
			}
			return true
		})
		return
	}
	m1.RangeIter(func(k, v1 term.Term) bool {
		if v2, ok := m2.Get(k); ok {
			f(k, v1, v2)
		}
		return true
	})
}

// keysArg reads a list of keys (any enumerable for Map.take/drop).
func keysArg(env rt.Env, t term.Term, fun string, arity int) []term.Term {
	items, ok := properList(t)
	if !ok {
		return toSlice(env, t)
	}
	return items
}

func mapFromEnum(env rt.Env, enum, transform term.Term) *term.Map {
	if m, ok := enum.(*term.Map); ok && transform == nil {
		if _, isStruct := structOf(m); !isStruct {
			return m
		}
	}
	var ks, vs []term.Term
	// Map.new/2 walks a map with :maps.iterator: a later pair for the
	// same key wins in that order.
	iterateFold(env, enum, func(x term.Term) bool {
		if transform != nil {
			x = env.Call(transform, []term.Term{x})
		}
		t, ok := x.(term.Tuple)
		if !ok || len(t) != 2 {
			// Map.new/1,2 end in :maps.from_list/1
			plainBadArg()
		}
		ks = append(ks, t[0])
		vs = append(vs, t[1])
		return true
	})
	return term.NewMap(ks, vs)
}

func badFunReturn(env rt.Env, other term.Term) {
	rt.RaiseMessage("RuntimeError", "the given function must return a two-element tuple or :pop, got: "+rt.Inspect(env, other))
}

// mapGetAndUpdate is Map.get_and_update/3 (bang: raise on a missing key).
func mapGetAndUpdate(env rt.Env, m *term.Map, key, fun term.Term, bang bool) term.Term {
	cur, found := m.Get(key)
	if !found {
		if bang {
			keyError(key, m)
		}
		cur = term.NilAtom
	}
	r := env.Call(fun, []term.Term{cur})
	if r == atomPop {
		return term.Tuple{cur, m.Delete(key)}
	}
	t, ok := r.(term.Tuple)
	if !ok || len(t) != 2 {
		badFunReturn(env, r)
	}
	return term.Tuple{t[0], m.Put(key, t[1])}
}

func init() { rt.RegisterLazy(registerMap) }

// registerMap registers the built-ins of this file (see rt.RegisterLazy).
func registerMap() {
	rt.Register("Map", map[string]rt.BuiltinFunc{
		"new/0": func(env rt.Env, a []term.Term) term.Term { return term.EmptyMap },
		"new/1": func(env rt.Env, a []term.Term) term.Term { return mapFromEnum(env, a[0], nil) },
		"new/2": func(env rt.Env, a []term.Term) term.Term { return mapFromEnum(env, a[0], a[1]) },
		"get/2": func(env rt.Env, a []term.Term) term.Term {
			if v, ok := mapOf(a[0]).Get(a[1]); ok {
				return v
			}
			return term.NilAtom
		},
		"get/3": func(env rt.Env, a []term.Term) term.Term {
			if v, ok := mapOf(a[0]).Get(a[1]); ok {
				return v
			}
			return a[2]
		},
		"get_lazy/3": func(env rt.Env, a []term.Term) term.Term {
			if v, ok := mapOf(a[0]).Get(a[1]); ok {
				return v
			}
			return env.Call(a[2], nil)
		},
		"fetch/2": func(env rt.Env, a []term.Term) term.Term {
			if v, ok := mapOf(a[0]).Get(a[1]); ok {
				return okTuple(v)
			}
			return term.ErrorAtom
		},
		"fetch!/2": func(env rt.Env, a []term.Term) term.Term {
			m := mapOf(a[0])
			if v, ok := m.Get(a[1]); ok {
				return v
			}
			mapsGetError(a[1], m)
			return nil
		},
		"has_key?/2": func(env rt.Env, a []term.Term) term.Term {
			_, ok := mapOf(a[0]).Get(a[1])
			return term.Bool(ok)
		},
		"put/3": func(env rt.Env, a []term.Term) term.Term { return mapOf(a[0]).Put(a[1], a[2]) },
		"put_new/3": func(env rt.Env, a []term.Term) term.Term {
			m := mapOf(a[0])
			if _, ok := m.Get(a[1]); ok {
				return m
			}
			return m.Put(a[1], a[2])
		},
		"put_new_lazy/3": func(env rt.Env, a []term.Term) term.Term {
			m := mapOf(a[0])
			if _, ok := m.Get(a[1]); ok {
				return m
			}
			return m.Put(a[1], env.Call(a[2], nil))
		},
		"replace/3": func(env rt.Env, a []term.Term) term.Term {
			m := mapOf(a[0])
			if _, ok := m.Get(a[1]); ok {
				return m.Put(a[1], a[2])
			}
			return m
		},
		"replace!/3": func(env rt.Env, a []term.Term) term.Term {
			m := mapOf(a[0])
			if _, ok := m.Get(a[1]); ok {
				return m.Put(a[1], a[2])
			}
			mapsGetError(a[1], m)
			return nil
		},
		"replace_lazy/3": func(env rt.Env, a []term.Term) term.Term {
			m := mapOf(a[0])
			if v, ok := m.Get(a[1]); ok {
				return m.Put(a[1], env.Call(a[2], []term.Term{v}))
			}
			return m
		},
		"delete/2": func(env rt.Env, a []term.Term) term.Term { return mapOf(a[0]).Delete(a[1]) },
		"drop/2": func(env rt.Env, a []term.Term) term.Term {
			m := mapOf(a[0])
			for _, k := range keysArg(env, a[1], "drop", 2) {
				m = m.Delete(k)
			}
			return m
		},
		"take/2": func(env rt.Env, a []term.Term) term.Term {
			m := mapOf(a[0])
			var ks, vs []term.Term
			for _, k := range keysArg(env, a[1], "take", 2) {
				if v, ok := m.Get(k); ok {
					ks = append(ks, k)
					vs = append(vs, v)
				}
			}
			return term.NewMap(ks, vs)
		},
		"split/2": func(env rt.Env, a []term.Term) term.Term {
			m := mapOf(a[0])
			var ks, vs []term.Term
			rest := m
			for _, k := range keysArg(env, a[1], "split", 2) {
				if v, ok := m.Get(k); ok {
					ks = append(ks, k)
					vs = append(vs, v)
					rest = rest.Delete(k)
				}
			}
			return term.Tuple{term.NewMap(ks, vs), rest}
		},
		"size/1": func(env rt.Env, a []term.Term) term.Term { return term.Int(mapOf(a[0]).Len()) },
		"keys/1": func(env rt.Env, a []term.Term) term.Term {
			return list(append([]term.Term(nil), mapOf(a[0]).Keys()...))
		},
		"values/1": func(env rt.Env, a []term.Term) term.Term {
			return list(append([]term.Term(nil), mapOf(a[0]).Values()...))
		},
		"to_list/1": func(env rt.Env, a []term.Term) term.Term { return list(mapPairs(mapOf(a[0]))) },
		"from_keys/2": func(env rt.Env, a []term.Term) term.Term {
			keys, ok := properList(a[0])
			if !ok {
				erlangBadArg("1st", "not a list")
			}
			vals := make([]term.Term, len(keys))
			for i := range vals {
				vals[i] = a[1]
			}
			return term.NewMap(keys, vals)
		},
		"merge/2": func(env rt.Env, a []term.Term) term.Term {
			m1, m2 := mapOf(a[0]), mapOf(a[1])
			if m2.Len() == 0 {
				return m1
			}
			ks := append(append([]term.Term{}, m1.Keys()...), m2.Keys()...)
			vs := append(append([]term.Term{}, m1.Values()...), m2.Values()...)
			return term.NewMap(ks, vs)
		},
		"merge/3": func(env rt.Env, a []term.Term) term.Term {
			m1, m2 := mapOf(a[0]), mapOf(a[1])
			ks := append(append([]term.Term{}, m1.Keys()...), m2.Keys()...)
			vs := append(append([]term.Term{}, m1.Values()...), m2.Values()...)
			eachCommonKey(m1, m2, func(k, v1, v2 term.Term) {
				ks = append(ks, k)
				vs = append(vs, env.Call(a[2], []term.Term{k, v1, v2}))
			})
			return term.NewMap(ks, vs)
		},
		"intersect/2": func(env rt.Env, a []term.Term) term.Term {
			m1, m2 := mapOf(a[0]), mapOf(a[1])
			return filterMap(m2, func(k, v term.Term) bool { _, ok := m1.Get(k); return ok })
		},
		"intersect/3": func(env rt.Env, a []term.Term) term.Term {
			m1, m2 := mapOf(a[0]), mapOf(a[1])
			var ks, vs []term.Term
			eachCommonKey(m1, m2, func(k, v1, v2 term.Term) {
				ks = append(ks, k)
				vs = append(vs, env.Call(a[2], []term.Term{k, v1, v2}))
			})
			return term.NewMap(ks, vs)
		},
		"update/4": func(env rt.Env, a []term.Term) term.Term {
			m := mapOf(a[0])
			if v, ok := m.Get(a[1]); ok {
				return m.Put(a[1], env.Call(a[3], []term.Term{v}))
			}
			return m.Put(a[1], a[2])
		},
		"update!/3": func(env rt.Env, a []term.Term) term.Term {
			m := mapOf(a[0])
			if v, ok := m.Get(a[1]); ok {
				return m.Put(a[1], env.Call(a[2], []term.Term{v}))
			}
			mapsGetError(a[1], m)
			return nil
		},
		"pop/2": func(env rt.Env, a []term.Term) term.Term {
			m := mapOf(a[0])
			if v, ok := m.Get(a[1]); ok {
				return term.Tuple{v, m.Delete(a[1])}
			}
			return term.Tuple{term.NilAtom, m}
		},
		"pop/3": func(env rt.Env, a []term.Term) term.Term {
			m := mapOf(a[0])
			if v, ok := m.Get(a[1]); ok {
				return term.Tuple{v, m.Delete(a[1])}
			}
			return term.Tuple{a[2], m}
		},
		"pop!/2": func(env rt.Env, a []term.Term) term.Term {
			m := mapOf(a[0])
			if v, ok := m.Get(a[1]); ok {
				return term.Tuple{v, m.Delete(a[1])}
			}
			keyError(a[1], m)
			return nil
		},
		"pop_lazy/3": func(env rt.Env, a []term.Term) term.Term {
			m := mapOf(a[0])
			if v, ok := m.Get(a[1]); ok {
				return term.Tuple{v, m.Delete(a[1])}
			}
			return term.Tuple{env.Call(a[2], nil), m}
		},
		"get_and_update/3": func(env rt.Env, a []term.Term) term.Term {
			return mapGetAndUpdate(env, mapOf(a[0]), a[1], a[2], false)
		},
		"get_and_update!/3": func(env rt.Env, a []term.Term) term.Term {
			return mapGetAndUpdate(env, mapOf(a[0]), a[1], a[2], true)
		},
		"equal?/2": func(env rt.Env, a []term.Term) term.Term {
			return term.Bool(term.StrictEqual(mapOf(a[0]), mapOf(a[1])))
		},
		"filter/2": func(env rt.Env, a []term.Term) term.Term {
			m := mapOf(a[0])
			return filterMap(m, func(k, v term.Term) bool { return truthy(env, a[1], term.Tuple{k, v}) })
		},
		"reject/2": func(env rt.Env, a []term.Term) term.Term {
			m := mapOf(a[0])
			return filterMap(m, func(k, v term.Term) bool { return !truthy(env, a[1], term.Tuple{k, v}) })
		},
		"split_with/2": func(env rt.Env, a []term.Term) term.Term {
			m := mapOf(a[0])
			var yk, yv, nk, nv []term.Term
			m.RangeIter(func(k, v term.Term) bool {
				if truthy(env, a[1], term.Tuple{k, v}) {
					yk, yv = append(yk, k), append(yv, v)
				} else {
					nk, nv = append(nk, k), append(nv, v)
				}
				return true
			})
			return term.Tuple{term.NewMap(yk, yv), term.NewMap(nk, nv)}
		},
		"map/2": func(env rt.Env, a []term.Term) term.Term {
			m := mapOf(a[0])
			var ks, vs []term.Term
			// :maps.map calls the function in :maps.iterator's order.
			m.RangeIter(func(k, v term.Term) bool {
				ks = append(ks, k)
				vs = append(vs, env.Call(a[1], []term.Term{term.Tuple{k, v}}))
				return true
			})
			return term.NewMap(ks, vs)
		},
		"from_struct/1": func(env rt.Env, a []term.Term) term.Term {
			if mod, ok := a[0].(term.Atom); ok {
				s := env.Apply(mod, atomStructFn, nil)
				return mapOf(s).Delete(atomStruct)
			}
			return mapOf(a[0]).Delete(atomStruct)
		},
	})
}

var atomStructFn = term.MakeAtom("__struct__")

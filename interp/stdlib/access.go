package stdlib

import (
	"strings"

	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/rt"
)

// The Access module and Kernel's get_in/put_in/update_in/pop_in family.
// Accessor functions (Access.key/2, Access.at/1, ...) are Go-backed
// functions of arity 3: fn :get | :get_and_update, data, next -> ... end.

var (
	atomFetch     = term.MakeAtom("fetch")
	atomReason    = term.MakeAtom("reason")
	modUndefFunc  = rt.ModuleAtom("UndefinedFunctionError")
	accessBehaves = " does not implement the Access behaviour\n\n" +
		"You can use the \"struct.field\" syntax to access struct fields. " +
		"You can also use Access.key!/1 to access struct fields dynamically " +
		"inside get_in/put_in/update_in"
)

// structCallback calls module.name(args) for a struct's Access callback,
// rewording UndefinedFunctionError's reason as Access does.
func structCallback(env rt.Env, mod term.Atom, name term.Atom, args []term.Term) term.Term {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(*rt.Error); ok && e.Kind == rt.KindError {
				if m, ok := e.Value.(*term.Map); ok && isStructOf(m, modUndefFunc) &&
					mapField(m, atomModule) == mod && mapField(m, atomFunction) == name {
					m = m.Put(atomReason, term.Binary(rt.ModuleName(mod)+accessBehaves))
					e.Value = m.Put(term.MakeAtom("message"), term.NilAtom)
				}
			}
			panic(r)
		}
	}()
	return env.Apply(mod, name, args)
}

const listIndexMsg = "the Access module does not support accessing lists by index, got: "

// accessFetch is Access.fetch/2: value and found.
func accessFetch(env rt.Env, container, key term.Term) (term.Term, bool) {
	switch c := container.(type) {
	case *term.Map:
		if mod, ok := structOf(c); ok {
			r := structCallback(env, mod, atomFetch, []term.Term{c, key})
			if t, ok := r.(term.Tuple); ok && len(t) == 2 && t[0] == term.OK {
				return t[1], true
			}
			return nil, false
		}
		return c.Get(key)
	case term.EmptyList, *term.Cons:
		if _, ok := key.(term.Atom); !ok {
			rt.ArgumentError("the Access calls for keywords expect the key to be an atom, got: " + rt.Inspect(env, key))
		}
		for t := container; ; {
			cell, ok := t.(*term.Cons)
			if !ok {
				return nil, false
			}
			if k, v, ok := pair(cell.Head); ok && k == key {
				return v, true
			}
			t = cell.Tail
		}
	case term.Atom:
		if c == term.NilAtom {
			return nil, false
		}
	}
	functionClause("Access", "fetch", 2)
	return nil, false
}

// accessGet is Access.get/3.
func accessGet(env rt.Env, container, key, def term.Term) term.Term {
	switch c := container.(type) {
	case term.EmptyList, *term.Cons:
		switch key.(type) {
		case term.Atom:
		case term.Int, *term.BigInt:
			rt.ArgumentError(listIndexMsg + rt.Inspect(env, key) + "\n\nAccessing a list by index is typically discouraged in Elixir, " +
				"instead we prefer to use the Enum module to manipulate lists as a whole. If you really must access a " +
				"list element by index, you can use Enum.at/2 or the functions in the List module")
		default:
			rt.ArgumentError("the Access module supports only keyword lists (with atom keys), got: " + rt.Inspect(env, key) +
				"\n\nIf you want to search lists of tuples, use List.keyfind/3")
		}
	case *term.Map:
		if _, isStruct := structOf(c); !isStruct {
			if v, ok := c.Get(key); ok {
				return v
			}
			return def
		}
	case term.Atom:
		if c != term.NilAtom {
			functionClause("Access", "get", 3, container, key, def)
		}
	default:
		functionClause("Access", "get", 3, container, key, def)
	}
	if v, ok := accessFetch(env, container, key); ok {
		return v
	}
	return def
}

// accessGetAndUpdate is Access.get_and_update/3.
func accessGetAndUpdate(env rt.Env, container, key, fun term.Term) term.Term {
	switch c := container.(type) {
	case *term.Map:
		if mod, ok := structOf(c); ok {
			return structCallback(env, mod, atomGetUpdate, []term.Term{c, key, fun})
		}
		return mapGetAndUpdate(env, c, key, fun, false)
	case term.EmptyList, *term.Cons:
		switch key.(type) {
		case term.Atom:
			b, _ := rt.Lookup(rt.ModuleAtom("Keyword"), atomGetUpdate, 3)
			return b.Fn(env, []term.Term{container, key, fun})
		case term.Int, *term.BigInt:
			rt.ArgumentError(listIndexMsg + rt.Inspect(env, key) + "\n\nAccessing a list by index is typically discouraged in Elixir, " +
				"instead we prefer to use the Enum module to manipulate lists as a whole. If you really must modify a " +
				"list element by index, you can use Access.at/1 or the functions in the List module")
		default:
			rt.ArgumentError("the Access module supports only keyword lists (with atom keys), got: " + rt.Inspect(env, key))
		}
	case term.Atom:
		if c == term.NilAtom {
			rt.ArgumentError("could not put/update key " + rt.Inspect(env, key) + " on a nil value")
		}
	}
	functionClause("Access", "get_and_update", 3)
	return nil
}

// accessPop is Access.pop/2.
func accessPop(env rt.Env, container, key term.Term) term.Term {
	switch c := container.(type) {
	case *term.Map:
		if mod, ok := structOf(c); ok {
			return structCallback(env, mod, atomPop, []term.Term{c, key})
		}
		if v, ok := c.Get(key); ok {
			return term.Tuple{v, c.Delete(key)}
		}
		return term.Tuple{term.NilAtom, c}
	case term.EmptyList, *term.Cons:
		items := kwList(c, "pop", 3)
		if v, ok := kwFind(items, key); ok {
			return term.Tuple{v, list(kwWithout(items, key))}
		}
		return term.Tuple{term.NilAtom, c}
	case term.Atom:
		if c == term.NilAtom {
			rt.ArgumentError("could not pop key " + rt.Inspect(env, key) + " on a nil value")
		}
	}
	functionClause("Access", "pop", 2)
	return nil
}

// getIn is Kernel.get_in/2.
func getIn(env rt.Env, data term.Term, keys []term.Term) term.Term {
	for i, k := range keys {
		if f, ok := k.(*term.Fun); ok {
			rest := keys[i+1:]
			next := rt.MakeFun("Kernel", "get_in", 1, func(env rt.Env, a []term.Term) term.Term {
				return getIn(env, a[0], rest)
			}, nil)
			return env.Call(f, []term.Term{atomGet, data, next})
		}
		if data == term.NilAtom {
			continue
		}
		data = accessGet(env, data, k, term.NilAtom)
	}
	return data
}

// getAndUpdateIn is Kernel.get_and_update_in/3.
func getAndUpdateIn(env rt.Env, data term.Term, keys []term.Term, fun term.Term) term.Term {
	if len(keys) == 0 {
		functionClause("Kernel", "get_and_update_in", 3)
	}
	h := keys[0]
	next := fun
	if len(keys) > 1 {
		rest := keys[1:]
		next = rt.MakeFun("Kernel", "get_and_update_in", 1, func(env rt.Env, a []term.Term) term.Term {
			return getAndUpdateIn(env, a[0], rest, fun)
		}, nil)
	}
	if f, ok := h.(*term.Fun); ok {
		return env.Call(f, []term.Term{atomGetUpdate, data, next})
	}
	return accessGetAndUpdate(env, data, h, next)
}

// popIn is Kernel.pop_in/2's recursion (pop_in_data).
func popIn(env rt.Env, data term.Term, keys []term.Term) term.Term {
	if data == term.NilAtom {
		return atomPop
	}
	h := keys[0]
	if len(keys) == 1 {
		if f, ok := h.(*term.Fun); ok {
			popFn := rt.MakeFun("Kernel", "pop_in", 1, func(env rt.Env, a []term.Term) term.Term { return atomPop }, nil)
			return env.Call(f, []term.Term{atomGetUpdate, data, popFn})
		}
		return accessPop(env, data, h)
	}
	rest := keys[1:]
	next := rt.MakeFun("Kernel", "pop_in", 1, func(env rt.Env, a []term.Term) term.Term {
		return popIn(env, a[0], rest)
	}, nil)
	if f, ok := h.(*term.Fun); ok {
		return env.Call(f, []term.Term{atomGetUpdate, data, next})
	}
	return accessGetAndUpdate(env, data, h, next)
}

// keysOf reads the key path of get_in and friends.
func keysOf(t term.Term, fun string, arity int) []term.Term {
	items, ok := properList(t)
	if !ok || len(items) == 0 {
		functionClause("Kernel", fun, arity)
	}
	return items
}

// accessFunIDs gives the index and enclosing function Elixir 1.18 prints
// for the accessor functions (#Function<7.73798650/3 in Access.key/2>).
var accessFunIDs = map[string]struct {
	index uint32
	in    string
}{
	"all": {0, "fun.all/3"}, "at": {1, "at/1"}, "at!": {3, "at!/1"}, "elem": {5, "elem/1"},
	"filter": {6, "filter/1"}, "key": {7, "key/2"}, "key!": {8, "key!/1"}, "slice": {9, "slice/1"},
	"find": {10, "find/1"},
}

// accessor makes an Access function of arity 3.
func accessor(name string, fn func(env rt.Env, op, data, next term.Term) term.Term) *term.Fun {
	id := accessFunIDs[name]
	funName := "-" + id.in + "-fun-0-"
	if strings.HasPrefix(id.in, "fun.") {
		// &all/3 is a capture of a private function: Elixir prints its
		// name as Access."-fun.all/3-".
		funName = "-" + id.in + "-"
	}
	f := rt.MakeFun("Access", funName, 3, func(env rt.Env, a []term.Term) term.Term {
		return fn(env, a[0], a[1], a[2])
	}, nil)
	f.Index, f.Uniq = id.index, 73798650
	return f
}

// nextResult splits next's answer into {get, update} or pop.
func nextResult(r term.Term) (get, update term.Term, pop bool) {
	if r == atomPop {
		return nil, nil, true
	}
	t, ok := r.(term.Tuple)
	if !ok || len(t) != 2 {
		rt.Raise(rt.NewException("CaseClauseError", atomTerm, r))
	}
	return t[0], t[1], false
}

func accessKey(key, def term.Term, bang bool) *term.Fun {
	name := "key"
	if bang {
		name = "key!"
	}
	return accessor(name, func(env rt.Env, op, data, next term.Term) term.Term {
		m, isMap := data.(*term.Map)
		if !isMap {
			if bang {
				rt.RaiseMessage("RuntimeError", "Access.key!/1 expected a map/struct, got: "+rt.Inspect(env, data))
			}
			badMap(data)
		}
		value, ok := m.Get(key)
		if !ok {
			if bang {
				keyError(key, m)
			}
			value = def
		}
		if op == atomGet {
			return env.Call(next, []term.Term{value})
		}
		get, upd, pop := nextResult(env.Call(next, []term.Term{value}))
		if pop {
			return term.Tuple{value, m.Delete(key)}
		}
		return term.Tuple{get, m.Put(key, upd)}
	})
}

// listAccessor builds the list accessors (all, at, filter, find, slice):
// sel says which indexes are selected; single returns one value.
func listAccessor(name string, check func(env rt.Env, items []term.Term) []int, single bool, onMissing func() term.Term, errFmt string) *term.Fun {
	return accessor(name, func(env rt.Env, op, data, next term.Term) term.Term {
		items, ok := properList(data)
		if !ok {
			if name == "slice" {
				rt.ArgumentError("Access.slice/1 expected a list, got: " + rt.Inspect(env, data))
			}
			rt.RaiseMessage("RuntimeError", errFmt+rt.Inspect(env, data))
		}
		sel := check(env, items)
		if op == atomGet {
			if single {
				if len(sel) == 0 {
					return env.Call(next, []term.Term{onMissing()})
				}
				return env.Call(next, []term.Term{items[sel[0]]})
			}
			out := make([]term.Term, len(sel))
			for i, j := range sel {
				out[i] = env.Call(next, []term.Term{items[j]})
			}
			return list(out)
		}
		if single && len(sel) == 0 {
			return term.Tuple{onMissing(), data}
		}
		var gets, updates []term.Term
		k := 0
		for i, x := range items {
			if k < len(sel) && sel[k] == i {
				k++
				get, upd, pop := nextResult(env.Call(next, []term.Term{x}))
				if pop {
					gets = append(gets, x)
				} else {
					gets = append(gets, get)
					updates = append(updates, upd)
				}
				continue
			}
			updates = append(updates, x)
		}
		if single {
			return term.Tuple{gets[0], list(updates)}
		}
		return term.Tuple{list(gets), list(updates)}
	})
}

func init() { rt.RegisterLazy(registerAccess) }

// registerAccess registers the built-ins of this file (see rt.RegisterLazy).
func registerAccess() {
	rt.Register("Access", map[string]rt.BuiltinFunc{
		"fetch/2": func(env rt.Env, a []term.Term) term.Term {
			if v, ok := accessFetch(env, a[0], a[1]); ok {
				return okTuple(v)
			}
			return term.ErrorAtom
		},
		"fetch!/2": func(env rt.Env, a []term.Term) term.Term {
			if v, ok := accessFetch(env, a[0], a[1]); ok {
				return v
			}
			keyError(a[1], a[0])
			return nil
		},
		"get/2": func(env rt.Env, a []term.Term) term.Term { return accessGet(env, a[0], a[1], term.NilAtom) },
		"get/3": func(env rt.Env, a []term.Term) term.Term { return accessGet(env, a[0], a[1], a[2]) },
		"get_and_update/3": func(env rt.Env, a []term.Term) term.Term {
			return accessGetAndUpdate(env, a[0], a[1], a[2])
		},
		"pop/2":  func(env rt.Env, a []term.Term) term.Term { return accessPop(env, a[0], a[1]) },
		"key/1":  func(env rt.Env, a []term.Term) term.Term { return accessKey(a[0], term.NilAtom, false) },
		"key/2":  func(env rt.Env, a []term.Term) term.Term { return accessKey(a[0], a[1], false) },
		"key!/1": func(env rt.Env, a []term.Term) term.Term { return accessKey(a[0], nil, true) },
		"elem/1": func(env rt.Env, a []term.Term) term.Term {
			idx, ok := smallInt(a[0])
			if !ok || idx < 0 {
				functionClause("Access", "elem", 1, a...)
			}
			return accessor("elem", func(env rt.Env, op, data, next term.Term) term.Term {
				t, ok := data.(term.Tuple)
				if !ok {
					rt.RaiseMessage("RuntimeError", "Access.elem/1 expected a tuple, got: "+rt.Inspect(env, data))
				}
				if idx >= int64(len(t)) {
					erlangBadArg("1st", "out of range")
				}
				if op == atomGet {
					return env.Call(next, []term.Term{t[idx]})
				}
				get, upd, pop := nextResult(env.Call(next, []term.Term{t[idx]}))
				if pop {
					rt.RaiseMessage("RuntimeError", "cannot pop data from a tuple")
				}
				out := append(term.Tuple{}, t...)
				out[idx] = upd
				return term.Tuple{get, out}
			})
		},
		"all/0": func(env rt.Env, a []term.Term) term.Term {
			return listAccessor("all", func(env rt.Env, items []term.Term) []int {
				out := make([]int, len(items))
				for i := range out {
					out[i] = i
				}
				return out
			}, false, nil, "Access.all/0 expected a list, got: ")
		},
		"at/1": func(env rt.Env, a []term.Term) term.Term {
			idx, ok := smallInt(a[0])
			if !ok {
				functionClause("Access", "at", 1, a...)
			}
			return listAccessor("at", func(env rt.Env, items []term.Term) []int {
				i := normIndex(idx, len(items))
				if i < 0 || i >= int64(len(items)) {
					return nil
				}
				return []int{int(i)}
			}, true, func() term.Term { return term.NilAtom }, "Access.at/1 expected a list, got: ")
		},
		"at!/1": func(env rt.Env, a []term.Term) term.Term {
			idx, ok := smallInt(a[0])
			if !ok {
				functionClause("Access", "at!", 1, a...)
			}
			return listAccessor("at!", func(env rt.Env, items []term.Term) []int {
				i := normIndex(idx, len(items))
				if i < 0 || i >= int64(len(items)) {
					return nil
				}
				return []int{int(i)}
			}, true, func() term.Term { outOfBounds(); return nil }, "Access.at!/1 expected a list, got: ")
		},
		"filter/1": func(env rt.Env, a []term.Term) term.Term {
			pred := a[0]
			if !isFun(pred) {
				functionClause("Access", "filter", 1, a...)
			}
			return listAccessor("filter", func(env rt.Env, items []term.Term) []int {
				var out []int
				for i, x := range items {
					if truthy(env, pred, x) {
						out = append(out, i)
					}
				}
				return out
			}, false, nil, "Access.filter/1 expected a list, got: ")
		},
		"find/1": func(env rt.Env, a []term.Term) term.Term {
			pred := a[0]
			if !isFunArity(pred, 1) {
				functionClause("Access", "find", 1, a...)
			}
			return listAccessor("find", func(env rt.Env, items []term.Term) []int {
				for i, x := range items {
					if truthy(env, pred, x) {
						return []int{i}
					}
				}
				return nil
			}, true, func() term.Term { return term.NilAtom }, "Access.find/1 expected a list, got: ")
		},
		"slice/1": func(env rt.Env, a []term.Term) term.Term {
			f, l, s, ok := rangeOf(a[0])
			if !ok {
				functionClause("Access", "slice", 1, a...)
			}
			if s <= 0 {
				rt.ArgumentError("Access.slice/1 does not accept ranges with negative steps, got: " + rt.Inspect(env, a[0]))
			}
			return listAccessor("slice", func(env rt.Env, items []term.Term) []int {
				n := int64(len(items))
				first, last := f, l
				if first < 0 {
					first = max(first+n, 0)
				}
				if last < 0 {
					last += n
				}
				var out []int
				for i := first; i <= last && i < n; i += s {
					out = append(out, int(i))
				}
				return out
			}, false, nil, "")
		},
	})
	rt.Register("Kernel", map[string]rt.BuiltinFunc{
		"get_in/2": func(env rt.Env, a []term.Term) term.Term {
			return getIn(env, a[0], keysOf(a[1], "get_in", 2))
		},
		"get_and_update_in/3": func(env rt.Env, a []term.Term) term.Term {
			return getAndUpdateIn(env, a[0], keysOf(a[1], "get_and_update_in", 3), a[2])
		},
		"put_in/3": func(env rt.Env, a []term.Term) term.Term {
			v := a[2]
			fn := rt.MakeFun("Kernel", "put_in", 1, func(env rt.Env, x []term.Term) term.Term {
				return term.Tuple{term.NilAtom, v}
			}, nil)
			r := getAndUpdateIn(env, a[0], keysOf(a[1], "put_in", 3), fn)
			return r.(term.Tuple)[1]
		},
		"update_in/3": func(env rt.Env, a []term.Term) term.Term {
			f := a[2]
			fn := rt.MakeFun("Kernel", "update_in", 1, func(env rt.Env, x []term.Term) term.Term {
				return term.Tuple{term.NilAtom, env.Call(f, x)}
			}, nil)
			r := getAndUpdateIn(env, a[0], keysOf(a[1], "update_in", 3), fn)
			return r.(term.Tuple)[1]
		},
		"pop_in/2": func(env rt.Env, a []term.Term) term.Term {
			keys := keysOf(a[1], "pop_in", 2)
			if a[0] == term.NilAtom {
				rt.ArgumentError("could not pop key " + rt.Inspect(env, keys[0]) + " on a nil value")
			}
			r := popIn(env, a[0], keys)
			if r == atomPop {
				return term.Tuple{term.NilAtom, a[0]}
			}
			return r
		},
	})
}

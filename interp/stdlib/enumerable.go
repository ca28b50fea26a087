package stdlib

import (
	"iter"

	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/rt"
)

// This file is the Enumerable and Collectable protocols for the built-in
// types, and the iteration every Enum and Stream function is built on.
//
// Lists, maps, ranges, MapSets and Streams are walked in Go. Any other
// value goes to the evaluator's protocol dispatch with
// env.Apply(Enumerable, :reduce, [value, {:cont, acc}, reducer]); the
// built-ins Enumerable.reduce/3 etc. registered here handle the built-in
// types and raise Protocol.UndefinedError for the rest, so an evaluator
// falls back to them when no user implementation exists.

// iterate calls f with each element of enum in order until f returns false.
func iterate(env rt.Env, enum term.Term, f func(term.Term) bool) {
	iterateImpl(env, enum, f, true)
}

func iterateImpl(env rt.Env, enum term.Term, f func(term.Term) bool, user bool) {
	switch v := enum.(type) {
	case term.EmptyList:
		return
	case *term.Cons:
		var t term.Term = v
		for {
			c, ok := t.(*term.Cons)
			if !ok {
				if _, empty := t.(term.EmptyList); !empty {
					functionClause("Enumerable.List", "reduce", 3)
				}
				return
			}
			if !f(c.Head) {
				return
			}
			t = c.Tail
		}
	case *term.Map:
		mod, isStruct := structOf(v)
		if !isStruct {
			keys, vals := v.Keys(), v.Values()
			for i := range keys {
				if !f(term.Tuple{keys[i], vals[i]}) {
					return
				}
			}
			return
		}
		switch mod {
		case modRange:
			first, last, step, ok := rangeFields(v)
			if !ok {
				break
			}
			iterateRange(env, first, last, step, f)
			return
		case modMapSet:
			if set, ok := mapField(v, atomMap).(*term.Map); ok {
				for _, k := range set.Keys() {
					if !f(k) {
						return
					}
				}
				return
			}
		case modStream:
			if iterateStream(env, v, f) {
				return
			}
		case modDateRange:
			if iterateDateRange(env, v, f) {
				return
			}
		case modIOStream:
			iterateIOStream(env, v, f)
			return
		}
	case *term.Fun:
		if v.Arity == 2 {
			if src, ok := v.Env.(*lazySource); ok {
				src.run(env, f)
				return
			}
			reducer := reducerFun(f)
			env.Call(v, []term.Term{term.Tuple{atomCont, term.NilAtom}, reducer})
			return
		}
	}
	if user {
		if _, isStruct := structOf(enum); isStruct {
			reducer := reducerFun(f)
			env.Apply(atomEnumerable, atomReduce, []term.Term{enum, term.Tuple{atomCont, term.NilAtom}, reducer})
			return
		}
	}
	protocolUndefined("Enumerable", enum)
}

// iterateFold is iterate in the order Enum.reduce/3 walks a map:
// :maps.fold's, which for maps of more than 32 keys is the reverse of
// :maps.to_list's (term.Map.RangeIter). Elixir's Enum functions built on
// Enum.reduce/3 (map, each, filter, sort, join, group_by, ...) and for
// comprehensions see a map in this order; those built on
// Enumerable.reduce/slice (take, at, find, all?, zip, reduce_while,
// to_list, ...) and Streams see it in iterate's.
func iterateFold(env rt.Env, enum term.Term, f func(term.Term) bool) {
	if m, ok := enum.(*term.Map); ok {
		if _, isStruct := structOf(m); !isStruct {
			m.RangeIter(func(k, v term.Term) bool { return f(term.Tuple{k, v}) })
			return
		}
	}
	iterate(env, enum, f)
}

// toSliceFold is toSlice in iterateFold's order.
func toSliceFold(env rt.Env, enum term.Term) []term.Term {
	if m, ok := enum.(*term.Map); ok {
		if _, isStruct := structOf(m); !isStruct {
			out := make([]term.Term, 0, m.Len())
			m.RangeIter(func(k, v term.Term) bool { out = append(out, term.Tuple{k, v}); return true })
			return out
		}
	}
	return toSlice(env, enum)
}

// reducerFun wraps f as an Enumerable reducer fn x, acc -> {:cont | :halt, acc}.
func reducerFun(f func(term.Term) bool) *term.Fun {
	return rt.MakeFun("Enum", "reduce", 2, func(env rt.Env, args []term.Term) term.Term {
		if f(args[0]) {
			return term.Tuple{atomCont, args[1]}
		}
		return term.Tuple{atomHalt, args[1]}
	}, nil)
}

// iterateRange walks first..last//step, counting a reduction per
// element (in batches), so that a walk over a huge range can be stopped.
func iterateRange(env rt.Env, first, last, step int64, f func(term.Term) bool) {
	n := 0
	if step > 0 {
		for i := first; i <= last; i += step {
			if n++; n == rangeBatch {
				rt.Reduce(env, n)
				n = 0
			}
			if !f(term.Int(i)) || i > last-step {
				break
			}
		}
	} else if step < 0 {
		for i := first; i >= last; i += step {
			if n++; n == rangeBatch {
				rt.Reduce(env, n)
				n = 0
			}
			if !f(term.Int(i)) || i < last-step {
				break
			}
		}
	}
	if n > 0 {
		rt.Reduce(env, n)
	}
}

// rangeBatch is how many range elements are counted as reductions at once.
const rangeBatch = 1024

// protocolUndefined raises Protocol.UndefinedError for value.
func protocolUndefined(protocol string, value term.Term) {
	raiseProtocolUndefined(protocol, value, "")
}

// toSlice returns the elements of enum.
func toSlice(env rt.Env, enum term.Term) []term.Term {
	switch v := enum.(type) {
	case term.EmptyList:
		return nil
	case *term.Cons:
		if items, ok := properList(v); ok {
			return items
		}
	case *term.Map:
		if first, last, step, ok := rangeOf(v); ok {
			n := rangeSize(first, last, step)
			rt.CheckAlloc(env, rt.AllocProduct(n, rt.ListCellBytes))
			out := make([]term.Term, 0, n)
			iterateRange(env, first, last, step, func(x term.Term) bool { out = append(out, x); return true })
			return out
		}
		if _, isStruct := structOf(v); !isStruct {
			keys, vals := v.Keys(), v.Values()
			out := make([]term.Term, len(keys))
			for i := range keys {
				out[i] = term.Tuple{keys[i], vals[i]}
			}
			return out
		}
	}
	var out []term.Term
	h := rt.Hold(env)
	defer h.Release()
	iterate(env, enum, func(x term.Term) bool { out = append(out, x); h.Add(rt.ListCellBytes); return true })
	return out
}

// enumCount counts the elements of enum, asking Enumerable.count first
// for user implementations.
func enumCount(env rt.Env, enum term.Term) int64 {
	switch v := enum.(type) {
	case term.EmptyList:
		return 0
	case *term.Cons:
		n := int64(0)
		var t term.Term = v
		for c, ok := t.(*term.Cons); ok; c, ok = c.Tail.(*term.Cons) {
			n++
			t = c.Tail
		}
		if _, ok := t.(term.EmptyList); !ok {
			functionClause("Enumerable.List", "reduce", 3)
		}
		return n
	case *term.Map:
		if n, ok := builtinCount(v); ok {
			return n
		}
		if mod, isStruct := structOf(v); isStruct && mod != modStream {
			r := env.Apply(atomEnumerable, atomCount, []term.Term{enum})
			if t, ok := r.(term.Tuple); ok && len(t) == 2 && t[0] == term.OK {
				if n, ok := smallInt(t[1]); ok {
					return n
				}
			}
		}
	}
	n := int64(0)
	iterate(env, enum, func(term.Term) bool { n++; return true })
	return n
}

// builtinCount counts maps, ranges and MapSets without walking them.
func builtinCount(m *term.Map) (int64, bool) {
	mod, isStruct := structOf(m)
	if !isStruct {
		return int64(m.Len()), true
	}
	switch mod {
	case modRange:
		if first, last, step, ok := rangeFields(m); ok {
			return rangeSize(first, last, step), true
		}
	case modMapSet:
		if set, ok := mapField(m, atomMap).(*term.Map); ok {
			return int64(set.Len()), true
		}
	case modDateRange:
		if first, last, step, ok := dateRangeFields(m); ok {
			return rangeSize(first, last, step), true
		}
	}
	return 0, false
}

// enumMember is Enum.member?/2.
func enumMember(env rt.Env, enum, x term.Term) bool {
	if m, ok := enum.(*term.Map); ok {
		mod, isStruct := structOf(m)
		switch {
		case !isStruct:
			t, ok := x.(term.Tuple)
			if !ok || len(t) != 2 {
				return false
			}
			v, found := m.Get(t[0])
			return found && term.StrictEqual(v, t[1])
		case mod == modRange:
			if first, last, step, ok := rangeFields(m); ok {
				return rangeMember(first, last, step, x)
			}
		case mod == modMapSet:
			if set, ok := mapField(m, atomMap).(*term.Map); ok {
				_, found := set.Get(x)
				return found
			}
		case mod == modDateRange:
			return dateRangeMember(m, x)
		case mod != modStream:
			r := env.Apply(atomEnumerable, atomMemberQ, []term.Term{enum, x})
			if t, ok := r.(term.Tuple); ok && len(t) == 2 && t[0] == term.OK {
				return term.IsTruthy(t[1])
			}
		}
	}
	found := false
	iterate(env, enum, func(y term.Term) bool {
		if term.StrictEqual(x, y) {
			found = true
			return false
		}
		return true
	})
	return found
}

// rangeMember reports whether x is in first..last//step (integers only).
func rangeMember(first, last, step int64, x term.Term) bool {
	i, ok := x.(term.Int)
	if !ok {
		return false
	}
	n := int64(i)
	if step > 0 {
		return n >= first && n <= last && (n-first)%step == 0
	}
	return n <= first && n >= last && (first-n)%(-step) == 0
}

// pull turns iteration over enum into a pull-style iterator; stop must
// be called when done.
func pull(env rt.Env, enum term.Term) (next func() (term.Term, bool), stop func()) {
	switch v := enum.(type) {
	case term.EmptyList:
		return func() (term.Term, bool) { return nil, false }, func() {}
	case *term.Cons:
		var t term.Term = v
		return func() (term.Term, bool) {
			c, ok := t.(*term.Cons)
			if !ok {
				if _, empty := t.(term.EmptyList); !empty {
					functionClause("Enumerable.List", "reduce", 3)
				}
				return nil, false
			}
			t = c.Tail
			return c.Head, true
		}, func() {}
	case *term.Map:
		if first, last, step, ok := rangeOf(v); ok {
			n := rangeSize(first, last, step)
			i := int64(0)
			return func() (term.Term, bool) {
				if i >= n {
					return nil, false
				}
				x := first + i*step
				i++
				return term.Int(x), true
			}, func() {}
		}
		if _, isStruct := structOf(v); !isStruct {
			keys, vals := v.Keys(), v.Values()
			i := 0
			return func() (term.Term, bool) {
				if i >= len(keys) {
					return nil, false
				}
				i++
				return term.Tuple{keys[i-1], vals[i-1]}, true
			}, func() {}
		}
	}
	seq := iter.Seq[term.Term](func(yield func(term.Term) bool) { iterate(env, enum, yield) })
	return iter.Pull(seq)
}

// reduceCommand runs the Enumerable reduce protocol over a pull iterator.
func reduceCommand(env rt.Env, next func() (term.Term, bool), stop func(), acc, fun term.Term) term.Term {
	for {
		cmd, ok := acc.(term.Tuple)
		if !ok || len(cmd) != 2 {
			stop()
			functionClause("Enumerable", "reduce", 3)
		}
		switch cmd[0] {
		case atomHalt:
			stop()
			return term.Tuple{atomHalted, cmd[1]}
		case atomSuspend:
			cont := rt.MakeFun("Enumerable", "reduce", 1, func(env rt.Env, args []term.Term) term.Term {
				return reduceCommand(env, next, stop, args[0], fun)
			}, nil)
			return term.Tuple{atomSuspended, cmd[1], cont}
		case atomCont:
			x, more := next()
			if !more {
				stop()
				return term.Tuple{atomDone, cmd[1]}
			}
			acc = env.Call(fun, []term.Term{x, cmd[1]})
		default:
			stop()
			functionClause("Enumerable", "reduce", 3)
		}
	}
}

// enumerableReduce is Enumerable.reduce/3 for the built-in types.
func enumerableReduce(env rt.Env, args []term.Term) term.Term {
	enum := args[0]
	if !builtinEnumerable(enum) {
		protocolUndefined("Enumerable", enum)
	}
	next, stop := pull(env, enum)
	return reduceCommand(env, next, stop, args[1], args[2])
}

// builtinEnumerable reports whether enum is one of the types implemented here.
func builtinEnumerable(enum term.Term) bool {
	switch v := enum.(type) {
	case term.EmptyList, *term.Cons:
		return true
	case *term.Fun:
		return v.Arity == 2
	case *term.Map:
		mod, isStruct := structOf(v)
		return !isStruct || mod == modRange || mod == modMapSet || mod == modStream || mod == modDateRange || mod == modIOStream
	}
	return false
}

// implModule names the Enumerable implementation of a built-in type.
func implModule(enum term.Term) term.Atom {
	switch v := enum.(type) {
	case term.EmptyList, *term.Cons:
		return rt.ModuleAtom("Enumerable.List")
	case *term.Fun:
		return rt.ModuleAtom("Enumerable.Function")
	case *term.Map:
		if mod, ok := structOf(v); ok {
			return term.MakeAtom("Elixir.Enumerable." + rt.ModuleName(mod))
		}
	}
	return rt.ModuleAtom("Enumerable.Map")
}

func init() { rt.RegisterLazy(registerEnumerable) }

// registerEnumerable registers the built-ins of this file (see rt.RegisterLazy).
func registerEnumerable() {
	rt.Register("Enumerable", map[string]rt.BuiltinFunc{
		"reduce/3": enumerableReduce,
		"count/1": func(env rt.Env, args []term.Term) term.Term {
			if !builtinEnumerable(args[0]) {
				protocolUndefined("Enumerable", args[0])
			}
			switch v := args[0].(type) {
			case term.EmptyList, *term.Cons:
				return okTuple(term.Int(enumCount(env, v)))
			case *term.Map:
				if n, ok := builtinCount(v); ok {
					return okTuple(term.Int(n))
				}
			}
			return term.Tuple{term.ErrorAtom, implModule(args[0])}
		},
		"member?/2": func(env rt.Env, args []term.Term) term.Term {
			if !builtinEnumerable(args[0]) {
				protocolUndefined("Enumerable", args[0])
			}
			switch v := args[0].(type) {
			case term.EmptyList, *term.Cons:
				return okTuple(term.Bool(enumMember(env, v, args[1])))
			case *term.Map:
				if !isStructOf(v, modStream) {
					return okTuple(term.Bool(enumMember(env, v, args[1])))
				}
			}
			return term.Tuple{term.ErrorAtom, implModule(args[0])}
		},
		"slice/1": func(env rt.Env, args []term.Term) term.Term {
			if !builtinEnumerable(args[0]) {
				protocolUndefined("Enumerable", args[0])
			}
			return term.Tuple{term.ErrorAtom, implModule(args[0])}
		},
	})
	rt.Register("Collectable", map[string]rt.BuiltinFunc{
		"into/1": collectableInto,
	})
	// The implementations for lists and maps, which an Enumerable
	// implementation for a struct calls to reduce the list or map it
	// holds (Enumerable.List.reduce(items, acc, fun)).
	for _, impl := range []struct {
		mod string
		is  func(term.Term) bool
	}{
		{"Enumerable.List", func(t term.Term) bool { return term.IsList(t) }},
		{"Enumerable.Map", func(t term.Term) bool { m, ok := t.(*term.Map); return ok && !isStruct(m) }},
	} {
		impl := impl
		check := func(name string, arity int, t term.Term) {
			if !impl.is(t) {
				functionClause(impl.mod, name, arity)
			}
		}
		rt.Register(impl.mod, map[string]rt.BuiltinFunc{
			"reduce/3": func(env rt.Env, args []term.Term) term.Term {
				check("reduce", 3, args[0])
				next, stop := pull(env, args[0])
				return reduceCommand(env, next, stop, args[1], args[2])
			},
			"count/1": func(env rt.Env, args []term.Term) term.Term {
				check("count", 1, args[0])
				return okTuple(term.Int(enumCount(env, args[0])))
			},
			"member?/2": func(env rt.Env, args []term.Term) term.Term {
				check("member?", 2, args[0])
				return okTuple(term.Bool(enumMember(env, args[0], args[1])))
			},
		})
	}
}

// isStruct reports whether m is a struct.
func isStruct(m *term.Map) bool {
	_, ok := structOf(m)
	return ok
}

// collectBinaryError raises Collectable.BitString's error for an element
// that is not a binary (a bitstring element is not supported here).
func collectBinaryError(env rt.Env, x term.Term) {
	if _, ok := x.(*term.Bitstring); ok {
		erlangBadArg("1st", "not a bitstring")
	}
	rt.ArgumentError("collecting into a binary requires a bitstring, got: " + rt.Inspect(env, x))
}

// collectableInto is Collectable.into/1 for lists, maps, MapSets and
// binaries: it returns {initial, collector_fun}.
func collectableInto(env rt.Env, args []term.Term) term.Term {
	c := args[0]
	switch v := c.(type) {
	case term.EmptyList, *term.Cons:
		if _, nonEmpty := v.(*term.Cons); nonEmpty {
			warnNonEmptyInto(env)
		}
		var items []term.Term
		fn := rt.MakeFun("Collectable.List", "into", 2, func(env rt.Env, a []term.Term) term.Term {
			switch cmd := a[1].(type) {
			case term.Tuple:
				items = append(items, cmd[1])
				return a[0]
			case term.Atom:
				if cmd == atomDone {
					return concatLists(a[0], list(items))
				}
			}
			return term.NilAtom
		}, nil)
		return term.Tuple{v, fn}
	case term.Binary:
		fn := rt.MakeFun("Collectable.BitString", "into", 2, func(env rt.Env, a []term.Term) term.Term {
			switch cmd := a[1].(type) {
			case term.Tuple:
				b, ok := cmd[1].(term.Binary)
				if !ok {
					collectBinaryError(env, cmd[1])
				}
				return a[0].(term.Binary) + b
			}
			return a[0]
		}, nil)
		return term.Tuple{v, fn}
	case *term.Map:
		mod, isStruct := structOf(v)
		if !isStruct {
			fn := rt.MakeFun("Collectable.Map", "into", 2, func(env rt.Env, a []term.Term) term.Term {
				switch cmd := a[1].(type) {
				case term.Tuple:
					kv, ok := cmd[1].(term.Tuple)
					if !ok || len(kv) != 2 {
						rt.ArgumentError("collecting into a map requires {key, value} tuples, got: " + rt.Inspect(env, cmd[1]))
					}
					return a[0].(*term.Map).Put(kv[0], kv[1])
				}
				return a[0]
			}, nil)
			return term.Tuple{v, fn}
		}
		if mod == modIOStream {
			return ioStreamCollect(v)
		}
		if mod == modMapSet {
			fn := rt.MakeFun("Collectable.MapSet", "into", 2, func(env rt.Env, a []term.Term) term.Term {
				switch cmd := a[1].(type) {
				case term.Tuple:
					return mapSetPut(a[0].(*term.Map), cmd[1])
				}
				return a[0]
			}, nil)
			return term.Tuple{v, fn}
		}
	}
	protocolUndefined("Collectable", c)
	return nil
}

// warnNonEmptyInto prints the warning Collectable.List.into/1 gives for a
// non-empty list (through IO.warn/1 when it is available).
func warnNonEmptyInto(env rt.Env) {
	msg := term.Binary("the Collectable protocol is deprecated for non-empty lists. The behavior of " +
		"Enum.into/2 and \"for\" comprehensions with an :into option is incorrect " +
		"when collecting into non-empty lists. If you're collecting into a non-empty keyword " +
		"list, consider using Keyword.merge/2 instead. If you're collecting into a non-empty " +
		"list, consider concatenating the two lists with the ++ operator.")
	if b, ok := rt.Lookup(rt.ModuleAtom("IO"), term.MakeAtom("warn"), 1); ok {
		b.Fn(env, []term.Term{msg})
	}
}

// concatLists is a ++ b for a proper list a.
func concatLists(a, b term.Term) term.Term {
	items, _ := properList(a)
	return listWithTail(items, b)
}

// into is Enum.into/2: collect the elements of enum into collectable.
func into(env rt.Env, enum, collectable term.Term, transform term.Term) term.Term {
	apply := func(x term.Term) term.Term {
		if transform != nil {
			return env.Call(transform, []term.Term{x})
		}
		return x
	}
	switch c := collectable.(type) {
	case term.EmptyList, *term.Cons:
		if _, empty := c.(term.EmptyList); empty {
			return list(mapSlice(env, enum, transform))
		}
		warnNonEmptyInto(env)
		return concatLists(c, list(mapSlice(env, enum, transform)))
	case *term.Map:
		mod, isStruct := structOf(c)
		if !isStruct {
			keys, vals := []term.Term{}, []term.Term{}
			keys = append(keys, c.Keys()...)
			vals = append(vals, c.Values()...)
			// Into a map, Elixir maps or reduces with Enum's reduce/3:
			// a later pair for the same key wins in its order. A struct
			// (a range, a MapSet) goes through Collectable; otherwise an
			// empty map, or a list without a transform, is built with
			// :maps.from_list/1, and a transform's result is matched
			// against {key, val}.
			_, enumStruct := enum.(*term.Map)
			if enumStruct {
				_, enumStruct = structOf(enum.(*term.Map))
			}
			_, enumList := enum.(*term.Cons)
			fromList := !enumStruct && (c.Len() == 0 || enumList && transform == nil)
			iterateFold(env, enum, func(x term.Term) bool {
				y := apply(x)
				kv, ok := y.(term.Tuple)
				if !ok || len(kv) != 2 {
					switch {
					case fromList:
						plainBadArg()
					case transform != nil && !enumStruct:
						rt.Raise(rt.NewException("MatchError", atomTerm, y))
					}
					rt.ArgumentError("collecting into a map requires {key, value} tuples, got: " + rt.Inspect(env, y))
				}
				keys = append(keys, kv[0])
				vals = append(vals, kv[1])
				return true
			})
			return term.NewMap(keys, vals)
		}
		if mod == modMapSet {
			set, _ := mapField(c, atomMap).(*term.Map)
			keys := append([]term.Term{}, set.Keys()...)
			iterate(env, enum, func(x term.Term) bool {
				keys = append(keys, apply(x))
				return true
			})
			return makeMapSet(keys)
		}
	case term.Binary:
		buf := []byte(c)
		iterate(env, enum, func(x term.Term) bool {
			y := apply(x)
			b, ok := y.(term.Binary)
			if !ok {
				collectBinaryError(env, y)
			}
			buf = append(buf, b...)
			return true
		})
		return term.Binary(buf)
	}
	// A user Collectable.
	r := env.Apply(atomCollectabl, atomInto, []term.Term{collectable})
	t, ok := r.(term.Tuple)
	if !ok || len(t) != 2 {
		rt.Raise(rt.NewException("MatchError", atomTerm, r))
	}
	acc, fn := t[0], t[1]
	iterate(env, enum, func(x term.Term) bool {
		acc = env.Call(fn, []term.Term{acc, term.Tuple{atomCont, apply(x)}})
		return true
	})
	return env.Call(fn, []term.Term{acc, atomDone})
}

// mapSlice maps fun (nil for identity) over enum into a slice.
func mapSlice(env rt.Env, enum, fun term.Term) []term.Term {
	if fun == nil {
		return toSlice(env, enum)
	}
	if l, ok := enum.(*term.Cons); ok {
		if items, ok := properList(l); ok {
			for i, x := range items {
				items[i] = env.Call(fun, []term.Term{x})
			}
			return items
		}
	}
	if m, ok := enum.(*term.Map); ok {
		if first, last, step, ok := rangeOf(m); ok {
			// The result is as long as the range: refused before it is
			// built when it cannot fit.
			rt.CheckAlloc(env, rt.AllocProduct(rangeSize(first, last, step), rt.ListCellBytes))
		}
	}
	var out []term.Term
	h := rt.Hold(env)
	defer h.Release()
	iterate(env, enum, func(x term.Term) bool {
		out = append(out, env.Call(fun, []term.Term{x}))
		h.Add(rt.ListCellBytes)
		return true
	})
	return out
}

// mapSliceFold is Enum.map/2's walk: mapSlice in iterateFold's order.
func mapSliceFold(env rt.Env, enum, fun term.Term) []term.Term {
	if m, ok := enum.(*term.Map); ok {
		if _, isStruct := structOf(m); !isStruct {
			var out []term.Term
			h := rt.Hold(env)
			defer h.Release()
			iterateFold(env, enum, func(x term.Term) bool {
				out = append(out, env.Call(fun, []term.Term{x}))
				h.Add(rt.ListCellBytes)
				return true
			})
			return out
		}
	}
	return mapSlice(env, enum, fun)
}

package stdlib

import (
	"sort"

	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/rt"
)

// Erlang's :lists and :maps modules: the functions courses call.

func init() { rt.RegisterLazy(registerLists) }

// registerLists registers the built-ins of this part of the file (see
// rt.RegisterLazy).
func registerLists() {
	rt.Register(":lists", map[string]rt.BuiltinFunc{
		"reverse/1": func(env rt.Env, a []term.Term) term.Term {
			items := listsArg(":lists.reverse/1", a, 0)
			return reversedList(items, term.Nil)
		},
		"reverse/2": func(env rt.Env, a []term.Term) term.Term {
			items := listsArg(":lists.reverse/2", a, 0)
			return reversedList(items, a[1])
		},
		"seq/2":  func(env rt.Env, a []term.Term) term.Term { return listsSeq(env, ":lists.seq/2", a, term.Int(1)) },
		"seq/3":  func(env rt.Env, a []term.Term) term.Term { return listsSeq(env, ":lists.seq/3", a, a[2]) },
		"sort/1": func(env rt.Env, a []term.Term) term.Term { return listsSort(env, ":lists.sort/1", a, nil, false) },
		"sort/2": func(env rt.Env, a []term.Term) term.Term {
			return listsSort(env, ":lists.sort/2", []term.Term{a[1], a[0]}, a[0], false)
		},
		"usort/1": func(env rt.Env, a []term.Term) term.Term { return listsSort(env, ":lists.usort/1", a, nil, true) },
		"foldl/3": func(env rt.Env, a []term.Term) term.Term {
			acc := a[1]
			for _, x := range listsArg(":lists.foldl/3", a, 2) {
				acc = env.Call(a[0], []term.Term{x, acc})
			}
			return acc
		},
		"foldr/3": func(env rt.Env, a []term.Term) term.Term {
			acc := a[1]
			items := listsArg(":lists.foldr/3", a, 2)
			for k := len(items) - 1; k >= 0; k-- {
				acc = env.Call(a[0], []term.Term{items[k], acc})
			}
			return acc
		},
		"map/2": func(env rt.Env, a []term.Term) term.Term {
			items := listsArg(":lists.map/2", a, 1)
			out := make([]term.Term, len(items))
			for k, x := range items {
				out[k] = env.Call(a[0], []term.Term{x})
			}
			return term.List(out...)
		},
		"filter/2": func(env rt.Env, a []term.Term) term.Term {
			var out []term.Term
			for _, x := range listsArg(":lists.filter/2", a, 1) {
				if env.Call(a[0], []term.Term{x}) == term.True {
					out = append(out, x)
				}
			}
			return term.List(out...)
		},
		"foreach/2": func(env rt.Env, a []term.Term) term.Term {
			for _, x := range listsArg(":lists.foreach/2", a, 1) {
				env.Call(a[0], []term.Term{x})
			}
			return term.OK
		},
		"all/2": func(env rt.Env, a []term.Term) term.Term {
			for _, x := range listsArg(":lists.all/2", a, 1) {
				if env.Call(a[0], []term.Term{x}) != term.True {
					return term.False
				}
			}
			return term.True
		},
		"any/2": func(env rt.Env, a []term.Term) term.Term {
			for _, x := range listsArg(":lists.any/2", a, 1) {
				if env.Call(a[0], []term.Term{x}) == term.True {
					return term.True
				}
			}
			return term.False
		},
		"nth/2": func(env rt.Env, a []term.Term) term.Term {
			items := listsArg(":lists.nth/2", a, 1)
			n, ok := a[0].(term.Int)
			if !ok || n < 1 || int(n) > len(items) {
				fnClauseError(":lists.nth/2", a)
			}
			return items[n-1]
		},
		"nthtail/2": func(env rt.Env, a []term.Term) term.Term {
			n, ok := a[0].(term.Int)
			l := a[1]
			for k := 0; ok && k < int(n); k++ {
				c, isCons := l.(*term.Cons)
				if !isCons {
					fnClauseError(":lists.nthtail/2", a)
				}
				l = c.Tail
			}
			if !ok || n < 0 {
				fnClauseError(":lists.nthtail/2", a)
			}
			return l
		},
		"last/1": func(env rt.Env, a []term.Term) term.Term {
			items := listsArg(":lists.last/1", a, 0)
			if len(items) == 0 {
				fnClauseError(":lists.last/1", a)
			}
			return items[len(items)-1]
		},
		"sum/1": func(env rt.Env, a []term.Term) term.Term {
			var acc term.Term = term.Int(0)
			for _, x := range listsArg(":lists.sum/1", a, 0) {
				acc = addNumbers(acc, x)
			}
			return acc
		},
		"max/1": func(env rt.Env, a []term.Term) term.Term { return listsExtreme(":lists.max/1", a, 1) },
		"min/1": func(env rt.Env, a []term.Term) term.Term { return listsExtreme(":lists.min/1", a, -1) },
		"member/2": func(env rt.Env, a []term.Term) term.Term {
			for _, x := range listsArg(":lists.member/2", a, 1) {
				if term.StrictEqual(x, a[0]) {
					return term.True
				}
			}
			return term.False
		},
		"append/1": func(env rt.Env, a []term.Term) term.Term {
			lists := listsArg(":lists.append/1", a, 0)
			if len(lists) == 0 {
				return term.Nil
			}
			out := lists[len(lists)-1]
			for k := len(lists) - 2; k >= 0; k-- {
				items, ok := term.ListToSlice(lists[k])
				if !ok {
					erlArgError(1, "not a list")
				}
				out = term.ListWithTail(items, out)
			}
			return out
		},
		"append/2": func(env rt.Env, a []term.Term) term.Term {
			return term.ListWithTail(listsArg(":lists.append/2", a, 0), a[1])
		},
		"concat/1": func(env rt.Env, a []term.Term) term.Term {
			var sb []byte
			for _, x := range listsArg(":lists.concat/1", a, 0) {
				switch v := x.(type) {
				case term.Atom:
					sb = append(sb, v.Name()...)
				case term.Int, *term.BigInt:
					sb = append(sb, integerText(v, 10)...)
				case term.Float:
					sb = append(sb, floatToBinaryOpts(float64(v), term.Nil)...)
				default:
					s, ok := chardataToString(v)
					if !ok {
						fnClauseError(":lists.concat/1", a)
					}
					sb = append(sb, s...)
				}
			}
			return stringToCharlist(string(sb))
		},
		"flatten/1": func(env rt.Env, a []term.Term) term.Term {
			var out []term.Term
			erlFlattenInto(&out, a[0])
			return term.List(out...)
		},
		"duplicate/2": func(env rt.Env, a []term.Term) term.Term {
			n, ok := a[0].(term.Int)
			if !ok || n < 0 {
				fnClauseError(":lists.duplicate/2", a)
			}
			rt.CheckAlloc(env, rt.AllocProduct(int64(n), rt.ListCellBytes))
			checkBuild(int64(n), 1)
			out := make([]term.Term, n)
			for k := range out {
				out[k] = a[1]
			}
			return term.List(out...)
		},
		"delete/2": func(env rt.Env, a []term.Term) term.Term {
			items := listsArg(":lists.delete/2", a, 1)
			for k, x := range items {
				if term.StrictEqual(x, a[0]) {
					return term.ListWithTail(items[:k], term.List(items[k+1:]...))
				}
			}
			return a[1]
		},
		"subtract/2": func(env rt.Env, a []term.Term) term.Term {
			items := append([]term.Term{}, listsArg(":lists.subtract/2", a, 0)...)
			for _, y := range listsArg(":lists.subtract/2", a, 1) {
				for k, x := range items {
					if term.StrictEqual(x, y) {
						items = append(items[:k], items[k+1:]...)
						break
					}
				}
			}
			return term.List(items...)
		},
		"zip/2": func(env rt.Env, a []term.Term) term.Term {
			x := listsArg(":lists.zip/2", a, 0)
			y := listsArg(":lists.zip/2", a, 1)
			if len(x) != len(y) {
				fnClauseError(":lists.zip/2", a)
			}
			out := make([]term.Term, len(x))
			for k := range x {
				out[k] = term.Tuple{x[k], y[k]}
			}
			return term.List(out...)
		},
		"unzip/1": func(env rt.Env, a []term.Term) term.Term {
			var xs, ys []term.Term
			for _, p := range listsArg(":lists.unzip/1", a, 0) {
				t, ok := p.(term.Tuple)
				if !ok || len(t) != 2 {
					fnClauseError(":lists.unzip/1", a)
				}
				xs, ys = append(xs, t[0]), append(ys, t[1])
			}
			return term.Tuple{term.List(xs...), term.List(ys...)}
		},
		"split/2": func(env rt.Env, a []term.Term) term.Term {
			items := listsArg(":lists.split/2", a, 1)
			n, ok := a[0].(term.Int)
			if !ok || n < 0 || int(n) > len(items) {
				erlArgError(1, "out of range")
			}
			return term.Tuple{term.List(items[:n]...), term.List(items[n:]...)}
		},
		"sublist/2": func(env rt.Env, a []term.Term) term.Term {
			items := listsArg(":lists.sublist/2", a, 0)
			n, ok := a[1].(term.Int)
			if !ok || n < 0 {
				fnClauseError(":lists.sublist/2", a)
			}
			return term.List(items[:min(int(n), len(items))]...)
		},
		"sublist/3": func(env rt.Env, a []term.Term) term.Term {
			items := listsArg(":lists.sublist/3", a, 0)
			st, ok1 := a[1].(term.Int)
			n, ok2 := a[2].(term.Int)
			if !ok1 || !ok2 || st < 1 || n < 0 || int(st) > len(items)+1 {
				fnClauseError(":lists.sublist/3", a)
			}
			rest := items[st-1:]
			return term.List(rest[:min(int(n), len(rest))]...)
		},
		"takewhile/2": func(env rt.Env, a []term.Term) term.Term {
			items := listsArg(":lists.takewhile/2", a, 1)
			for k, x := range items {
				if env.Call(a[0], []term.Term{x}) != term.True {
					return term.List(items[:k]...)
				}
			}
			return a[1]
		},
		"dropwhile/2": func(env rt.Env, a []term.Term) term.Term {
			items := listsArg(":lists.dropwhile/2", a, 1)
			for k, x := range items {
				if env.Call(a[0], []term.Term{x}) != term.True {
					return term.List(items[k:]...)
				}
			}
			return term.Nil
		},
		"partition/2": func(env rt.Env, a []term.Term) term.Term {
			var yes, no []term.Term
			for _, x := range listsArg(":lists.partition/2", a, 1) {
				if env.Call(a[0], []term.Term{x}) == term.True {
					yes = append(yes, x)
				} else {
					no = append(no, x)
				}
			}
			return term.Tuple{term.List(yes...), term.List(no...)}
		},
		"keyfind/3": func(env rt.Env, a []term.Term) term.Term {
			n := erlKeyPos(":lists.keyfind/3", a, 1)
			for _, x := range listsArg(":lists.keyfind/3", a, 2) {
				if t, ok := x.(term.Tuple); ok && len(t) >= n && term.Equal(t[n-1], a[0]) {
					return t
				}
			}
			return term.False
		},
		"keymember/3": func(env rt.Env, a []term.Term) term.Term {
			n := erlKeyPos(":lists.keymember/3", a, 1)
			for _, x := range listsArg(":lists.keymember/3", a, 2) {
				if t, ok := x.(term.Tuple); ok && len(t) >= n && term.Equal(t[n-1], a[0]) {
					return term.True
				}
			}
			return term.False
		},
		"keydelete/3": func(env rt.Env, a []term.Term) term.Term {
			n := erlKeyPos(":lists.keydelete/3", a, 1)
			items := listsArg(":lists.keydelete/3", a, 2)
			for k, x := range items {
				if t, ok := x.(term.Tuple); ok && len(t) >= n && term.Equal(t[n-1], a[0]) {
					return term.ListWithTail(items[:k], term.List(items[k+1:]...))
				}
			}
			return a[2]
		},
		"keyreplace/4": func(env rt.Env, a []term.Term) term.Term {
			n := erlKeyPos(":lists.keyreplace/4", a, 1)
			items := listsArg(":lists.keyreplace/4", a, 2)
			for k, x := range items {
				if t, ok := x.(term.Tuple); ok && len(t) >= n && term.Equal(t[n-1], a[0]) {
					out := append([]term.Term{}, items...)
					out[k] = a[3]
					return term.List(out...)
				}
			}
			return a[2]
		},
		"keystore/4": func(env rt.Env, a []term.Term) term.Term {
			n := erlKeyPos(":lists.keystore/4", a, 1)
			items := listsArg(":lists.keystore/4", a, 2)
			for k, x := range items {
				if t, ok := x.(term.Tuple); ok && len(t) >= n && term.Equal(t[n-1], a[0]) {
					out := append([]term.Term{}, items...)
					out[k] = a[3]
					return term.List(out...)
				}
			}
			return term.List(append(append([]term.Term{}, items...), a[3])...)
		},
		"keysort/2": func(env rt.Env, a []term.Term) term.Term {
			n := erlKeyPos(":lists.keysort/2", a, 0)
			items := append([]term.Term{}, listsArg(":lists.keysort/2", a, 1)...)
			for _, x := range items {
				if t, ok := x.(term.Tuple); !ok || len(t) < n {
					fnClauseError(":lists.keysort/2", a)
				}
			}
			sort.SliceStable(items, func(p, q int) bool {
				return term.Compare(items[p].(term.Tuple)[n-1], items[q].(term.Tuple)[n-1]) < 0
			})
			return term.List(items...)
		},
		"join/2": func(env rt.Env, a []term.Term) term.Term {
			items := listsArg(":lists.join/2", a, 1)
			var out []term.Term
			for k, x := range items {
				if k > 0 {
					out = append(out, a[0])
				}
				out = append(out, x)
			}
			return term.List(out...)
		},
		"enumerate/1": func(env rt.Env, a []term.Term) term.Term {
			items := listsArg(":lists.enumerate/1", a, 0)
			out := make([]term.Term, len(items))
			for k, x := range items {
				out[k] = term.Tuple{term.Int(k + 1), x}
			}
			return term.List(out...)
		},
	})
}

func listsArg(mfa string, a []term.Term, i int) []term.Term {
	items, ok := term.ListToSlice(a[i])
	if !ok {
		fnClauseError(mfa, a)
	}
	return items
}

func reversedList(items []term.Term, tail term.Term) term.Term {
	l := tail
	for _, x := range items {
		l = &term.Cons{Head: x, Tail: l}
	}
	return l
}

func erlKeyPos(mfa string, a []term.Term, i int) int {
	n, ok := a[i].(term.Int)
	if !ok || n < 1 {
		erlArgError(i+1, "out of range")
	}
	return int(n)
}

func erlFlattenInto(out *[]term.Term, t term.Term) {
	for {
		switch v := t.(type) {
		case term.EmptyList:
			return
		case *term.Cons:
			if term.IsList(v.Head) {
				erlFlattenInto(out, v.Head)
			} else {
				*out = append(*out, v.Head)
			}
			t = v.Tail
		default:
			erlArgError(1, "not a list")
			return
		}
	}
}

func listsSeq(env rt.Env, mfa string, a []term.Term, incT term.Term) term.Term {
	from, ok1 := a[0].(term.Int)
	to, ok2 := a[1].(term.Int)
	inc, ok3 := incT.(term.Int)
	if !ok1 || !ok2 || !ok3 {
		fnClauseError(mfa, a)
	}
	switch {
	case inc > 0 && to >= from-inc, inc < 0 && to <= from-inc, inc == 0 && from == to:
	default:
		fnClauseError(mfa, a)
	}
	if inc == 0 {
		return term.List(from)
	}
	rt.CheckAlloc(env, rt.AllocProduct((int64(to)-int64(from))/int64(inc)+1, rt.ListCellBytes))
	checkBuild((int64(to)-int64(from))/int64(inc)+1, 1)
	var out []term.Term
	for x := from; (inc > 0 && x <= to) || (inc < 0 && x >= to); x += inc {
		out = append(out, x)
	}
	return term.List(out...)
}

func listsSort(env rt.Env, mfa string, a []term.Term, fun term.Term, unique bool) term.Term {
	items := append([]term.Term{}, listsArg(mfa, a, 0)...)
	if fun != nil {
		// Erlang's sort/2 takes "less or equal" and is stable
		sort.SliceStable(items, func(p, q int) bool {
			return env.Call(fun, []term.Term{items[q], items[p]}) != term.True
		})
		return term.List(items...)
	}
	sort.SliceStable(items, func(p, q int) bool { return term.Compare(items[p], items[q]) < 0 })
	if unique {
		var out []term.Term
		for _, x := range items {
			if len(out) == 0 || term.Compare(out[len(out)-1], x) != 0 {
				out = append(out, x)
			}
		}
		return term.List(out...)
	}
	return term.List(items...)
}

func listsExtreme(mfa string, a []term.Term, sign int) term.Term {
	items := listsArg(mfa, a, 0)
	if len(items) == 0 {
		fnClauseError(mfa, a)
	}
	best := items[0]
	for _, x := range items[1:] {
		if term.Compare(x, best)*sign > 0 {
			best = x
		}
	}
	return best
}

// addNumbers adds two numbers as the BEAM does (integers stay exact).
func addNumbers(x, y term.Term) term.Term {
	if xi, ok := x.(term.Int); ok {
		if yi, ok := y.(term.Int); ok {
			s := xi + yi
			if (s > xi) == (yi > 0) {
				return s
			}
		}
	}
	if isInteger(x) && isInteger(y) {
		xb, yb := bigOf(x), bigOf(y)
		return term.MakeInt(xb.Add(xb, yb))
	}
	xf, ok1 := rt.ToFloat(x)
	yf, ok2 := rt.ToFloat(y)
	if !ok1 || !ok2 {
		arithError()
	}
	return finite(xf + yf)
}

func init() { rt.RegisterLazy(registerMaps) }

// registerMaps registers the built-ins of this part of the file (see
// rt.RegisterLazy).
func registerMaps() {
	rt.Register(":maps", map[string]rt.BuiltinFunc{
		"get/2": func(env rt.Env, a []term.Term) term.Term {
			m := mapsArg(a, 1)
			v, ok := m.Get(a[0])
			if !ok {
				rt.Raise(rt.NewException("KeyError", atom("key"), a[0], atom("term"), m, atom("message"), term.NilAtom))
			}
			return v
		},
		"get/3": func(env rt.Env, a []term.Term) term.Term {
			if v, ok := mapsArg(a, 1).Get(a[0]); ok {
				return v
			}
			return a[2]
		},
		"find/2": func(env rt.Env, a []term.Term) term.Term {
			if v, ok := mapsArg(a, 1).Get(a[0]); ok {
				return term.Tuple{term.OK, v}
			}
			return term.ErrorAtom
		},
		"is_key/2": func(env rt.Env, a []term.Term) term.Term {
			_, ok := mapsArg(a, 1).Get(a[0])
			return boolTerm(ok)
		},
		"put/3":    func(env rt.Env, a []term.Term) term.Term { return mapsArg(a, 2).Put(a[0], a[1]) },
		"remove/2": func(env rt.Env, a []term.Term) term.Term { return mapsArg(a, 1).Delete(a[0]) },
		"update/3": func(env rt.Env, a []term.Term) term.Term {
			m := mapsArg(a, 2)
			if _, ok := m.Get(a[0]); !ok {
				rt.Raise(rt.NewException("KeyError", atom("key"), a[0], atom("term"), m, atom("message"), term.NilAtom))
			}
			return m.Put(a[0], a[1])
		},
		"keys/1":   func(env rt.Env, a []term.Term) term.Term { return term.List(mapsArg(a, 0).Keys()...) },
		"values/1": func(env rt.Env, a []term.Term) term.Term { return term.List(mapsArg(a, 0).Values()...) },
		"size/1":   func(env rt.Env, a []term.Term) term.Term { return term.Int(mapsArg(a, 0).Len()) },
		"new/0":    func(env rt.Env, a []term.Term) term.Term { return term.EmptyMap },
		"to_list/1": func(env rt.Env, a []term.Term) term.Term {
			m := mapsArg(a, 0)
			out := make([]term.Term, 0, m.Len())
			m.Range(func(k, v term.Term) bool { out = append(out, term.Tuple{k, v}); return true })
			return term.List(out...)
		},
		"from_list/1": func(env rt.Env, a []term.Term) term.Term {
			items, ok := term.ListToSlice(a[0])
			if !ok {
				erlArgError(1, "not a list")
			}
			m := term.EmptyMap
			for _, it := range items {
				t, ok := it.(term.Tuple)
				if !ok || len(t) != 2 {
					// OTP 25's error info names no argument here
					plainBadArg()
				}
				m = m.Put(t[0], t[1])
			}
			return m
		},
		"merge/2": func(env rt.Env, a []term.Term) term.Term {
			m := mapsArg(a, 0)
			mapsArg(a, 1).Range(func(k, v term.Term) bool { m = m.Put(k, v); return true })
			return m
		},
		"fold/3": func(env rt.Env, a []term.Term) term.Term {
			acc := a[1]
			mapsArg(a, 2).RangeIter(func(k, v term.Term) bool {
				acc = env.Call(a[0], []term.Term{k, v, acc})
				return true
			})
			return acc
		},
		"map/2": func(env rt.Env, a []term.Term) term.Term {
			out := term.EmptyMap
			mapsArg(a, 1).RangeIter(func(k, v term.Term) bool {
				out = out.Put(k, env.Call(a[0], []term.Term{k, v}))
				return true
			})
			return out
		},
		"filter/2": func(env rt.Env, a []term.Term) term.Term {
			out := term.EmptyMap
			mapsArg(a, 1).RangeIter(func(k, v term.Term) bool {
				if env.Call(a[0], []term.Term{k, v}) == term.True {
					out = out.Put(k, v)
				}
				return true
			})
			return out
		},
		"with/2": func(env rt.Env, a []term.Term) term.Term {
			m := mapsArg(a, 1)
			out := term.EmptyMap
			for _, k := range erlListArg(a, 0) {
				if v, ok := m.Get(k); ok {
					out = out.Put(k, v)
				}
			}
			return out
		},
		"without/2": func(env rt.Env, a []term.Term) term.Term {
			m := mapsArg(a, 1)
			for _, k := range erlListArg(a, 0) {
				m = m.Delete(k)
			}
			return m
		},
	})
}

func mapsArg(a []term.Term, i int) *term.Map {
	m, ok := a[i].(*term.Map)
	if !ok {
		rt.Raise(rt.NewException("BadMapError", atom("term"), a[i]))
	}
	return m
}

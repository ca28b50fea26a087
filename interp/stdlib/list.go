package stdlib

import (
	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/rt"
)

// The List module (List.to_string/1 and the other charlist conversions
// belong to the text side of the library).

// listArgOf reads a proper list argument of List.fun/arity.
func listArgOf(t term.Term, fun string, arity int) []term.Term {
	items, ok := properList(t)
	if !ok {
		functionClause("List", fun, arity)
	}
	return items
}

// normIndex turns a negative index into one from the start.
func normIndex(i int64, n int) int64 {
	if i < 0 {
		return int64(n) + i
	}
	return i
}

// keyPos reads a 0-based tuple position.
func keyPos(t term.Term, fun string, arity int) int {
	n, ok := smallInt(t)
	if !ok || n < 0 {
		functionClause("List", fun, arity)
	}
	return int(n)
}

// keyfindPos fails as :lists.keyfind/3 does for a negative position
// List.keyfind/4 passes on (position + 1 out of range).
func keyfindPos(t term.Term) {
	if n, ok := t.(term.Int); ok && n < 0 {
		erlangBadArg("2nd", "out of range")
	}
}

// keyMatch reports whether x is a tuple whose element pos == key.
func keyMatch(x term.Term, pos int, key term.Term) bool {
	t, ok := x.(term.Tuple)
	return ok && pos < len(t) && term.Equal(t[pos], key)
}

// flattenInto appends the elements of the nested list t to out. It walks
// nested lists with a stack of its own, not by recursion: a list nested
// millions deep would pass the Go stack's limit, which ends the whole Go
// process. The walk counts a reduction per 64 cells and the elements
// gathered as memory the process of env holds, so that a list sharing its
// parts (a list of itself twice, sixty times over) ends at the program's
// limits.
func flattenInto(env rt.Env, out []term.Term, t term.Term) []term.Term {
	var tails []term.Term
	held := rt.Hold(env)
	defer held.Release()
	proc := rt.ProcessOf(env)
	steps, counted := 0, cap(out)
	for {
		if steps++; steps&63 == 0 {
			if proc != nil {
				proc.Reduce(1)
			}
			if cap(out) > counted {
				held.Add(int64(cap(out)-counted) * rt.ListCellBytes)
				counted = cap(out)
			}
		}
		c, ok := t.(*term.Cons)
		if !ok {
			if !isEmpty(t) {
				erlangBadArg("1st", "not a list")
			}
			if len(tails) == 0 {
				return out
			}
			t = tails[len(tails)-1]
			tails = tails[:len(tails)-1]
			continue
		}
		if term.IsList(c.Head) {
			tails = append(tails, c.Tail)
			t = c.Head
			continue
		}
		out = append(out, c.Head)
		t = c.Tail
	}
}

func keyFind(items []term.Term, key term.Term, pos int) (term.Term, int) {
	for i, x := range items {
		if keyMatch(x, pos, key) {
			return x, i
		}
	}
	return nil, -1
}

func init() { rt.RegisterLazy(registerList) }

// registerList registers the built-ins of this file (see rt.RegisterLazy).
func registerList() {
	rt.Register("List", map[string]rt.BuiltinFunc{
		"first/1": func(env rt.Env, a []term.Term) term.Term {
			if c, ok := a[0].(*term.Cons); ok {
				return c.Head
			}
			if isEmpty(a[0]) {
				return term.NilAtom
			}
			functionClause("List", "first", 2, a...)
			return nil
		},
		"first/2": func(env rt.Env, a []term.Term) term.Term {
			if c, ok := a[0].(*term.Cons); ok {
				return c.Head
			}
			if isEmpty(a[0]) {
				return a[1]
			}
			functionClause("List", "first", 2, a...)
			return nil
		},
		"last/1": func(env rt.Env, a []term.Term) term.Term {
			items, ok := properList(a[0])
			if !ok {
				functionClause("List", "last", 2, a[0], term.NilAtom)
			}
			if len(items) == 0 {
				return term.NilAtom
			}
			return items[len(items)-1]
		},
		"last/2": func(env rt.Env, a []term.Term) term.Term {
			items, ok := properList(a[0])
			if !ok {
				functionClause("List", "last", 2, a...)
			}
			if len(items) == 0 {
				return a[1]
			}
			return items[len(items)-1]
		},
		"flatten/1": func(env rt.Env, a []term.Term) term.Term {
			if !term.IsList(a[0]) {
				// List.flatten/1 is :lists.flatten/1, whose clauses take lists
				fnClauseError(":lists.flatten/1", a)
			}
			return list(flattenInto(env, nil, a[0]))
		},
		"flatten/2": func(env rt.Env, a []term.Term) term.Term {
			if !term.IsList(a[0]) {
				fnClauseError(":lists.flatten/2", a)
			}
			return listWithTail(flattenInto(env, nil, a[0]), a[1])
		},
		"foldl/3": func(env rt.Env, a []term.Term) term.Term {
			items := listArgOf(a[0], "foldl", 3)
			acc := a[1]
			for _, x := range items {
				acc = env.Call(a[2], []term.Term{x, acc})
			}
			return acc
		},
		"foldr/3": func(env rt.Env, a []term.Term) term.Term {
			items := listArgOf(a[0], "foldr", 3)
			acc := a[1]
			for i := len(items) - 1; i >= 0; i-- {
				acc = env.Call(a[2], []term.Term{items[i], acc})
			}
			return acc
		},
		"delete/2": func(env rt.Env, a []term.Term) term.Term {
			items := listArgOf(a[0], "delete", 2)
			for i, x := range items {
				if term.StrictEqual(x, a[1]) {
					return listWithTail(items[:i], list(items[i+1:]))
				}
			}
			return a[0]
		},
		"delete_at/2": func(env rt.Env, a []term.Term) term.Term {
			items := listArgOf(a[0], "delete_at", 2)
			i := normIndex(intArgList(a[1], "delete_at", 2), len(items))
			if i < 0 || i >= int64(len(items)) {
				return a[0]
			}
			return listWithTail(items[:i], list(items[i+1:]))
		},
		"pop_at/2": func(env rt.Env, a []term.Term) term.Term {
			return popAt(a[0], a[1], term.NilAtom)
		},
		"pop_at/3": func(env rt.Env, a []term.Term) term.Term {
			return popAt(a[0], a[1], a[2])
		},
		"insert_at/3": func(env rt.Env, a []term.Term) term.Term {
			items := listArgOf(a[0], "insert_at", 3)
			i := intArgList(a[1], "insert_at", 3)
			n := int64(len(items))
			if i < 0 {
				i = n + i + 1
				if i < 0 {
					i = 0
				}
			}
			if i > n {
				i = n
			}
			out := append(append(append([]term.Term{}, items[:i]...), a[2]), items[i:]...)
			return list(out)
		},
		"replace_at/3": func(env rt.Env, a []term.Term) term.Term {
			items := listArgOf(a[0], "replace_at", 3)
			i := normIndex(intArgList(a[1], "replace_at", 3), len(items))
			if i < 0 || i >= int64(len(items)) {
				return a[0]
			}
			out := append([]term.Term{}, items...)
			out[i] = a[2]
			return list(out)
		},
		"update_at/3": func(env rt.Env, a []term.Term) term.Term {
			items := listArgOf(a[0], "update_at", 3)
			i := normIndex(intArgList(a[1], "update_at", 3), len(items))
			if i < 0 || i >= int64(len(items)) {
				return a[0]
			}
			out := append([]term.Term{}, items...)
			out[i] = env.Call(a[2], []term.Term{items[i]})
			return list(out)
		},
		"duplicate/2": func(env rt.Env, a []term.Term) term.Term {
			n, ok := smallInt(a[1])
			if !ok || n < 0 {
				functionClause(":lists", "duplicate", 2, a...)
			}
			rt.CheckAlloc(env, rt.AllocProduct(int64(n), rt.ListCellBytes))
			out := make([]term.Term, n)
			for i := range out {
				out[i] = a[0]
			}
			return list(out)
		},
		"wrap/1": func(env rt.Env, a []term.Term) term.Term {
			switch {
			case term.IsList(a[0]):
				return a[0]
			case a[0] == term.NilAtom:
				return term.Nil
			}
			return term.List(a[0])
		},
		"zip/1": func(env rt.Env, a []term.Term) term.Term {
			lists := listArgOf(a[0], "zip", 1)
			return zipAll(env, lists, nil)
		},
		"to_tuple/1": func(env rt.Env, a []term.Term) term.Term {
			items, ok := properList(a[0])
			if !ok {
				erlangBadArg("1st", "not a list")
			}
			return term.Tuple(items)
		},
		"starts_with?/2": func(env rt.Env, a []term.Term) term.Term {
			items := listArgOf(a[0], "starts_with?", 2)
			prefix := listArgOf(a[1], "starts_with?", 2)
			if len(prefix) > len(items) {
				return term.False
			}
			for i := range prefix {
				if !term.StrictEqual(items[i], prefix[i]) {
					return term.False
				}
			}
			return term.True
		},
		"ends_with?/2": func(env rt.Env, a []term.Term) term.Term {
			items := listArgOf(a[0], "ends_with?", 2)
			suffix := listArgOf(a[1], "ends_with?", 2)
			d := len(items) - len(suffix)
			if d < 0 {
				return term.False
			}
			return term.Bool(term.StrictEqual(list(items[d:]), list(suffix)))
		},
		"ascii_printable?/1": func(env rt.Env, a []term.Term) term.Term {
			return asciiPrintable(a[0], -1)
		},
		"ascii_printable?/2": func(env rt.Env, a []term.Term) term.Term {
			limit := int64(-1)
			if a[1] != term.MakeAtom("infinity") {
				n, ok := smallInt(a[1])
				if !ok || n < 0 {
					functionClause("List", "ascii_printable?", 2, a...)
				}
				limit = n
			}
			return asciiPrintable(a[0], limit)
		},
		"improper?/1": func(env rt.Env, a []term.Term) term.Term {
			if !term.IsList(a[0]) {
				functionClause("List", "improper?", 1, a...)
			}
			return term.Bool(!isProperList(a[0]))
		},
		"keyfind/3": func(env rt.Env, a []term.Term) term.Term {
			items := listArgOf(a[0], "keyfind", 4)
			keyfindPos(a[2])
			if x, i := keyFind(items, a[1], keyPos(a[2], "keyfind", 4)); i >= 0 {
				return x
			}
			return term.NilAtom
		},
		"keyfind/4": func(env rt.Env, a []term.Term) term.Term {
			items := listArgOf(a[0], "keyfind", 4)
			keyfindPos(a[2])
			if x, i := keyFind(items, a[1], keyPos(a[2], "keyfind", 4)); i >= 0 {
				return x
			}
			return a[3]
		},
		"keyfind!/3": func(env rt.Env, a []term.Term) term.Term {
			items := listArgOf(a[0], "keyfind!", 3)
			if x, i := keyFind(items, a[1], keyPos(a[2], "keyfind!", 3)); i >= 0 {
				return x
			}
			keyErrorMsg(a[1], a[0], "key "+rt.Inspect(env, a[1])+" at position "+rt.Inspect(env, a[2])+" not found in: "+rt.Inspect(env, a[0]))
			return nil
		},
		"keymember?/3": func(env rt.Env, a []term.Term) term.Term {
			items := listArgOf(a[0], "keymember?", 3)
			_, i := keyFind(items, a[1], keyPos(a[2], "keymember?", 3))
			return term.Bool(i >= 0)
		},
		"keydelete/3": func(env rt.Env, a []term.Term) term.Term {
			items := listArgOf(a[0], "keydelete", 3)
			if _, i := keyFind(items, a[1], keyPos(a[2], "keydelete", 3)); i >= 0 {
				return listWithTail(items[:i], list(items[i+1:]))
			}
			return a[0]
		},
		"keyreplace/4": func(env rt.Env, a []term.Term) term.Term {
			items := listArgOf(a[0], "keyreplace", 4)
			if _, i := keyFind(items, a[1], keyPos(a[2], "keyreplace", 4)); i >= 0 {
				out := append([]term.Term{}, items...)
				out[i] = a[3]
				return list(out)
			}
			return a[0]
		},
		"keystore/4": func(env rt.Env, a []term.Term) term.Term {
			items := listArgOf(a[0], "keystore", 4)
			out := append([]term.Term{}, items...)
			if _, i := keyFind(items, a[1], keyPos(a[2], "keystore", 4)); i >= 0 {
				out[i] = a[3]
				return list(out)
			}
			return list(append(out, a[3]))
		},
		"keytake/3": func(env rt.Env, a []term.Term) term.Term {
			items := listArgOf(a[0], "keytake", 3)
			if x, i := keyFind(items, a[1], keyPos(a[2], "keytake", 3)); i >= 0 {
				return term.Tuple{x, listWithTail(items[:i], list(items[i+1:]))}
			}
			return term.NilAtom
		},
		"myers_difference/2": func(env rt.Env, a []term.Term) term.Term {
			l1 := listArgOf(a[0], "myers_difference", 2)
			l2 := listArgOf(a[1], "myers_difference", 2)
			edits := MyersDifference(l1, l2)
			out := make([]term.Term, len(edits))
			for i, e := range edits {
				out[i] = term.Tuple{term.MakeAtom(e.Kind), list(e.Items)}
			}
			return list(out)
		},
		"myers_difference/3": func(env rt.Env, a []term.Term) term.Term {
			l1 := listArgOf(a[0], "myers_difference", 3)
			l2 := listArgOf(a[1], "myers_difference", 3)
			if f, ok := a[2].(*term.Fun); !ok || f.Arity != 2 {
				functionClause("List", "myers_difference", 3, a...)
			}
			edits := myersScript(l1, l2, func(x, y term.Term) term.Term { return env.Call(a[2], []term.Term{x, y}) })
			out := make([]term.Term, len(edits))
			for i, e := range edits {
				if e.Kind == "diff" {
					out[i] = term.Tuple{atom("diff"), e.Items[0]}
					continue
				}
				out[i] = term.Tuple{term.MakeAtom(e.Kind), list(e.Items)}
			}
			return list(out)
		},
		"keysort/2": func(env rt.Env, a []term.Term) term.Term {
			return keySort(env, a[0], a[1], atomAsc)
		},
		"keysort/3": func(env rt.Env, a []term.Term) term.Term {
			return keySort(env, a[0], a[1], a[2])
		},
	})
}

func intArgList(t term.Term, fun string, arity int) int64 {
	n, ok := smallInt(t)
	if !ok {
		functionClause("List", fun, arity)
	}
	return n
}

func popAt(l, idx, def term.Term) term.Term {
	items := listArgOf(l, "pop_at", 3)
	i := normIndex(intArgList(idx, "pop_at", 3), len(items))
	if i < 0 || i >= int64(len(items)) {
		return term.Tuple{def, l}
	}
	return term.Tuple{items[i], listWithTail(items[:i], list(items[i+1:]))}
}

func asciiPrintable(t term.Term, limit int64) term.Term {
	if !term.IsList(t) {
		functionClause("List", "ascii_printable?", 2)
	}
	for limit != 0 {
		c, ok := t.(*term.Cons)
		if !ok {
			return term.Bool(isEmpty(t))
		}
		ch, ok := smallInt(c.Head)
		if !ok || !((ch >= 7 && ch <= 13) || ch == 27 || (ch >= 32 && ch <= 126)) {
			return term.False
		}
		if limit > 0 {
			limit--
		}
		t = c.Tail
	}
	return term.True
}

func keySort(env rt.Env, l, posT, sorter term.Term) term.Term {
	items := listArgOf(l, "keysort", 3)
	pos := keyPos(posT, "keysort", 3)
	elem := func(x term.Term) term.Term {
		t, ok := x.(term.Tuple)
		if !ok || pos >= len(t) {
			erlangBadArg("1st", "out of range")
		}
		return t[pos]
	}
	if sorter == atomAsc {
		out := append([]term.Term{}, items...)
		idx := make([]int, len(out))
		for i := range idx {
			idx[i] = i
		}
		stableSortIdx(idx, func(a, b int) bool { return term.Compare(elem(items[a]), elem(items[b])) < 0 })
		for i, j := range idx {
			out[i] = items[j]
		}
		return list(out)
	}
	var less lessFn
	if sorter == atomDesc {
		less = func(a, b term.Term) bool { return term.Compare(elem(a), elem(b)) >= 0 }
	} else {
		inner := sorterLess(env, sorter, "List", "keysort_fun", 2)
		less = func(a, b term.Term) bool { return inner(elem(a), elem(b)) }
	}
	return sortWith(less, l)
}

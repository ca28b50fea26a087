package stdlib

import (
	"math/bits"
	"math/rand"
	"strconv"

	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/rt"
)

// The Enum module.

func emptyError() {
	rt.Raise(rt.NewException("Enum.EmptyError", atomMessage, term.Binary("empty error")))
}

func outOfBounds() {
	rt.Raise(rt.NewException("Enum.OutOfBoundsError", atomMessage, term.Binary("out of bounds error")))
}

// intArgOr raises FunctionClauseError for Enum.fun/arity unless t is a
// small integer.
func intArgOr(t term.Term, fun string, arity int, args ...term.Term) int64 {
	n, ok := smallInt(t)
	if !ok {
		functionClause("Enum", fun, arity, args...)
	}
	return n
}

// sorterLess turns an Enum sorter (a 2-arity function, :asc, :desc, a
// module or {:asc | :desc, module}) into a comparison "a may precede b".
// Another sorter raises FunctionClauseError naming mod.fun/arity, the
// private function of Elixir's that converts it (Enum.to_sort_fun/1,
// List.keysort_fun/2).
func sorterLess(env rt.Env, sorter term.Term, mod, fun string, arity int) lessFn {
	switch s := sorter.(type) {
	case *term.Fun:
		if s.Arity != 2 {
			break
		}
		return func(a, b term.Term) bool { return term.IsTruthy(env.Call(s, []term.Term{a, b})) }
	case term.Atom:
		switch s {
		case atomAsc:
			return func(a, b term.Term) bool { return term.Compare(a, b) <= 0 }
		case atomDesc:
			return func(a, b term.Term) bool { return term.Compare(a, b) >= 0 }
		}
		return func(a, b term.Term) bool { return env.Apply(s, atomCompare, []term.Term{a, b}) != atomGt }
	case term.Tuple:
		if len(s) == 2 {
			if mod, ok := s[1].(term.Atom); ok {
				switch s[0] {
				case atomAsc:
					return func(a, b term.Term) bool { return env.Apply(mod, atomCompare, []term.Term{a, b}) != atomGt }
				case atomDesc:
					return func(a, b term.Term) bool { return env.Apply(mod, atomCompare, []term.Term{a, b}) != atomLt }
				}
			}
		}
	}
	if arity == 1 {
		functionClause(mod, fun, arity, sorter)
	}
	functionClause(mod, fun, arity)
	return nil
}

// enumSort is Enum.sort/2.
// sortCost counts the reductions of sorting n items: about n log n / 8
// (a reduction stands for a function call's work).
func sortCost(env rt.Env, n int) {
	rt.Reduce(env, n*bits.Len(uint(n))/8)
}

func enumSort(env rt.Env, enum, sorter term.Term) term.Term {
	items := toSliceFold(env, enum)
	sortCost(env, len(items))
	switch sorter {
	case atomAsc:
		sortTerms(items)
		return list(items)
	case atomDesc:
		sortTerms(items)
		reverseSlice(items)
		return list(items)
	}
	less := sorterLess(env, sorter, "Enum", "to_sort_fun", 1)
	return sortWith(less, list(items))
}

func reverseSlice(items []term.Term) {
	for i, j := 0, len(items)-1; i < j; i, j = i+1, j-1 {
		items[i], items[j] = items[j], items[i]
	}
}

// sortBy is Enum.sort_by/3.
func sortBy(env rt.Env, enum, mapper, sorter term.Term) term.Term {
	items := toSliceFold(env, enum)
	keys := make([]term.Term, len(items))
	for i, x := range items {
		keys[i] = env.Call(mapper, []term.Term{x})
	}
	idx := make([]int, len(items))
	for i := range idx {
		idx[i] = i
	}
	out := make([]term.Term, len(items))
	switch sorter {
	case atomAsc, atomDesc:
		desc := sorter == atomDesc
		stableSortIdx(idx, func(a, b int) bool {
			c := term.Compare(keys[a], keys[b])
			if desc {
				return c > 0
			}
			return c < 0
		})
		for i, j := range idx {
			out[i] = items[j]
		}
		return list(out)
	}
	less := sorterLess(env, sorter, "List", "keysort_fun", 2)
	pairs := make([]term.Term, len(items))
	for i := range items {
		pairs[i] = term.Tuple{items[i], keys[i]}
	}
	sorted := sortWith(func(a, b term.Term) bool { return less(a.(term.Tuple)[1], b.(term.Tuple)[1]) }, list(pairs))
	i := 0
	for c, ok := sorted.(*term.Cons); ok; c, ok = c.Tail.(*term.Cons) {
		out[i] = c.Head.(term.Tuple)[0]
		i++
	}
	return list(out)
}

// aggregate implements min/max: keep reports whether acc stays against x.
func aggregate(env rt.Env, enum term.Term, keep lessFn, empty term.Term) term.Term {
	if first, last, step, ok := rangeOf(enum); ok {
		n := rangeSize(first, last, step)
		if n == 0 {
			return callEmpty(env, empty)
		}
		l := first + (n-1)*step
		if keep(term.Int(first), term.Int(l)) {
			return term.Int(first)
		}
		return term.Int(l)
	}
	var acc term.Term
	iterateFold(env, enum, func(x term.Term) bool {
		if acc == nil {
			acc = x
		} else if !keep(acc, x) {
			acc = x
		}
		return true
	})
	if acc == nil {
		return callEmpty(env, empty)
	}
	return acc
}

func callEmpty(env rt.Env, empty term.Term) term.Term {
	if empty == nil {
		emptyError()
	}
	return env.Call(empty, nil)
}

// aggregateBy implements min_by/max_by.
func aggregateBy(env rt.Env, enum, fun term.Term, keep lessFn, empty term.Term) term.Term {
	var acc, accKey term.Term
	iterateFold(env, enum, func(x term.Term) bool {
		k := env.Call(fun, []term.Term{x})
		if acc == nil {
			acc, accKey = x, k
		} else if !keep(accKey, k) {
			acc, accKey = x, k
		}
		return true
	})
	if acc == nil {
		return callEmpty(env, empty)
	}
	return acc
}

// minMaxArgs sorts out the optional sorter and empty fallback of
// min/max(_by): (sorter), (fallback) or (sorter, fallback).
func minMaxArgs(env rt.Env, args []term.Term, defaultLess lessFn, isMax bool, fun string, arity int) (lessFn, term.Term) {
	less, empty := defaultLess, term.Term(nil)
	for _, a := range args {
		if isFunArity(a, 0) {
			empty = a
			continue
		}
		if isFunArity(a, 2) {
			f := a
			less = func(x, y term.Term) bool { return term.IsTruthy(env.Call(f, []term.Term{x, y})) }
			continue
		}
		if mod, ok := a.(term.Atom); ok {
			m := mod
			if isMax {
				less = func(x, y term.Term) bool { return env.Apply(m, atomCompare, []term.Term{x, y}) != atomLt }
			} else {
				less = func(x, y term.Term) bool { return env.Apply(m, atomCompare, []term.Term{x, y}) != atomGt }
			}
			continue
		}
		functionClause("Enum", fun, arity)
	}
	return less, empty
}

var (
	lessEq = func(a, b term.Term) bool { return term.Compare(a, b) <= 0 }
	grEq   = func(a, b term.Term) bool { return term.Compare(a, b) >= 0 }
)

// toStr converts a term with String.Chars for join/map_join.
func toStr(env rt.Env, x term.Term) string {
	switch v := x.(type) {
	case term.Binary:
		return string(v)
	case term.Int:
		return strconv.FormatInt(int64(v), 10)
	case term.Atom:
		if v == term.NilAtom {
			return ""
		}
		return v.Name()
	}
	r := env.Apply(rt.ModuleAtom("String.Chars"), term.MakeAtom("to_string"), []term.Term{x})
	if b, ok := r.(term.Binary); ok {
		return string(b)
	}
	return rt.Inspect(env, r)
}

func joinWith(env rt.Env, enum, joiner, mapper term.Term, fun string, arity int) term.Term {
	sep, ok := joiner.(term.Binary)
	if !ok {
		functionClause("Enum", fun, arity)
	}
	var buf []byte
	first := true
	h := rt.Hold(env)
	defer h.Release()
	iterateFold(env, enum, func(x term.Term) bool {
		n := len(buf)
		if !first {
			buf = append(buf, sep...)
		}
		first = false
		if mapper != nil {
			x = env.Call(mapper, []term.Term{x})
		}
		buf = append(buf, toStr(env, x)...)
		h.Add(int64(len(buf) - n))
		return true
	})
	return term.Binary(buf)
}

// enumAt returns the element at index (negative counts from the end).
func enumAt(env rt.Env, enum term.Term, index int64) (term.Term, bool) {
	if index < 0 {
		if first, last, step, ok := rangeOf(enum); ok {
			n := rangeSize(first, last, step)
			if index+n < 0 {
				return nil, false
			}
			return term.Int(first + (index+n)*step), true
		}
		items := toSlice(env, enum)
		i := int64(len(items)) + index
		if i < 0 {
			return nil, false
		}
		return items[i], true
	}
	if first, last, step, ok := rangeOf(enum); ok {
		if index >= rangeSize(first, last, step) {
			return nil, false
		}
		return term.Int(first + index*step), true
	}
	var found term.Term
	i := int64(0)
	iterate(env, enum, func(x term.Term) bool {
		if i == index {
			found = x
			return false
		}
		i++
		return true
	})
	return found, found != nil
}

// enumTakeLast returns the last n elements.
func enumTakeLast(env rt.Env, enum term.Term, n int64) []term.Term {
	items := toSlice(env, enum)
	if int64(len(items)) > n {
		items = items[int64(len(items))-n:]
	}
	return items
}

// sliceForward takes amount elements from start, every step-th.
func sliceForward(env rt.Env, enum term.Term, start, amount, step int64) []term.Term {
	var out []term.Term
	if amount <= 0 {
		return out
	}
	i := int64(0)
	iterate(env, enum, func(x term.Term) bool {
		if i >= start {
			if (i-start)%step == 0 {
				out = append(out, x)
			}
			if i-start+1 >= amount {
				return false
			}
		}
		i++
		return true
	})
	return out
}

func sliceRange(env rt.Env, enum term.Term, first, last, step int64) []term.Term {
	if last == -1 && first >= 0 {
		items := toSlice(env, enum)
		if first >= int64(len(items)) {
			return nil
		}
		items = items[first:]
		if step == 1 {
			return items
		}
		var out []term.Term
		for i := 0; i < len(items); i += int(step) {
			out = append(out, items[i])
		}
		return out
	}
	if last >= first && last >= 0 && first >= 0 {
		return sliceForward(env, enum, first, last-first+1, step)
	}
	count := enumCount(env, enum)
	if first < 0 {
		first = max(first+count, 0)
	}
	if last < 0 {
		last += count
	}
	amount := last - first + 1
	if first < count && amount > 0 {
		amount = min(amount, count-first)
		return sliceForward(env, enum, first, amount, step)
	}
	return nil
}

func enumSlice3(env rt.Env, enum term.Term, start, amount int64) []term.Term {
	if amount == 0 {
		return nil
	}
	if start < 0 {
		count := enumCount(env, enum)
		start = max(count+start, 0)
		amount = min(amount, count-start)
		if amount <= 0 {
			return nil
		}
	}
	return sliceForward(env, enum, start, amount, 1)
}

func enumSlide(env rt.Env, enum, rangeOrIndex term.Term, ins int64) term.Term {
	var first, last int64
	if i, ok := smallInt(rangeOrIndex); ok {
		first, last = i, i
	} else {
		f, l, s, ok := rangeOf(rangeOrIndex)
		if !ok {
			functionClause("Enum", "slide", 3)
		}
		if s != 1 && !(s == -1 && f > l && !hasStep(rangeOrIndex)) {
			rt.ArgumentError("Enum.slide/3 does not accept ranges with custom steps, got: " + rt.Inspect(env, rangeOrIndex))
		}
		first, last = f, l
	}
	items := toSlice(env, enum)
	count := int64(len(items))
	if first < 0 || last < 0 || ins < 0 {
		nf := first
		if nf < 0 {
			nf = max(first+count, 0)
		}
		nl := last
		if nl < 0 {
			nl = last + count
		}
		ni := ins
		if ni < 0 {
			ni = ins + count
		}
		if nf < count && nf != ni {
			first, last, ins = nf, nl, ni
		} else {
			return list(items)
		}
	}
	if ins == first {
		return list(items)
	}
	if ins > first && ins <= last {
		rt.ArgumentError("insertion index for slide must be outside the range being moved (tried to insert " +
			strconv.FormatInt(first, 10) + ".." + strconv.FormatInt(last, 10) + " at " + strconv.FormatInt(ins, 10) + ")")
	}
	if first > last {
		return list(items)
	}
	if last >= count {
		last = count - 1
	}
	if first >= count {
		return list(items)
	}
	moved := append([]term.Term(nil), items[first:last+1]...)
	rest := append(append([]term.Term(nil), items[:first]...), items[last+1:]...)
	var at int64
	if ins < first {
		at = ins
	} else {
		at = ins - int64(len(moved)) + 1
		if at > int64(len(rest)) {
			at = int64(len(rest))
		}
	}
	out := append(append(append([]term.Term(nil), rest[:at]...), moved...), rest[at:]...)
	return list(out)
}

// hasStep reports whether a range struct carries a step field.
func hasStep(t term.Term) bool {
	m, _ := t.(*term.Map)
	_, ok := m.Get(atomStep)
	return ok
}

// sumOf adds all elements with Elixir's +.
func sumOf(env rt.Env, enum term.Term, mapper term.Term) term.Term {
	if mapper == nil {
		if first, last, step, ok := rangeOf(enum); ok {
			n := rangeSize(first, last, step)
			if n == 0 {
				return term.Int(0)
			}
			l := first + (n-1)*step
			// n*(first+l)/2 with big arithmetic when needed.
			return divInt(mul(term.Int(n), add(term.Int(first), term.Int(l))), 2)
		}
	}
	var acc term.Term = term.Int(0)
	iterateFold(env, enum, func(x term.Term) bool {
		if mapper != nil {
			x = env.Call(mapper, []term.Term{x})
		}
		if !isNumber(x) {
			// reduce(enumerable, 0, &+/2): :erlang.+(x, acc) fails
			panic(&rt.Error{Kind: rt.KindError, Raw: term.MakeAtom("badarith"), Args: []term.Term{x, acc},
				Value: rt.NewException("ArithmeticError", term.MakeAtom("message"), term.Binary("bad argument in arithmetic expression")),
				Above: []rt.Frame{{Module: term.MakeAtom("erlang"), Function: "\x00+", Line: -1}}})
		}
		acc = add(acc, x)
		return true
	})
	return acc
}

func divInt(a term.Term, d int64) term.Term {
	if i, ok := a.(term.Int); ok {
		return i / term.Int(d)
	}
	b, _ := term.ToBig(a)
	q, _ := term.ToBig(term.Int(d))
	return term.MakeInt(b.Quo(b, q))
}

func productOf(env rt.Env, enum term.Term, mapper term.Term) term.Term {
	var acc term.Term = term.Int(1)
	iterateFold(env, enum, func(x term.Term) bool {
		if mapper != nil {
			x = env.Call(mapper, []term.Term{x})
		}
		if !isNumber(x) {
			badArith()
		}
		acc = mul(acc, x)
		return true
	})
	return acc
}

// groupBy is Enum.group_by/3 (valueFun nil for identity).
func groupBy(env rt.Env, enum, keyFun, valueFun term.Term) term.Term {
	idx := newTermIndex(16)
	var groups [][]term.Term
	iterateFold(env, enum, func(x term.Term) bool {
		k := env.Call(keyFun, []term.Term{x})
		v := x
		if valueFun != nil {
			v = env.Call(valueFun, []term.Term{x})
		}
		i, added := idx.lookup(k)
		if added {
			groups = append(groups, nil)
		}
		groups[i] = append(groups[i], v)
		return true
	})
	vals := make([]term.Term, len(groups))
	for i, g := range groups {
		vals[i] = list(g)
	}
	return term.NewMap(idx.keys, vals)
}

// frequencies is Enum.frequencies_by/2 (keyFun nil for identity).
func frequencies(env rt.Env, enum, keyFun term.Term) term.Term {
	idx := newTermIndex(16)
	var counts []int64
	iterateFold(env, enum, func(x term.Term) bool {
		if keyFun != nil {
			x = env.Call(keyFun, []term.Term{x})
		}
		i, added := idx.lookup(x)
		if added {
			counts = append(counts, 0)
		}
		counts[i]++
		return true
	})
	vals := make([]term.Term, len(counts))
	for i, c := range counts {
		vals[i] = term.Int(c)
	}
	return term.NewMap(idx.keys, vals)
}

func uniqBy(env rt.Env, enum, fun term.Term) term.Term {
	seen := newTermSet(16)
	var out []term.Term
	iterateFold(env, enum, func(x term.Term) bool {
		k := x
		if fun != nil {
			k = env.Call(fun, []term.Term{x})
		}
		if seen.add(k) {
			out = append(out, x)
		}
		return true
	})
	return list(out)
}

func dedupBy(env rt.Env, enum, fun term.Term) term.Term {
	var out []term.Term
	var prev term.Term
	iterateFold(env, enum, func(x term.Term) bool {
		k := x
		if fun != nil {
			k = env.Call(fun, []term.Term{x})
		}
		if prev == nil || !term.StrictEqual(k, prev) {
			out = append(out, x)
		}
		prev = k
		return true
	})
	return list(out)
}

// withIndex is Enum.with_index/2.
func withIndex(env rt.Env, enum, arg term.Term) term.Term {
	var offset term.Term = term.Int(0)
	var fun term.Term
	switch {
	case arg == nil:
	case isInteger(arg):
		offset = arg
	case isFunArity(arg, 2):
		fun = arg
	default:
		functionClause("Enum", "with_index", 2)
	}
	var out []term.Term
	i := offset
	h := rt.Hold(env)
	defer h.Release()
	iterateFold(env, enum, func(x term.Term) bool {
		h.Add(rt.ListCellBytes + 40)
		if fun != nil {
			out = append(out, env.Call(fun, []term.Term{x, i}))
		} else {
			out = append(out, term.Tuple{x, i})
		}
		i = add(i, term.Int(1))
		return true
	})
	return list(out)
}

// zipLists zips enums (stopping at the shortest), mapping with zipFun
// applied to the list of heads when given.
func zipAll(env rt.Env, enums []term.Term, zipFun term.Term) term.Term {
	var out []term.Term
	h := rt.Hold(env)
	defer h.Release()
	zipRun(env, enums, zipFun, func(x term.Term) bool {
		out = append(out, x)
		h.Add(rt.ListCellBytes + int64(24+16*len(enums)))
		return true
	})
	return list(out)
}

func splitAt(env rt.Env, enum term.Term, n int64) term.Term {
	items := toSliceFold(env, enum)
	l := int64(len(items))
	if n < 0 {
		n = max(l+n, 0)
	}
	if n > l {
		n = l
	}
	return term.Tuple{list(items[:n]), list(items[n:])}
}

func takeN(env rt.Env, enum term.Term, n int64) term.Term {
	if n == 0 {
		return term.Nil
	}
	if n < 0 {
		return list(enumTakeLast(env, enum, -n))
	}
	return list(takeList(env, enum, n))
}

func dropN(env rt.Env, enum term.Term, n int64) term.Term {
	if n < 0 {
		items := toSlice(env, enum)
		k := int64(len(items)) + n
		if k < 0 {
			k = 0
		}
		return list(items[:k])
	}
	if l, ok := enum.(*term.Cons); ok {
		var t term.Term = l
		for i := int64(0); i < n; i++ {
			c, ok := t.(*term.Cons)
			if !ok {
				break
			}
			t = c.Tail
		}
		if isProperList(t) {
			return t
		}
	}
	var out []term.Term
	i := int64(0)
	iterateFold(env, enum, func(x term.Term) bool {
		if i >= n {
			out = append(out, x)
		}
		i++
		return true
	})
	return list(out)
}

// everyNth applies hit to every nth element (starting with the first).
func everyNth(env rt.Env, enum term.Term, nth int64, hit, miss func(x term.Term) (term.Term, bool)) term.Term {
	var out []term.Term
	i := int64(0)
	iterateFold(env, enum, func(x term.Term) bool {
		var y term.Term
		var keep bool
		if i%nth == 0 {
			y, keep = hit(x)
		} else {
			y, keep = miss(x)
		}
		if keep {
			out = append(out, y)
		}
		i++
		return true
	})
	return list(out)
}

func keepIt(x term.Term) (term.Term, bool) { return x, true }
func dropIt(x term.Term) (term.Term, bool) { return nil, false }

func filterEnum(env rt.Env, enum, fun term.Term, keep bool) term.Term {
	var out []term.Term
	h := rt.Hold(env)
	defer h.Release()
	iterateFold(env, enum, func(x term.Term) bool {
		if truthy(env, fun, x) == keep {
			out = append(out, x)
			h.Add(rt.ListCellBytes)
		}
		return true
	})
	return list(out)
}

func flatMap(env rt.Env, enum, fun term.Term) term.Term {
	var out []term.Term
	h := rt.Hold(env)
	defer h.Release()
	iterateFold(env, enum, func(x term.Term) bool {
		r := env.Call(fun, []term.Term{x})
		h.Add(rt.ListCellBytes)
		switch l := r.(type) {
		case *term.Cons:
			if items, ok := properList(l); ok {
				out = append(out, items...)
				return true
			}
		case term.EmptyList:
			return true
		}
		iterate(env, r, func(y term.Term) bool { out = append(out, y); return true })
		return true
	})
	return list(out)
}

// reduceEnum is Enum.reduce/3.
func reduceEnum(env rt.Env, enum, acc, fun term.Term) term.Term {
	defer rt.Root(env, &acc).Drop()
	if l, ok := enum.(*term.Cons); ok {
		var t term.Term = l
		for {
			c, ok := t.(*term.Cons)
			if !ok {
				if _, empty := t.(term.EmptyList); !empty {
					functionClause("Enumerable.List", "reduce", 3)
				}
				return acc
			}
			acc = env.Call(fun, []term.Term{c.Head, acc})
			t = c.Tail
		}
	}
	iterateFold(env, enum, func(x term.Term) bool {
		acc = env.Call(fun, []term.Term{x, acc})
		return true
	})
	return acc
}

func reduceWhile(env rt.Env, enum, acc, fun term.Term) term.Term {
	defer rt.Root(env, &acc).Drop()
	iterate(env, enum, func(x term.Term) bool {
		r := env.Call(fun, []term.Term{x, acc})
		t, ok := r.(term.Tuple)
		if !ok || len(t) != 2 || (t[0] != atomCont && t[0] != atomHalt) {
			rt.Raise(rt.NewException("CaseClauseError", atomTerm, r))
		}
		acc = t[1]
		return t[0] == atomCont
	})
	return acc
}

func mapReduce(env rt.Env, enum, acc, fun term.Term) term.Term {
	var out []term.Term
	defer rt.Root(env, &acc).Drop()
	h := rt.Hold(env)
	defer h.Release()
	iterateFold(env, enum, func(x term.Term) bool {
		h.Add(rt.ListCellBytes)
		r := env.Call(fun, []term.Term{x, acc})
		t, ok := r.(term.Tuple)
		if !ok || len(t) != 2 {
			rt.Raise(rt.NewException("MatchError", atomTerm, r))
		}
		out = append(out, t[0])
		acc = t[1]
		return true
	})
	return term.Tuple{list(out), acc}
}

func flatMapReduce(env rt.Env, enum, acc, fun term.Term) term.Term {
	var out []term.Term
	iterate(env, enum, func(x term.Term) bool {
		r := env.Call(fun, []term.Term{x, acc})
		t, ok := r.(term.Tuple)
		if !ok || len(t) != 2 {
			rt.Raise(rt.NewException("CaseClauseError", atomTerm, r))
		}
		acc = t[1]
		if t[0] == atomHalt {
			return false
		}
		iterate(env, t[0], func(y term.Term) bool { out = append(out, y); return true })
		return true
	})
	return term.Tuple{list(out), acc}
}

func scanEnum(env rt.Env, enum, acc term.Term, hasAcc bool, fun term.Term) term.Term {
	var out []term.Term
	h := rt.Hold(env)
	defer h.Release()
	iterateFold(env, enum, func(x term.Term) bool {
		h.Add(rt.ListCellBytes)
		if !hasAcc {
			acc, hasAcc = x, true
		} else {
			acc = env.Call(fun, []term.Term{x, acc})
		}
		out = append(out, acc)
		return true
	})
	return list(out)
}

func findEnum(env rt.Env, enum, def, fun term.Term) term.Term {
	res := def
	iterate(env, enum, func(x term.Term) bool {
		if truthy(env, fun, x) {
			res = x
			return false
		}
		return true
	})
	return res
}

func findValue(env rt.Env, enum, def, fun term.Term) term.Term {
	res := def
	iterate(env, enum, func(x term.Term) bool {
		r := env.Call(fun, []term.Term{x})
		if term.IsTruthy(r) {
			res = r
			return false
		}
		return true
	})
	return res
}

func allAny(env rt.Env, enum, fun term.Term, all bool) term.Term {
	res := all
	iterate(env, enum, func(x term.Term) bool {
		var t bool
		if fun == nil {
			t = term.IsTruthy(x)
		} else {
			t = truthy(env, fun, x)
		}
		if t != all {
			res = !all
			return false
		}
		return true
	})
	return term.Bool(res)
}

func chunkEvery(env rt.Env, args []term.Term) term.Term {
	// chunk_every/2,3 call chunk_every/4 with the defaults filled in.
	full := append([]term.Term(nil), args...)
	if len(full) == 2 {
		full = append(full, args[1])
	}
	if len(full) == 3 {
		full = append(full, term.Nil)
	}
	count, ok1 := smallInt(full[1])
	step, ok2 := smallInt(full[2])
	if !ok1 || !ok2 || count <= 0 || step <= 0 {
		functionClause("Enum", "chunk_every", 4, full...)
	}
	leftover := full[3]
	if leftover == atomDiscard {
		leftover = nil
	}
	return list(runChunker(env, args[0], chunkEveryChunker(env, count, step, leftover)))
}

// randN returns a uniform integer in [0, n) from the program's random
// source (rt.RandEnv, seeded by the runtime), or a process-wide one.
func randN(env rt.Env, n int64) int64 {
	if re, ok := env.(rt.RandEnv); ok {
		return re.Rand().Int63n(n)
	}
	return rand.Int63n(n)
}

func shuffled(env rt.Env, items []term.Term) []term.Term {
	out := append([]term.Term(nil), items...)
	for i := len(out) - 1; i > 0; i-- {
		j := randN(env, int64(i+1))
		out[i], out[j] = out[j], out[i]
	}
	return out
}

func init() { rt.RegisterLazy(registerEnum) }

// registerEnum registers the built-ins of this file (see rt.RegisterLazy).
func registerEnum() {
	rt.Register("Enum", map[string]rt.BuiltinFunc{
		"all?/1": func(env rt.Env, a []term.Term) term.Term { return allAny(env, a[0], nil, true) },
		"all?/2": func(env rt.Env, a []term.Term) term.Term { return allAny(env, a[0], a[1], true) },
		"any?/1": func(env rt.Env, a []term.Term) term.Term { return allAny(env, a[0], nil, false) },
		"any?/2": func(env rt.Env, a []term.Term) term.Term { return allAny(env, a[0], a[1], false) },
		"at/2": func(env rt.Env, a []term.Term) term.Term {
			if x, ok := enumAt(env, a[0], intArgOr(a[1], "at", 3, a[0], a[1], term.NilAtom)); ok {
				return x
			}
			return term.NilAtom
		},
		"at/3": func(env rt.Env, a []term.Term) term.Term {
			if x, ok := enumAt(env, a[0], intArgOr(a[1], "at", 3, a...)); ok {
				return x
			}
			return a[2]
		},
		"fetch/2": func(env rt.Env, a []term.Term) term.Term {
			if x, ok := enumAt(env, a[0], intArgOr(a[1], "fetch", 2, a...)); ok {
				return okTuple(x)
			}
			return term.ErrorAtom
		},
		"fetch!/2": func(env rt.Env, a []term.Term) term.Term {
			if x, ok := enumAt(env, a[0], intArgOr(a[1], "fetch!", 2, a...)); ok {
				return x
			}
			outOfBounds()
			return nil
		},
		"chunk_by/2": func(env rt.Env, a []term.Term) term.Term {
			return list(runChunker(env, a[0], chunkByChunker(env, a[1])))
		},
		"chunk/2": func(env rt.Env, a []term.Term) term.Term {
			return chunkEvery(env, []term.Term{a[0], a[1], a[1], atomDiscard})
		},
		"chunk/3": func(env rt.Env, a []term.Term) term.Term {
			return chunkEvery(env, []term.Term{a[0], a[1], a[2], atomDiscard})
		},
		"chunk/4": func(env rt.Env, a []term.Term) term.Term {
			left := a[3]
			if !term.IsTruthy(left) {
				left = atomDiscard
			}
			return chunkEvery(env, []term.Term{a[0], a[1], a[2], left})
		},
		"partition/2": func(env rt.Env, a []term.Term) term.Term {
			b, _ := rt.Lookup(rt.ModuleAtom("Enum"), term.MakeAtom("split_with"), 2)
			return b.Fn(env, a)
		},
		"chunk_every/2": chunkEvery,
		"chunk_every/3": chunkEvery,
		"chunk_every/4": chunkEvery,
		"chunk_while/4": func(env rt.Env, a []term.Term) term.Term {
			return list(runChunker(env, a[0], chunkWhileChunker(env, a[1], a[2], a[3], "Enum.chunk_while/4")))
		},
		"concat/1": func(env rt.Env, a []term.Term) term.Term {
			var out []term.Term
			iterateFold(env, a[0], func(e term.Term) bool {
				out = append(out, toSliceFold(env, e)...)
				return true
			})
			return list(out)
		},
		"concat/2": func(env rt.Env, a []term.Term) term.Term {
			if isProperList(a[0]) && isProperList(a[1]) {
				return concatLists(a[0], a[1])
			}
			return list(append(toSliceFold(env, a[0]), toSliceFold(env, a[1])...))
		},
		"count/1": func(env rt.Env, a []term.Term) term.Term { return term.Int(enumCount(env, a[0])) },
		"count/2": func(env rt.Env, a []term.Term) term.Term {
			n := int64(0)
			iterateFold(env, a[0], func(x term.Term) bool {
				if truthy(env, a[1], x) {
					n++
				}
				return true
			})
			return term.Int(n)
		},
		"count_until/2": func(env rt.Env, a []term.Term) term.Term {
			limit := intArgOr(a[1], "count_until", 2, a...)
			if limit <= 0 {
				functionClause("Enum", "count_until", 2, a...)
			}
			n := int64(0)
			iterate(env, a[0], func(x term.Term) bool { n++; return n < limit })
			return term.Int(n)
		},
		"count_until/3": func(env rt.Env, a []term.Term) term.Term {
			limit := intArgOr(a[2], "count_until", 3, a...)
			if limit <= 0 {
				functionClause("Enum", "count_until", 3, a...)
			}
			n := int64(0)
			iterate(env, a[0], func(x term.Term) bool {
				if truthy(env, a[1], x) {
					n++
				}
				return n < limit
			})
			return term.Int(n)
		},
		"dedup/1":    func(env rt.Env, a []term.Term) term.Term { return dedupBy(env, a[0], nil) },
		"dedup_by/2": func(env rt.Env, a []term.Term) term.Term { return dedupBy(env, a[0], a[1]) },
		"drop/2": func(env rt.Env, a []term.Term) term.Term {
			return dropN(env, a[0], intArgOr(a[1], "drop", 2, a...))
		},
		"drop_every/2": func(env rt.Env, a []term.Term) term.Term {
			nth := intArgOr(a[1], "drop_every", 2, a...)
			switch {
			case nth < 0:
				functionClause("Enum", "drop_every", 2, a...)
			case nth == 0:
				return list(toSlice(env, a[0]))
			case nth == 1:
				return term.Nil
			}
			return everyNth(env, a[0], nth, dropIt, keepIt)
		},
		"drop_while/2": func(env rt.Env, a []term.Term) term.Term {
			var out []term.Term
			dropping := true
			iterateFold(env, a[0], func(x term.Term) bool {
				if dropping && truthy(env, a[1], x) {
					return true
				}
				dropping = false
				out = append(out, x)
				return true
			})
			return list(out)
		},
		"each/2": func(env rt.Env, a []term.Term) term.Term {
			iterateFold(env, a[0], func(x term.Term) bool { env.Call(a[1], []term.Term{x}); return true })
			return term.OK
		},
		"empty?/1": func(env rt.Env, a []term.Term) term.Term {
			if m, ok := a[0].(*term.Map); ok {
				if n, ok := builtinCount(m); ok {
					return term.Bool(n == 0)
				}
			}
			empty := true
			iterate(env, a[0], func(term.Term) bool { empty = false; return false })
			return term.Bool(empty)
		},
		"filter/2": func(env rt.Env, a []term.Term) term.Term { return filterEnum(env, a[0], a[1], true) },
		"reject/2": func(env rt.Env, a []term.Term) term.Term { return filterEnum(env, a[0], a[1], false) },
		"filter_map/3": func(env rt.Env, a []term.Term) term.Term {
			var out []term.Term
			iterateFold(env, a[0], func(x term.Term) bool {
				if truthy(env, a[1], x) {
					out = append(out, env.Call(a[2], []term.Term{x}))
				}
				return true
			})
			return list(out)
		},
		"find/2":       func(env rt.Env, a []term.Term) term.Term { return findEnum(env, a[0], term.NilAtom, a[1]) },
		"find/3":       func(env rt.Env, a []term.Term) term.Term { return findEnum(env, a[0], a[1], a[2]) },
		"find_value/2": func(env rt.Env, a []term.Term) term.Term { return findValue(env, a[0], term.NilAtom, a[1]) },
		"find_value/3": func(env rt.Env, a []term.Term) term.Term { return findValue(env, a[0], a[1], a[2]) },
		"find_index/2": func(env rt.Env, a []term.Term) term.Term {
			var res term.Term = term.NilAtom
			i := int64(0)
			iterate(env, a[0], func(x term.Term) bool {
				if truthy(env, a[1], x) {
					res = term.Int(i)
					return false
				}
				i++
				return true
			})
			return res
		},
		"flat_map/2":        func(env rt.Env, a []term.Term) term.Term { return flatMap(env, a[0], a[1]) },
		"flat_map_reduce/3": func(env rt.Env, a []term.Term) term.Term { return flatMapReduce(env, a[0], a[1], a[2]) },
		"frequencies/1":     func(env rt.Env, a []term.Term) term.Term { return frequencies(env, a[0], nil) },
		"frequencies_by/2":  func(env rt.Env, a []term.Term) term.Term { return frequencies(env, a[0], a[1]) },
		"group_by/2":        func(env rt.Env, a []term.Term) term.Term { return groupBy(env, a[0], a[1], nil) },
		"group_by/3":        func(env rt.Env, a []term.Term) term.Term { return groupBy(env, a[0], a[1], a[2]) },
		"intersperse/2": func(env rt.Env, a []term.Term) term.Term {
			var out []term.Term
			iterateFold(env, a[0], func(x term.Term) bool {
				if len(out) > 0 {
					out = append(out, a[1])
				}
				out = append(out, x)
				return true
			})
			return list(out)
		},
		"map_intersperse/3": func(env rt.Env, a []term.Term) term.Term {
			var out []term.Term
			iterateFold(env, a[0], func(x term.Term) bool {
				if len(out) > 0 {
					out = append(out, a[1])
				}
				out = append(out, env.Call(a[2], []term.Term{x}))
				return true
			})
			return list(out)
		},
		"into/2": func(env rt.Env, a []term.Term) term.Term { return into(env, a[0], a[1], nil) },
		"into/3": func(env rt.Env, a []term.Term) term.Term { return into(env, a[0], a[1], a[2]) },
		"join/1": func(env rt.Env, a []term.Term) term.Term { return joinWith(env, a[0], term.Binary(""), nil, "join", 2) },
		"join/2": func(env rt.Env, a []term.Term) term.Term { return joinWith(env, a[0], a[1], nil, "join", 2) },
		"map_join/2": func(env rt.Env, a []term.Term) term.Term {
			return joinWith(env, a[0], term.Binary(""), a[1], "map_join", 3)
		},
		"map_join/3": func(env rt.Env, a []term.Term) term.Term { return joinWith(env, a[0], a[1], a[2], "map_join", 3) },
		"map/2": func(env rt.Env, a []term.Term) term.Term {
			return list(mapSliceFold(env, a[0], a[1]))
		},
		"map_every/3": func(env rt.Env, a []term.Term) term.Term {
			nth := intArgOr(a[1], "map_every", 3, a...)
			switch {
			case nth < 0:
				functionClause("Enum", "map_every", 3, a...)
			case nth == 0:
				return list(toSlice(env, a[0]))
			}
			return everyNth(env, a[0], nth, func(x term.Term) (term.Term, bool) {
				return env.Call(a[2], []term.Term{x}), true
			}, keepIt)
		},
		"map_reduce/3": func(env rt.Env, a []term.Term) term.Term { return mapReduce(env, a[0], a[1], a[2]) },
		"max/1":        func(env rt.Env, a []term.Term) term.Term { return aggregate(env, a[0], grEq, nil) },
		"max/2": func(env rt.Env, a []term.Term) term.Term {
			less, empty := minMaxArgs(env, a[1:], grEq, true, "max", 3)
			return aggregate(env, a[0], less, empty)
		},
		"max/3": func(env rt.Env, a []term.Term) term.Term {
			less, empty := minMaxArgs(env, a[1:], grEq, true, "max", 3)
			return aggregate(env, a[0], less, empty)
		},
		"min/1": func(env rt.Env, a []term.Term) term.Term { return aggregate(env, a[0], lessEq, nil) },
		"min/2": func(env rt.Env, a []term.Term) term.Term {
			less, empty := minMaxArgs(env, a[1:], lessEq, false, "min", 3)
			return aggregate(env, a[0], less, empty)
		},
		"min/3": func(env rt.Env, a []term.Term) term.Term {
			less, empty := minMaxArgs(env, a[1:], lessEq, false, "min", 3)
			return aggregate(env, a[0], less, empty)
		},
		"max_by/2": func(env rt.Env, a []term.Term) term.Term { return aggregateBy(env, a[0], a[1], grEq, nil) },
		"max_by/3": func(env rt.Env, a []term.Term) term.Term {
			less, empty := minMaxArgs(env, a[2:], grEq, true, "max_by", 4)
			return aggregateBy(env, a[0], a[1], less, empty)
		},
		"max_by/4": func(env rt.Env, a []term.Term) term.Term {
			less, empty := minMaxArgs(env, a[2:], grEq, true, "max_by", 4)
			return aggregateBy(env, a[0], a[1], less, empty)
		},
		"min_by/2": func(env rt.Env, a []term.Term) term.Term { return aggregateBy(env, a[0], a[1], lessEq, nil) },
		"min_by/3": func(env rt.Env, a []term.Term) term.Term {
			less, empty := minMaxArgs(env, a[2:], lessEq, false, "min_by", 4)
			return aggregateBy(env, a[0], a[1], less, empty)
		},
		"min_by/4": func(env rt.Env, a []term.Term) term.Term {
			less, empty := minMaxArgs(env, a[2:], lessEq, false, "min_by", 4)
			return aggregateBy(env, a[0], a[1], less, empty)
		},
		"min_max/1": func(env rt.Env, a []term.Term) term.Term { return minMax(env, a[0], nil) },
		"min_max/2": func(env rt.Env, a []term.Term) term.Term { return minMax(env, a[0], a[1]) },
		"min_max_by/2": func(env rt.Env, a []term.Term) term.Term {
			lt, empty := minMaxByArgs(env, nil)
			return minMaxBy(env, a[0], a[1], lt, empty)
		},
		"min_max_by/3": func(env rt.Env, a []term.Term) term.Term {
			lt, empty := minMaxByArgs(env, a[2:])
			return minMaxBy(env, a[0], a[1], lt, empty)
		},
		"min_max_by/4": func(env rt.Env, a []term.Term) term.Term {
			lt, empty := minMaxByArgs(env, a[2:])
			return minMaxBy(env, a[0], a[1], lt, empty)
		},
		"member?/2": func(env rt.Env, a []term.Term) term.Term { return term.Bool(enumMember(env, a[0], a[1])) },
		"product/1": func(env rt.Env, a []term.Term) term.Term { return productOf(env, a[0], nil) },
		"product_by/2": func(env rt.Env, a []term.Term) term.Term {
			return productOf(env, a[0], a[1])
		},
		"sum/1":    func(env rt.Env, a []term.Term) term.Term { return sumOf(env, a[0], nil) },
		"sum_by/2": func(env rt.Env, a []term.Term) term.Term { return sumOf(env, a[0], a[1]) },
		"random/1": func(env rt.Env, a []term.Term) term.Term {
			if x, ok := elixirRandom(env, a[0]); ok {
				return x
			}
			if first, last, step, ok := rangeOf(a[0]); ok {
				n := rangeSize(first, last, step)
				if n == 0 {
					emptyError()
				}
				return term.Int(first + randN(env, n)*step)
			}
			items := toSlice(env, a[0])
			if len(items) == 0 {
				emptyError()
			}
			return items[randN(env, int64(len(items)))]
		},
		"shuffle/1": func(env rt.Env, a []term.Term) term.Term {
			if s, _ := erlRand(env); s != nil {
				return list(elixirShuffle(env, toSliceFold(env, a[0])))
			}
			return list(shuffled(env, toSliceFold(env, a[0])))
		},
		"take_random/2": func(env rt.Env, a []term.Term) term.Term {
			n := intArgOr(a[1], "take_random", 2, a...)
			if n < 0 {
				functionClause("Enum", "take_random", 2, a...)
			}
			if s, _ := erlRand(env); s != nil {
				return list(elixirTakeRandom(env, a[0], n))
			}
			items := shuffled(env, toSliceFold(env, a[0]))
			if int64(len(items)) > n {
				items = items[:n]
			}
			return list(items)
		},
		"reduce/2": func(env rt.Env, a []term.Term) term.Term {
			var acc term.Term
			defer rt.Root(env, &acc).Drop()
			iterate(env, a[0], func(x term.Term) bool {
				if acc == nil {
					acc = x
				} else {
					acc = env.Call(a[1], []term.Term{x, acc})
				}
				return true
			})
			if acc == nil {
				emptyError()
			}
			return acc
		},
		"reduce/3":       func(env rt.Env, a []term.Term) term.Term { return reduceEnum(env, a[0], a[1], a[2]) },
		"reduce_while/3": func(env rt.Env, a []term.Term) term.Term { return reduceWhile(env, a[0], a[1], a[2]) },
		"reverse/1": func(env rt.Env, a []term.Term) term.Term {
			items := toSliceFold(env, a[0])
			reverseSlice(items)
			return list(items)
		},
		"reverse/2": func(env rt.Env, a []term.Term) term.Term {
			items := toSliceFold(env, a[0])
			reverseSlice(items)
			if isProperList(a[1]) {
				return listWithTail(items, a[1])
			}
			return list(append(items, toSlice(env, a[1])...))
		},
		"reverse_slice/3": func(env rt.Env, a []term.Term) term.Term {
			start := intArgOr(a[1], "reverse_slice", 3, a...)
			count := intArgOr(a[2], "reverse_slice", 3, a...)
			if start < 0 || count < 0 {
				functionClause("Enum", "reverse_slice", 3, a...)
			}
			items := toSlice(env, a[0])
			n := int64(len(items))
			if start < n {
				end := min(start+count, n)
				reverseSlice(items[start:end])
			}
			return list(items)
		},
		"scan/2": func(env rt.Env, a []term.Term) term.Term { return scanEnum(env, a[0], nil, false, a[1]) },
		"scan/3": func(env rt.Env, a []term.Term) term.Term { return scanEnum(env, a[0], a[1], true, a[2]) },
		"slice/2": func(env rt.Env, a []term.Term) term.Term {
			f, l, s, ok := rangeOf(a[1])
			if !ok {
				functionClause("Enum", "slice", 2, a...)
			}
			switch {
			case s > 0:
			case s == -1 && f > l:
				s = 1
			default:
				rt.ArgumentError("Enum.slice/2 does not accept ranges with negative steps, got: " + rt.Inspect(env, a[1]))
			}
			return list(sliceRange(env, a[0], f, l, s))
		},
		"slice/3": func(env rt.Env, a []term.Term) term.Term {
			start := intArgOr(a[1], "slice", 3, a...)
			amount := intArgOr(a[2], "slice", 3, a...)
			if amount < 0 {
				functionClause("Enum", "slice", 3, a...)
			}
			return list(enumSlice3(env, a[0], start, amount))
		},
		"slide/3": func(env rt.Env, a []term.Term) term.Term {
			return enumSlide(env, a[0], a[1], intArgOr(a[2], "slide", 3, a...))
		},
		"sort/1": func(env rt.Env, a []term.Term) term.Term {
			items := toSlice(env, a[0])
			sortCost(env, len(items))
			sortTerms(items)
			return list(items)
		},
		"sort/2":    func(env rt.Env, a []term.Term) term.Term { return enumSort(env, a[0], a[1]) },
		"sort_by/2": func(env rt.Env, a []term.Term) term.Term { return sortBy(env, a[0], a[1], atomAsc) },
		"sort_by/3": func(env rt.Env, a []term.Term) term.Term { return sortBy(env, a[0], a[1], a[2]) },
		"split/2": func(env rt.Env, a []term.Term) term.Term {
			return splitAt(env, a[0], intArgOr(a[1], "split", 2, a...))
		},
		"split_while/2": func(env rt.Env, a []term.Term) term.Term {
			items := toSliceFold(env, a[0])
			i := 0
			for i < len(items) && truthy(env, a[1], items[i]) {
				i++
			}
			return term.Tuple{list(items[:i]), list(items[i:])}
		},
		"split_with/2": func(env rt.Env, a []term.Term) term.Term {
			var yes, no []term.Term
			iterateFold(env, a[0], func(x term.Term) bool {
				if truthy(env, a[1], x) {
					yes = append(yes, x)
				} else {
					no = append(no, x)
				}
				return true
			})
			return term.Tuple{list(yes), list(no)}
		},
		"take/2": func(env rt.Env, a []term.Term) term.Term {
			return takeN(env, a[0], intArgOr(a[1], "take", 2, a...))
		},
		"take_every/2": func(env rt.Env, a []term.Term) term.Term {
			nth := intArgOr(a[1], "take_every", 2, a...)
			switch {
			case nth < 0:
				functionClause("Enum", "take_every", 2, a...)
			case nth == 0:
				return term.Nil
			}
			return everyNth(env, a[0], nth, keepIt, dropIt)
		},
		"take_while/2": func(env rt.Env, a []term.Term) term.Term {
			var out []term.Term
			iterate(env, a[0], func(x term.Term) bool {
				if !truthy(env, a[1], x) {
					return false
				}
				out = append(out, x)
				return true
			})
			return list(out)
		},
		"to_list/1": func(env rt.Env, a []term.Term) term.Term {
			if isProperList(a[0]) {
				return a[0]
			}
			return list(toSlice(env, a[0]))
		},
		"uniq/1":    func(env rt.Env, a []term.Term) term.Term { return uniqBy(env, a[0], nil) },
		"uniq_by/2": func(env rt.Env, a []term.Term) term.Term { return uniqBy(env, a[0], a[1]) },
		"unzip/1": func(env rt.Env, a []term.Term) term.Term {
			var xs, ys []term.Term
			iterateFold(env, a[0], func(x term.Term) bool {
				t, ok := x.(term.Tuple)
				if !ok || len(t) != 2 {
					functionClause("Enum", "unzip", 1, a...)
				}
				xs = append(xs, t[0])
				ys = append(ys, t[1])
				return true
			})
			return term.Tuple{list(xs), list(ys)}
		},
		"with_index/1": func(env rt.Env, a []term.Term) term.Term { return withIndex(env, a[0], nil) },
		"with_index/2": func(env rt.Env, a []term.Term) term.Term { return withIndex(env, a[0], a[1]) },
		"zip/1":        func(env rt.Env, a []term.Term) term.Term { return zipAll(env, toSlice(env, a[0]), nil) },
		"zip/2": func(env rt.Env, a []term.Term) term.Term {
			return zipAll(env, []term.Term{a[0], a[1]}, nil)
		},
		"zip_with/2": func(env rt.Env, a []term.Term) term.Term { return zipAll(env, toSlice(env, a[0]), a[1]) },
		"zip_with/3": func(env rt.Env, a []term.Term) term.Term {
			var out []term.Term
			zipRun(env, []term.Term{a[0], a[1]}, nil, func(x term.Term) bool {
				t := x.(term.Tuple)
				out = append(out, env.Call(a[2], []term.Term{t[0], t[1]}))
				return true
			})
			return list(out)
		},
		"zip_reduce/3": func(env rt.Env, a []term.Term) term.Term {
			acc := a[1]
			zipRun(env, toSlice(env, a[0]), nil, func(x term.Term) bool {
				acc = env.Call(a[2], []term.Term{list(x.(term.Tuple)), acc})
				return true
			})
			return acc
		},
		"zip_reduce/4": func(env rt.Env, a []term.Term) term.Term {
			acc := a[2]
			zipRun(env, []term.Term{a[0], a[1]}, nil, func(x term.Term) bool {
				t := x.(term.Tuple)
				acc = env.Call(a[3], []term.Term{t[0], t[1], acc})
				return true
			})
			return acc
		},
	})
}

func minMax(env rt.Env, enum, empty term.Term) term.Term {
	if first, last, step, ok := rangeOf(enum); ok {
		n := rangeSize(first, last, step)
		if n == 0 {
			return callEmpty(env, empty)
		}
		l := first + (n-1)*step
		return term.Tuple{term.Int(min(first, l)), term.Int(max(first, l))}
	}
	var lo, hi term.Term
	iterateFold(env, enum, func(x term.Term) bool {
		if lo == nil {
			lo, hi = x, x
			return true
		}
		if term.Compare(x, lo) < 0 {
			lo = x
		}
		if term.Compare(x, hi) > 0 {
			hi = x
		}
		return true
	})
	if lo == nil {
		return callEmpty(env, empty)
	}
	return term.Tuple{lo, hi}
}

func minMaxBy(env rt.Env, enum, fun term.Term, lt lessFn, empty term.Term) term.Term {
	var lo, hi, loK, hiK term.Term
	iterateFold(env, enum, func(x term.Term) bool {
		k := env.Call(fun, []term.Term{x})
		switch {
		case lo == nil:
			lo, hi, loK, hiK = x, x, k, k
		case lt(k, loK):
			lo, loK = x, k
		case lt(hiK, k):
			hi, hiK = x, k
		}
		return true
	})
	if lo == nil {
		return callEmpty(env, empty)
	}
	return term.Tuple{lo, hi}
}

// minMaxByArgs reads the optional sorter (a function meaning "less than"
// or a module) and empty fallback of min_max_by.
func minMaxByArgs(env rt.Env, args []term.Term) (lessFn, term.Term) {
	lt := lessFn(func(a, b term.Term) bool { return term.Compare(a, b) < 0 })
	var empty term.Term
	for _, a := range args {
		switch {
		case isFunArity(a, 0):
			empty = a
		case isFunArity(a, 2):
			f := a
			lt = func(x, y term.Term) bool { return term.IsTruthy(env.Call(f, []term.Term{x, y})) }
		default:
			mod, ok := a.(term.Atom)
			if !ok {
				functionClause("Enum", "min_max_by", 4)
			}
			lt = func(x, y term.Term) bool { return env.Apply(mod, atomCompare, []term.Term{x, y}) == atomLt }
		}
	}
	return lt, empty
}

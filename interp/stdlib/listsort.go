package stdlib

import (
	"slices"

	"github.com/exlite/exlite/beam/term"
)

// This file sorts with a user comparison function exactly as Erlang's
// lists:sort/2 does (a bottom-up merge sort over ascending and descending
// runs), so that comparators which are not consistent (such as
// &(&1 < &2)) order equal elements as real Elixir does.

type lessFn func(a, b term.Term) bool

func cons(h, t term.Term) term.Term { return &term.Cons{Head: h, Tail: t} }

// revOnto is lists:reverse(l, tail).
func revOnto(l, tail term.Term) term.Term {
	for {
		c, ok := l.(*term.Cons)
		if !ok {
			return tail
		}
		tail = cons(c.Head, tail)
		l = c.Tail
	}
}

func isEmpty(l term.Term) bool { _, ok := l.(term.EmptyList); return ok }

// sortWith is lists:sort(Fun, List) for a proper list.
func sortWith(fun lessFn, l term.Term) term.Term {
	c, ok := l.(*term.Cons)
	if !ok {
		return l
	}
	c2, ok := c.Tail.(*term.Cons)
	if !ok {
		return l
	}
	x, y, t := c.Head, c2.Head, c2.Tail
	if fun(x, y) {
		return fsplit1(y, x, fun, t, term.Nil, term.Nil)
	}
	return fsplit2(y, x, fun, t, term.Nil, term.Nil)
}

func fsplit1(y, x term.Term, fun lessFn, l, r, rs term.Term) term.Term {
	var s term.Term
	inner := false // fsplit_1_1 with S
	for {
		c, ok := l.(*term.Cons)
		if !ok {
			run := cons(y, cons(x, r))
			if inner {
				return rfmergel(cons(cons(s, term.Nil), cons(run, rs)), term.Nil, fun, true)
			}
			return rfmergel(cons(run, rs), term.Nil, fun, true)
		}
		z := c.Head
		l = c.Tail
		switch {
		case fun(y, z):
			r = cons(x, r)
			x, y = y, z
		case fun(x, z):
			r = cons(x, r)
			x = z
		case !inner && isEmpty(r):
			r = cons(z, term.Nil)
		case !inner:
			inner, s = true, z
		default:
			rs = cons(cons(y, cons(x, r)), rs)
			r = term.Nil
			inner = false
			if fun(s, z) {
				y, x = z, s
			} else {
				y, x = s, z
			}
		}
	}
}

func fsplit2(y, x term.Term, fun lessFn, l, r, rs term.Term) term.Term {
	var s term.Term
	inner := false
	for {
		c, ok := l.(*term.Cons)
		if !ok {
			run := cons(y, cons(x, r))
			if inner {
				return fmergel(cons(cons(s, term.Nil), cons(run, rs)), term.Nil, fun, false)
			}
			return fmergel(cons(run, rs), term.Nil, fun, false)
		}
		z := c.Head
		l = c.Tail
		switch {
		case !fun(y, z):
			r = cons(x, r)
			x, y = y, z
		case !fun(x, z):
			r = cons(x, r)
			x = z
		case !inner && isEmpty(r):
			r = cons(z, term.Nil)
		case !inner:
			inner, s = true, z
		default:
			rs = cons(cons(y, cons(x, r)), rs)
			r = term.Nil
			inner = false
			if !fun(s, z) {
				y, x = z, s
			} else {
				y, x = s, z
			}
		}
	}
}

// fmergel and rfmergel merge the runs pairwise, alternating direction.
func fmergel(runs, acc term.Term, fun lessFn, asc bool) term.Term {
	for {
		c, ok := runs.(*term.Cons)
		if !ok {
			return rfmergel(acc, term.Nil, fun, asc)
		}
		c2, ok := c.Tail.(*term.Cons)
		if !ok {
			if isEmpty(acc) {
				return c.Head
			}
			return rfmergel(cons(revOnto(c.Head, term.Nil), acc), term.Nil, fun, asc)
		}
		var t1, h2, t2 term.Term
		if asc {
			t1 = c.Head
			h := c2.Head.(*term.Cons)
			h2, t2 = h.Head, h.Tail
		} else {
			h := c.Head.(*term.Cons)
			h2, t2 = h.Head, h.Tail
			t1 = c2.Head
		}
		acc = cons(fmerge21(t1, h2, fun, t2, term.Nil), acc)
		runs = c2.Tail
	}
}

func rfmergel(runs, acc term.Term, fun lessFn, asc bool) term.Term {
	for {
		c, ok := runs.(*term.Cons)
		if !ok {
			return fmergel(acc, term.Nil, fun, asc)
		}
		c2, ok := c.Tail.(*term.Cons)
		if !ok {
			return fmergel(cons(revOnto(c.Head, term.Nil), acc), term.Nil, fun, asc)
		}
		var t1, h2, t2 term.Term
		if asc {
			h := c.Head.(*term.Cons)
			h2, t2 = h.Head, h.Tail
			t1 = c2.Head
		} else {
			t1 = c.Head
			h := c2.Head.(*term.Cons)
			h2, t2 = h.Head, h.Tail
		}
		acc = cons(rfmerge21(t1, h2, fun, t2, term.Nil), acc)
		runs = c2.Tail
	}
}

func fmerge21(t1, h2 term.Term, fun lessFn, t2, m term.Term) term.Term {
	var h1 term.Term
	second := false // fmerge2_2(H1, T1, Fun, T2, M)
	for {
		if !second {
			c, ok := t1.(*term.Cons)
			if !ok {
				return revOnto(t2, cons(h2, m))
			}
			if fun(c.Head, h2) {
				m = cons(c.Head, m)
				t1 = c.Tail
			} else {
				h1, t1 = c.Head, c.Tail
				m = cons(h2, m)
				second = true
			}
			continue
		}
		c, ok := t2.(*term.Cons)
		if !ok {
			return revOnto(t1, cons(h1, m))
		}
		if fun(h1, c.Head) {
			m = cons(h1, m)
			h2, t2 = c.Head, c.Tail
			second = false
		} else {
			m = cons(c.Head, m)
			t2 = c.Tail
		}
	}
}

func rfmerge21(t1, h2 term.Term, fun lessFn, t2, m term.Term) term.Term {
	var h1 term.Term
	second := false // rfmerge2_2(H1, T1, Fun, T2, M)
	for {
		if !second {
			c, ok := t1.(*term.Cons)
			if !ok {
				return revOnto(t2, cons(h2, m))
			}
			if fun(c.Head, h2) {
				h1, t1 = c.Head, c.Tail
				m = cons(h2, m)
				second = true
			} else {
				m = cons(c.Head, m)
				t1 = c.Tail
			}
			continue
		}
		c, ok := t2.(*term.Cons)
		if !ok {
			return revOnto(t1, cons(h1, m))
		}
		if fun(h1, c.Head) {
			m = cons(c.Head, m)
			t2 = c.Tail
		} else {
			m = cons(h1, m)
			h2, t2 = c.Head, c.Tail
			second = false
		}
	}
}

// sortTerms sorts a slice in term order (stable, as lists:sort/1 keeps
// equal terms such as 1 and 1.0 in input order).
func sortTerms(items []term.Term) {
	// Fast path: all small integers (equal ones are indistinguishable, so
	// stability does not matter).
	ints := make([]int64, len(items))
	for i, x := range items {
		n, ok := x.(term.Int)
		if !ok {
			orig := list(items)
			slices.SortStableFunc(items, term.Compare)
			// Terms equal but not identical (1 and 1.0) come out of
			// lists:sort/1 in its own order: redo those sorts its way.
			for j := 1; j < len(items); j++ {
				if term.Compare(items[j-1], items[j]) == 0 && !term.StrictEqual(items[j-1], items[j]) {
					sorted, _ := properList(erlSort(orig))
					copy(items, sorted)
					return
				}
			}
			return
		}
		ints[i] = int64(n)
	}
	slices.Sort(ints)
	for i, n := range ints {
		items[i] = term.Int(n)
	}
}

// stableSortIdx sorts indexes stably with less.
func stableSortIdx(idx []int, less func(a, b int) bool) {
	slices.SortStableFunc(idx, func(a, b int) int {
		switch {
		case less(a, b):
			return -1
		case less(b, a):
			return 1
		}
		return 0
	})
}

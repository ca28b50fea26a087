package stdlib

import "github.com/exlite/exlite/beam/term"

// This file is Erlang's lists:sort/1 step by step. Its result differs from
// a stable sort only in the order of terms that compare equal without
// being identical (1 and 1.0), so sortTerms uses it only then. The
// functions mirror the Erlang clauses one to one (tail calls become
// recursion; the lists involved are the short runs of such inputs).

func lsLe(a, b term.Term) bool { return term.Compare(a, b) <= 0 }
func lsLt(a, b term.Term) bool { return term.Compare(a, b) < 0 }
func lsEq(a, b term.Term) bool { return term.Compare(a, b) == 0 }

func lsHd(l term.Term) (term.Term, term.Term, bool) {
	c, ok := l.(*term.Cons)
	if !ok {
		return nil, nil, false
	}
	return c.Head, c.Tail, true
}

func lsPair(a, b term.Term) term.Term { return cons(a, cons(b, term.Nil)) }

// erlSort is lists:sort/1.
func erlSort(l0 term.Term) term.Term {
	x, t, ok := lsHd(l0)
	if !ok {
		return l0
	}
	y, l, ok := lsHd(t)
	if !ok {
		return l0
	}
	z, rest, one := lsHd(l)
	one = one && isEmpty(rest)
	if lsLe(x, y) {
		switch {
		case isEmpty(l):
			return l0
		case one && lsLe(y, z):
			return l0
		case one && lsLe(x, z):
			return cons(x, lsPair(z, y))
		case one:
			return cons(z, lsPair(x, y))
		case lsEq(x, y):
			return lsSort1(y, l, cons(x, term.Nil))
		}
		return lsSplit1(x, y, l, term.Nil, term.Nil)
	}
	switch {
	case isEmpty(l):
		return lsPair(y, x)
	case one && lsLe(x, z):
		return cons(y, cons(x, l))
	case one && lsLe(y, z):
		return cons(y, lsPair(z, x))
	case one:
		return cons(z, lsPair(y, x))
	}
	return lsSplit2(x, y, l, term.Nil, term.Nil)
}

func lsSort1(x, l, r term.Term) term.Term {
	for {
		y, rest, ok := lsHd(l)
		if !ok {
			return revOnto(r, cons(x, term.Nil))
		}
		switch {
		case lsEq(x, y):
			r = cons(x, r)
			x, l = y, rest
		case lsLt(x, y):
			return lsSplit1(x, y, rest, r, term.Nil)
		default:
			return lsSplit2(x, y, rest, r, term.Nil)
		}
	}
}

func lsSplit1(x, y, l, r, rs term.Term) term.Term {
	z, rest, ok := lsHd(l)
	switch {
	case !ok:
		return lsRmergel(cons(cons(y, cons(x, r)), rs), term.Nil)
	case lsLe(y, z):
		return lsSplit1(y, z, rest, cons(x, r), rs)
	case lsLe(x, z):
		return lsSplit1(z, y, rest, cons(x, r), rs)
	case isEmpty(r):
		return lsSplit1(x, y, rest, cons(z, term.Nil), rs)
	}
	return lsSplit11(x, y, rest, r, rs, z)
}

func lsSplit11(x, y, l, r, rs, s term.Term) term.Term {
	z, rest, ok := lsHd(l)
	switch {
	case !ok:
		return lsRmergel(cons(cons(s, term.Nil), cons(cons(y, cons(x, r)), rs)), term.Nil)
	case lsLe(y, z):
		return lsSplit11(y, z, rest, cons(x, r), rs, s)
	case lsLe(x, z):
		return lsSplit11(z, y, rest, cons(x, r), rs, s)
	case lsLe(s, z):
		return lsSplit1(s, z, rest, term.Nil, cons(cons(y, cons(x, r)), rs))
	}
	return lsSplit1(z, s, rest, term.Nil, cons(cons(y, cons(x, r)), rs))
}

func lsSplit2(x, y, l, r, rs term.Term) term.Term {
	z, rest, ok := lsHd(l)
	switch {
	case !ok:
		return lsMergel(cons(cons(y, cons(x, r)), rs), term.Nil)
	case lsLe(z, y):
		return lsSplit2(y, z, rest, cons(x, r), rs)
	case lsLe(z, x):
		return lsSplit2(z, y, rest, cons(x, r), rs)
	case isEmpty(r):
		return lsSplit2(x, y, rest, cons(z, term.Nil), rs)
	}
	return lsSplit21(x, y, rest, r, rs, z)
}

func lsSplit21(x, y, l, r, rs, s term.Term) term.Term {
	z, rest, ok := lsHd(l)
	switch {
	case !ok:
		return lsMergel(cons(cons(s, term.Nil), cons(cons(y, cons(x, r)), rs)), term.Nil)
	case lsLe(z, y):
		return lsSplit21(y, z, rest, cons(x, r), rs, s)
	case lsLe(z, x):
		return lsSplit21(z, y, rest, cons(x, r), rs, s)
	case lsLt(z, s):
		return lsSplit2(s, z, rest, term.Nil, cons(cons(y, cons(x, r)), rs))
	}
	return lsSplit2(z, s, rest, term.Nil, cons(cons(y, cons(x, r)), rs))
}

// take returns the first n elements of a list of lists as a slice
// (fewer when the list is shorter).
func lsTake(l term.Term, n int) []term.Term {
	var out []term.Term
	for len(out) < n {
		h, t, ok := lsHd(l)
		if !ok {
			break
		}
		out = append(out, h)
		l = t
	}
	return out
}

func lsDrop(l term.Term, n int) term.Term {
	for ; n > 0; n-- {
		_, t, _ := lsHd(l)
		l = t
	}
	return l
}

func lsMergel(ls, acc term.Term) term.Term {
	first := lsTake(ls, 3)
	switch {
	case len(first) >= 1 && isEmpty(first[0]):
		return lsMergel(lsDrop(ls, 1), acc)
	case len(first) == 3 && !isEmpty(first[1]) && !isEmpty(first[2]):
		h2, t2, _ := lsHd(first[1])
		h3, t3, _ := lsHd(first[2])
		return lsMergel(lsDrop(ls, 3), cons(lsMerge31(first[0], term.Nil, h2, t2, h3, t3), acc))
	case len(first) == 2 && !isEmpty(first[1]):
		h2, t2, _ := lsHd(first[1])
		return lsRmergel(cons(lsMerge21(first[0], h2, t2, term.Nil), acc), term.Nil)
	case len(first) == 1 && isEmpty(acc):
		return first[0]
	case len(first) == 1:
		return lsRmergel(cons(revOnto(first[0], term.Nil), acc), term.Nil)
	case len(first) == 0 && isEmpty(acc):
		return term.Nil
	case len(first) == 0:
		return lsRmergel(acc, term.Nil)
	case len(first) >= 2 && isEmpty(first[1]):
		return lsMergel(cons(first[0], lsDrop(ls, 2)), acc)
	}
	// [A, B, [] | L]
	return lsMergel(cons(first[0], cons(first[1], lsDrop(ls, 3))), acc)
}

func lsRmergel(ls, acc term.Term) term.Term {
	first := lsTake(ls, 3)
	switch {
	case len(first) == 3 && !isEmpty(first[0]) && !isEmpty(first[1]):
		h3, t3, _ := lsHd(first[0])
		h2, t2, _ := lsHd(first[1])
		return lsRmergel(lsDrop(ls, 3), cons(lsRmerge31(first[2], term.Nil, h2, t2, h3, t3), acc))
	case len(first) == 2 && !isEmpty(first[0]):
		h2, t2, _ := lsHd(first[0])
		return lsMergel(cons(lsRmerge21(first[1], h2, t2, term.Nil), acc), term.Nil)
	case len(first) == 1:
		return lsMergel(cons(revOnto(first[0], term.Nil), acc), term.Nil)
	}
	return lsMergel(acc, term.Nil)
}

// merge3_1 and friends: three-way merges (ascending).
func lsMerge31(l1, m, h2, t2, h3, t3 term.Term) term.Term {
	h1, t1, ok := lsHd(l1)
	switch {
	case ok && lsLe(h1, h2):
		return lsMerge312(t1, h1, h2, t2, h3, t3, m)
	case ok:
		return lsMerge321(t1, h1, h2, t2, h3, t3, m)
	case lsLe(h2, h3):
		return lsMerge21(t2, h3, t3, cons(h2, m))
	}
	return lsMerge22(t2, h3, t3, m, h2)
}

func lsMerge32(t1, h1, m, l2, h3, t3 term.Term) term.Term {
	h2, t2, ok := lsHd(l2)
	switch {
	case ok && lsLe(h1, h2):
		return lsMerge312(t1, h1, h2, t2, h3, t3, m)
	case ok:
		return lsMerge321(t1, h1, h2, t2, h3, t3, m)
	case lsLe(h1, h3):
		return lsMerge21(t1, h3, t3, cons(h1, m))
	}
	return lsMerge22(t1, h3, t3, m, h1)
}

func lsMerge312(t1, h1, h2, t2, h3, t3, m term.Term) term.Term {
	if lsLe(h1, h3) {
		return lsMerge31(t1, cons(h1, m), h2, t2, h3, t3)
	}
	return lsMerge3123(t1, h1, h2, t2, cons(h3, m), t3)
}

func lsMerge3123(t1, h1, h2, t2, m, l3 term.Term) term.Term {
	h3, t3, ok := lsHd(l3)
	switch {
	case ok && lsLe(h1, h3):
		return lsMerge31(t1, cons(h1, m), h2, t2, h3, t3)
	case ok:
		return lsMerge3123(t1, h1, h2, t2, cons(h3, m), t3)
	}
	return lsMerge21(t1, h2, t2, cons(h1, m))
}

func lsMerge321(t1, h1, h2, t2, h3, t3, m term.Term) term.Term {
	if lsLe(h2, h3) {
		return lsMerge32(t1, h1, cons(h2, m), t2, h3, t3)
	}
	return lsMerge3213(t1, h1, h2, t2, cons(h3, m), t3)
}

func lsMerge3213(t1, h1, h2, t2, m, l3 term.Term) term.Term {
	h3, t3, ok := lsHd(l3)
	switch {
	case ok && lsLe(h2, h3):
		return lsMerge32(t1, h1, cons(h2, m), t2, h3, t3)
	case ok:
		return lsMerge3213(t1, h1, h2, t2, cons(h3, m), t3)
	}
	return lsMerge22(t1, h2, t2, m, h1)
}

// rmerge3_1 and friends: three-way merges of reversed runs.
func lsRmerge31(l1, m, h2, t2, h3, t3 term.Term) term.Term {
	h1, t1, ok := lsHd(l1)
	switch {
	case ok && lsLe(h1, h2):
		return lsRmerge312(t1, h1, h2, t2, h3, t3, m)
	case ok:
		return lsRmerge321(t1, h1, h2, t2, h3, t3, m)
	case lsLe(h2, h3):
		return lsRmerge22(t2, h3, t3, m, h2)
	}
	return lsRmerge21(t2, h3, t3, cons(h2, m))
}

func lsRmerge32(t1, h1, m, l2, h3, t3 term.Term) term.Term {
	h2, t2, ok := lsHd(l2)
	switch {
	case ok && lsLe(h1, h2):
		return lsRmerge312(t1, h1, h2, t2, h3, t3, m)
	case ok:
		return lsRmerge321(t1, h1, h2, t2, h3, t3, m)
	case lsLe(h1, h3):
		return lsRmerge22(t1, h3, t3, m, h1)
	}
	return lsRmerge21(t1, h3, t3, cons(h1, m))
}

func lsRmerge312(t1, h1, h2, t2, h3, t3, m term.Term) term.Term {
	if lsLe(h2, h3) {
		return lsRmerge3123(t1, h1, h2, t2, cons(h3, m), t3)
	}
	return lsRmerge32(t1, h1, cons(h2, m), t2, h3, t3)
}

func lsRmerge3123(t1, h1, h2, t2, m, l3 term.Term) term.Term {
	h3, t3, ok := lsHd(l3)
	switch {
	case ok && lsLe(h2, h3):
		return lsRmerge3123(t1, h1, h2, t2, cons(h3, m), t3)
	case ok:
		return lsRmerge32(t1, h1, cons(h2, m), t2, h3, t3)
	}
	return lsRmerge22(t1, h2, t2, m, h1)
}

func lsRmerge321(t1, h1, h2, t2, h3, t3, m term.Term) term.Term {
	if lsLe(h1, h3) {
		return lsRmerge3213(t1, h1, h2, t2, cons(h3, m), t3)
	}
	return lsRmerge31(t1, cons(h1, m), h2, t2, h3, t3)
}

func lsRmerge3213(t1, h1, h2, t2, m, l3 term.Term) term.Term {
	h3, t3, ok := lsHd(l3)
	switch {
	case ok && lsLe(h1, h3):
		return lsRmerge3213(t1, h1, h2, t2, cons(h3, m), t3)
	case ok:
		return lsRmerge31(t1, cons(h1, m), h2, t2, h3, t3)
	}
	return lsRmerge21(t1, h2, t2, cons(h1, m))
}

// merge2_1/merge2_2 and the reversed rmerge2_1/rmerge2_2.
func lsMerge21(l1, h2, t2, m term.Term) term.Term {
	h1, t1, ok := lsHd(l1)
	switch {
	case !ok:
		return revOnto(t2, cons(h2, m))
	case lsLe(h1, h2):
		return lsMerge21(t1, h2, t2, cons(h1, m))
	}
	return lsMerge22(t1, h2, t2, m, h1)
}

func lsMerge22(t1, hdM, l2, m, h1 term.Term) term.Term {
	h2, t2, ok := lsHd(l2)
	switch {
	case !ok:
		return revOnto(t1, cons(h1, cons(hdM, m)))
	case lsLe(h1, h2):
		return lsMerge21(t1, h2, t2, cons(h1, cons(hdM, m)))
	}
	return lsMerge22(t1, h2, t2, cons(hdM, m), h1)
}

func lsRmerge21(l1, h2, t2, m term.Term) term.Term {
	h1, t1, ok := lsHd(l1)
	switch {
	case !ok:
		return revOnto(t2, cons(h2, m))
	case lsLe(h1, h2):
		return lsRmerge22(t1, h2, t2, m, h1)
	}
	return lsRmerge21(t1, h2, t2, cons(h1, m))
}

func lsRmerge22(t1, hdM, l2, m, h1 term.Term) term.Term {
	h2, t2, ok := lsHd(l2)
	switch {
	case !ok:
		return revOnto(t1, cons(h1, cons(hdM, m)))
	case lsLe(h1, h2):
		return lsRmerge22(t1, h2, t2, cons(hdM, m), h1)
	}
	return lsRmerge21(t1, h2, t2, cons(h1, cons(hdM, m)))
}

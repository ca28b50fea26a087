package term

import (
	"math/big"
	"math/rand"
	"runtime/debug"
	"strings"
	"testing"
)

// TestCompareMatchesRecursive checks the walk of compareTerms with its
// own stack against the plain recursive definition it replaced (kept
// below as refCompareTerms), on random terms that are often alike, in
// both orders and in both modes, and StrictEqual against exact order.
func TestCompareMatchesRecursive(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	var gen func(depth int) Term
	gen = func(depth int) Term {
		n := 9
		if depth > 3 {
			n = 5
		}
		switch r.Intn(n) {
		case 0:
			return Int(r.Intn(3))
		case 1:
			return Float(float64(r.Intn(3)))
		case 2:
			return []Term{MakeAtom("a"), MakeAtom("b"), Binary("x"), Binary(""), &BigInt{V: new(big.Int).Lsh(big.NewInt(int64(r.Intn(2)+1)), 70)}}[r.Intn(5)]
		case 3:
			return Nil
		case 4:
			return &Bitstring{Data: "\x80", Bits: int64(r.Intn(3) + 1)}
		case 5, 6:
			ts := make(Tuple, r.Intn(3))
			for i := range ts {
				ts[i] = gen(depth + 1)
			}
			return ts
		case 7:
			var l Term = Nil
			if r.Intn(4) == 0 {
				l = gen(depth + 1)
			}
			for i := r.Intn(3); i >= 0; i-- {
				l = &Cons{Head: gen(depth + 1), Tail: l}
			}
			return l
		}
		m := EmptyMap
		for i := r.Intn(3); i > 0; i-- {
			m = m.Put(gen(depth+1), gen(depth+1))
		}
		return m
	}
	for i := 0; i < 200_000; i++ {
		a, b := gen(0), gen(0)
		if r.Intn(3) == 0 {
			b = a
		}
		for _, exact := range []bool{false, true} {
			if got, want := compareTerms(a, b, exact), refCompareTerms(a, b, exact); got != want {
				t.Fatalf("compare(%v, %v, exact %v) = %d, want %d", a, b, exact, got, want)
			}
		}
		if got, want := StrictEqual(a, b), refCompareTerms(a, b, true) == 0; got != want {
			t.Fatalf("StrictEqual(%v, %v) = %v, want %v", a, b, got, want)
		}
	}
}

// TestCompareDeep compares terms nested 400,000 deep with a Go stack
// of at most 32 MB, which a recursive walk would pass (the test binary
// would die of it).
func TestCompareDeep(t *testing.T) {
	defer debug.SetMaxStack(debug.SetMaxStack(32 << 20))
	const n = 400_000
	build := func(last Term) (Term, Term, Term) {
		var tup, lst, m Term = Tuple{last}, &Cons{Head: last, Tail: Nil}, EmptyMap.Put(MakeAtom("k"), last)
		for i := 0; i < n; i++ {
			tup = Tuple{tup}
			lst = &Cons{Head: lst, Tail: Nil}
			if i < n/10 {
				m = EmptyMap.Put(MakeAtom("k"), m)
			}
		}
		return tup, lst, m
	}
	t1, l1, m1 := build(Int(1))
	t2, l2, m2 := build(Float(1))
	t3, l3, m3 := build(Int(2))
	for _, c := range [][3]Term{{t1, t2, t3}, {l1, l2, l3}, {m1, m2, m3}} {
		if !Equal(c[0], c[1]) || StrictEqual(c[0], c[1]) || Compare(c[0], c[2]) != -1 || Compare(c[2], c[1]) != 1 {
			t.Errorf("deep %T: == %v, === %v, < %d, > %d", c[0], Equal(c[0], c[1]), StrictEqual(c[0], c[1]), Compare(c[0], c[2]), Compare(c[2], c[1]))
		}
	}
}

// compareTerms is Compare, or with exact set the order of map keys:
// there an integer and a float never compare equal, every integer
// sorting before every float, inside tuples, lists and maps too (so
// {2} sorts before {1.0}).
func refCompareTerms(a, b Term, exact bool) int {
	ka, kb := a.Kind(), b.Kind()
	if ka != kb {
		if ka < kb {
			return -1
		}
		return 1
	}
	if exact && ka == KindNumber {
		_, fa := a.(Float)
		_, fb := b.(Float)
		if fa != fb {
			if fb {
				return -1
			}
			return 1
		}
	}
	switch x := a.(type) {
	case Int:
		switch y := b.(type) {
		case Int:
			return cmpInt64(int64(x), int64(y))
		case Float:
			return cmpIntFloat(big.NewInt(int64(x)), float64(y))
		case *BigInt:
			return -y.V.Sign()
		}
	case Float:
		switch y := b.(type) {
		case Float:
			return cmpFloat(float64(x), float64(y))
		case Int:
			return -cmpIntFloat(big.NewInt(int64(y)), float64(x))
		case *BigInt:
			return -cmpIntFloat(y.V, float64(x))
		}
	case *BigInt:
		switch y := b.(type) {
		case Int:
			return x.V.Sign()
		case *BigInt:
			return x.V.Cmp(y.V)
		case Float:
			return cmpIntFloat(x.V, float64(y))
		}
	case Atom:
		return strings.Compare(x.Name(), b.(Atom).Name())
	case Ref:
		return cmpUint64(x.ID, b.(Ref).ID)
	case Pid:
		return cmpUint64(x.ID, b.(Pid).ID)
	case *Fun:
		y := b.(*Fun)
		if x == y {
			return 0
		}
		if c := strings.Compare(x.Module.Name(), y.Module.Name()); c != 0 {
			return c
		}
		if c := cmpUint64(uint64(x.Index), uint64(y.Index)); c != 0 {
			return c
		}
		if c := cmpUint64(uint64(x.Uniq), uint64(y.Uniq)); c != 0 {
			return c
		}
		return strings.Compare(x.Name.Name(), y.Name.Name())
	case Tuple:
		y := b.(Tuple)
		if len(x) != len(y) {
			return cmpInt64(int64(len(x)), int64(len(y)))
		}
		for i := range x {
			if c := refCompareTerms(x[i], y[i], exact); c != 0 {
				return c
			}
		}
		return 0
	case *Map:
		return refCompareMaps(x, b.(*Map), exact)
	case EmptyList, *Cons:
		return refCompareLists(a, b, exact)
	case Binary, *Bitstring:
		return compareBits(a, b)
	}
	return 0
}

func refCompareLists(a, b Term, exact bool) int {
	for {
		ca, okA := a.(*Cons)
		cb, okB := b.(*Cons)
		switch {
		case !okA && !okB:
			// Both ended: either both [] or improper tails.
			if _, e := a.(EmptyList); e {
				if _, e2 := b.(EmptyList); e2 {
					return 0
				}
			}
			return refCompareTerms(a, b, exact)
		case !okA:
			if _, e := a.(EmptyList); e {
				return -1
			}
			return refCompareTerms(a, b, exact)
		case !okB:
			if _, e := b.(EmptyList); e {
				return 1
			}
			return refCompareTerms(a, b, exact)
		}
		if c := refCompareTerms(ca.Head, cb.Head, exact); c != 0 {
			return c
		}
		a, b = ca.Tail, cb.Tail
	}
}

func refCompareMaps(x, y *Map, exact bool) int {
	if x.Len() != y.Len() {
		return cmpInt64(int64(x.Len()), int64(y.Len()))
	}
	// Maps compare by their keys in key order, then by the values in
	// that order, whatever order they iterate in.
	kx, vx := x.sortedPairs()
	ky, vy := y.sortedPairs()
	for i := range kx {
		if c := refCompareStrictOrder(kx[i], ky[i]); c != 0 {
			return c
		}
	}
	for i := range kx {
		if c := refCompareTerms(vx[i], vy[i], exact); c != 0 {
			return c
		}
	}
	return 0
}

func refCompareStrictOrder(a, b Term) int { return refCompareTerms(a, b, true) }

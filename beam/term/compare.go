package term

import (
	"math"
	"math/big"
	"strings"
)

// Compare orders two terms in Erlang's term order and returns -1, 0 or 1.
// Numbers compare by value (1 and 1.0 compare equal); all other types
// compare structurally. Compare(a, b) == 0 is Elixir's ==.
func Compare(a, b Term) int { return compareTerms(a, b, false) }

// compareTerms is Compare, or with exact set the order of map keys:
// there an integer and a float never compare equal, every integer
// sorting before every float, inside tuples, lists and maps too (so
// {2} sorts before {1.0}).
//
// It walks nested tuples, lists and maps with a stack of its own, not
// by recursion: a term can nest millions deep, and a Go stack that
// passes its limit ends the whole Go process. Two references to the
// same tuple, list cell or map are equal without a walk (as on the BEAM).
func compareTerms(a, b Term, exact bool) int {
	switch a.(type) {
	case Tuple, *Cons, EmptyList, *Map:
		return compareWalk(a, b, exact)
	}
	return compareFlat(a, b, exact)
}

// compareWalk is compareTerms of a tuple, list or map a.
func compareWalk(a, b Term, exact bool) int {
	var buf [8]cmpFrame
	st := buf[:0]
walk:
	for {
		c := 0
		switch x := a.(type) {
		case Tuple:
			y, ok := b.(Tuple)
			switch {
			case !ok:
				c = compareFlat(a, b, exact)
			case len(x) != len(y):
				c = cmpInt64(int64(len(x)), int64(len(y)))
			case len(x) > 0 && &x[0] != &y[0]:
				// Flat elements compare in place; the walk goes down into
				// the first other one and comes back for the rest.
				for i := range x {
					if composite(x[i]) {
						if i+1 < len(x) {
							st = append(st, cmpFrame{a: a, b: b, i: i + 1, exact: exact})
						}
						a, b = x[i], y[i]
						continue walk
					}
					if c = compareFlat(x[i], y[i], exact); c != 0 {
						return c
					}
				}
			}
		case *Cons:
			y, ok := b.(*Cons)
			if !ok {
				if _, empty := b.(EmptyList); empty {
					return 1
				}
				c = compareFlat(a, b, exact)
				break
			}
			for x != y {
				if composite(x.Head) {
					st = append(st, cmpFrame{a: x.Tail, b: y.Tail, i: -1, exact: exact})
					a, b = x.Head, y.Head
					continue walk
				}
				if c = compareFlat(x.Head, y.Head, exact); c != 0 {
					return c
				}
				xt, ok1 := x.Tail.(*Cons)
				yt, ok2 := y.Tail.(*Cons)
				if !ok1 || !ok2 {
					a, b = x.Tail, y.Tail
					continue walk
				}
				x, y = xt, yt
			}
		case EmptyList:
			switch b.(type) {
			case *Cons:
				c = -1
			case EmptyList:
			default:
				c = compareFlat(a, b, exact)
			}
		case *Map:
			y, ok := b.(*Map)
			switch {
			case !ok:
				c = compareFlat(a, b, exact)
			case x == y:
			case x.Len() != y.Len():
				c = cmpInt64(int64(x.Len()), int64(y.Len()))
			default:
				// Maps compare by their keys in key order, then by the
				// values in that order, whatever order they iterate in:
				// pushed last first.
				kx, vx := x.sortedPairs()
				ky, vy := y.sortedPairs()
				for i := len(vx) - 1; i >= 0; i-- {
					st = append(st, cmpFrame{a: vx[i], b: vy[i], i: -1, exact: exact})
				}
				for i := len(kx) - 1; i >= 0; i-- {
					st = append(st, cmpFrame{a: kx[i], b: ky[i], i: -1, exact: true})
				}
			}
		default:
			c = compareFlat(a, b, exact)
		}
		if c != 0 {
			return c
		}
		// The next pair: the top of the stack, or the next elements of
		// the tuples on top.
		for {
			n := len(st)
			if n == 0 {
				return 0
			}
			f := &st[n-1]
			if f.i < 0 {
				a, b, exact = f.a, f.b, f.exact
				st = st[:n-1]
				break
			}
			x, y := f.a.(Tuple), f.b.(Tuple)
			if f.i == len(x) {
				st = st[:n-1]
				continue
			}
			a, b, exact = x[f.i], y[f.i], f.exact
			f.i++
			break
		}
	}
}

// composite reports whether t is a tuple, a list or a map.
func composite(t Term) bool {
	switch t.(type) {
	case Tuple, *Cons, EmptyList, *Map:
		return true
	}
	return false
}

// cmpFrame is a pending comparison of compareTerms: the pair a, b
// (i < 0), or the elements from i on of the tuples a and b.
type cmpFrame struct {
	a, b  Term
	i     int
	exact bool
}

// compareFlat compares two terms that are not both tuples, lists or maps
// (those only by kind).
func compareFlat(a, b Term, exact bool) int {
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
	case Binary, *Bitstring:
		return compareBits(a, b)
	}
	return 0
}

func compareBits(a, b Term) int {
	da, la := bitsOf(a)
	db, lb := bitsOf(b)
	n := len(da)
	if len(db) < n {
		n = len(db)
	}
	if c := strings.Compare(da[:n], db[:n]); c != 0 {
		return c
	}
	return cmpInt64(la, lb)
}

func bitsOf(t Term) (string, int64) {
	switch v := t.(type) {
	case Binary:
		return string(v), int64(len(v)) * 8
	case *Bitstring:
		return v.Data, v.Bits
	}
	return "", 0
}

// compareStrictOrder is the order of map keys: term order, except that
// every integer sorts before every float, at any depth (Erlang's map
// key order).
func compareStrictOrder(a, b Term) int {
	// Fast paths for the commonest keys.
	switch x := a.(type) {
	case Int:
		if y, ok := b.(Int); ok {
			return cmpInt64(int64(x), int64(y))
		}
	case Atom:
		if y, ok := b.(Atom); ok {
			if x == y {
				return 0
			}
			return strings.Compare(x.Name(), y.Name())
		}
	case Binary:
		if y, ok := b.(Binary); ok {
			return strings.Compare(string(x), string(y))
		}
	}
	return compareTerms(a, b, true)
}

// KeyOrder orders map keys as Erlang does: term order, except that all
// integers sort before all floats, also inside tuples, lists and maps
// (%{2 => :a, 1.0 => :b} iterates 2 first; {1} and {1.0} are two keys).
func KeyOrder(a, b Term) int { return compareStrictOrder(a, b) }

// Equal is Elixir's == : numbers compare by value, so 1 == 1.0.
func Equal(a, b Term) bool { return Compare(a, b) == 0 }

// StrictEqual is Elixir's === : like Equal, but 1 and 1.0 differ.
func StrictEqual(a, b Term) bool {
	switch x := a.(type) {
	case Int:
		y, ok := b.(Int)
		return ok && x == y
	case Atom:
		y, ok := b.(Atom)
		return ok && x == y
	case Float:
		y, ok := b.(Float)
		return ok && x == y
	case *BigInt:
		y, ok := b.(*BigInt)
		return ok && x.V.Cmp(y.V) == 0
	case Binary:
		y, ok := b.(Binary)
		return ok && x == y
	case Tuple:
		y, ok := b.(Tuple)
		return ok && len(x) == len(y) && compareTerms(a, b, true) == 0
	case *Cons:
		_, ok := b.(*Cons)
		return ok && compareTerms(a, b, true) == 0
	case *Map:
		y, ok := b.(*Map)
		return ok && x.Len() == y.Len() && compareTerms(a, b, true) == 0
	}
	if a.Kind() != b.Kind() {
		return false
	}
	if _, isF := b.(Float); isF {
		return false
	}
	return Compare(a, b) == 0
}

func cmpInt64(a, b int64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func cmpUint64(a, b uint64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func cmpFloat(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// cmpIntFloat compares an integer with a float exactly.
func cmpIntFloat(i *big.Int, f float64) int {
	if math.IsInf(f, 1) {
		return -1
	}
	if math.IsInf(f, -1) {
		return 1
	}
	bf := new(big.Float).SetInt(i)
	return bf.Cmp(big.NewFloat(f))
}

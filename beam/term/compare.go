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
func compareTerms(a, b Term, exact bool) int {
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
			if c := compareTerms(x[i], y[i], exact); c != 0 {
				return c
			}
		}
		return 0
	case *Map:
		return compareMaps(x, b.(*Map), exact)
	case EmptyList, *Cons:
		return compareLists(a, b, exact)
	case Binary, *Bitstring:
		return compareBits(a, b)
	}
	return 0
}

func compareLists(a, b Term, exact bool) int {
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
			return compareTerms(a, b, exact)
		case !okA:
			if _, e := a.(EmptyList); e {
				return -1
			}
			return compareTerms(a, b, exact)
		case !okB:
			if _, e := b.(EmptyList); e {
				return 1
			}
			return compareTerms(a, b, exact)
		}
		if c := compareTerms(ca.Head, cb.Head, exact); c != 0 {
			return c
		}
		a, b = ca.Tail, cb.Tail
	}
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

func compareMaps(x, y *Map, exact bool) int {
	if x.Len() != y.Len() {
		return cmpInt64(int64(x.Len()), int64(y.Len()))
	}
	// Maps compare by their keys in key order, then by the values in
	// that order, whatever order they iterate in.
	kx, vx := x.sortedPairs()
	ky, vy := y.sortedPairs()
	for i := range kx {
		if c := compareStrictOrder(kx[i], ky[i]); c != 0 {
			return c
		}
	}
	for i := range kx {
		if c := compareTerms(vx[i], vy[i], exact); c != 0 {
			return c
		}
	}
	return 0
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
		if !ok || len(x) != len(y) {
			return false
		}
		for i := range x {
			if !StrictEqual(x[i], y[i]) {
				return false
			}
		}
		return true
	case *Cons:
		for {
			y, ok := b.(*Cons)
			if !ok {
				return false
			}
			if !StrictEqual(x.Head, y.Head) {
				return false
			}
			next, isCons := x.Tail.(*Cons)
			if !isCons {
				return StrictEqual(x.Tail, y.Tail)
			}
			x, b = next, y.Tail
		}
	case *Map:
		y, ok := b.(*Map)
		if !ok || x.Len() != y.Len() {
			return false
		}
		eq := true
		x.Range(func(k, v Term) bool {
			w, found := y.Get(k)
			if !found || !StrictEqual(v, w) {
				eq = false
			}
			return eq
		})
		return eq
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

package rt

import (
	"math"
	"math/big"
	"math/bits"

	"github.com/exlite/exlite/beam/term"
)

// BadArith raises ArithmeticError with Elixir's message.
func BadArith() {
	RaiseRaw(NewException("ArithmeticError", atomMessage, term.Binary("bad argument in arithmetic expression")), term.MakeAtom("badarith"))
}

// IsNumber reports whether t is an integer or a float.
func IsNumber(t term.Term) bool {
	switch t.(type) {
	case term.Int, *term.BigInt, term.Float:
		return true
	}
	return false
}

// IsInteger reports whether t is an integer (small or big).
func IsInteger(t term.Term) bool {
	switch t.(type) {
	case term.Int, *term.BigInt:
		return true
	}
	return false
}

// ToFloat converts a number to float64; ok is false for non-numbers.
func ToFloat(t term.Term) (float64, bool) {
	switch v := t.(type) {
	case term.Int:
		return float64(v), true
	case term.Float:
		return float64(v), true
	case *term.BigInt:
		f, _ := new(big.Float).SetInt(v.V).Float64()
		return f, true
	}
	return 0, false
}

func bigOf(t term.Term) (*big.Int, bool) {
	switch v := t.(type) {
	case term.Int:
		return big.NewInt(int64(v)), true
	case *term.BigInt:
		return v.V, true
	}
	return nil, false
}

// checkFloat raises ArithmeticError for results that are not finite, as
// the BEAM does.
func checkFloat(f float64) term.Term {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		BadArith()
	}
	return term.Float(f)
}

// floatArgs converts both operands to floats or raises.
func floatArgs(a, b term.Term) (float64, float64) {
	x, ok1 := ToFloat(a)
	y, ok2 := ToFloat(b)
	if !ok1 || !ok2 {
		BadArith()
	}
	return x, y
}

// Add is Kernel.+/2.
func Add(a, b term.Term) term.Term {
	if x, ok := a.(term.Int); ok {
		if y, ok := b.(term.Int); ok {
			s := x + y
			if (s > x) == (y > 0) {
				return s
			}
			return term.MakeInt(new(big.Int).Add(big.NewInt(int64(x)), big.NewInt(int64(y))))
		}
	}
	if x, ok := bigOf(a); ok {
		if y, ok := bigOf(b); ok {
			return term.MakeInt(new(big.Int).Add(x, y))
		}
	}
	x, y := floatArgs(a, b)
	return checkFloat(x + y)
}

// Sub is Kernel.-/2.
func Sub(a, b term.Term) term.Term {
	if x, ok := a.(term.Int); ok {
		if y, ok := b.(term.Int); ok {
			s := x - y
			if (s < x) == (y > 0) {
				return s
			}
			return term.MakeInt(new(big.Int).Sub(big.NewInt(int64(x)), big.NewInt(int64(y))))
		}
	}
	if x, ok := bigOf(a); ok {
		if y, ok := bigOf(b); ok {
			return term.MakeInt(new(big.Int).Sub(x, y))
		}
	}
	x, y := floatArgs(a, b)
	return checkFloat(x - y)
}

// Mul is Kernel.*/2.
func Mul(a, b term.Term) term.Term {
	if x, ok := a.(term.Int); ok {
		if y, ok := b.(term.Int); ok {
			hi, lo := bits.Mul64(uint64(abs64(int64(x))), uint64(abs64(int64(y))))
			neg := (x < 0) != (y < 0)
			if hi == 0 && int64(x) != math.MinInt64 && int64(y) != math.MinInt64 {
				if lo <= math.MaxInt64 {
					if neg {
						return term.Int(-int64(lo))
					}
					return term.Int(int64(lo))
				}
			}
			return term.MakeInt(new(big.Int).Mul(big.NewInt(int64(x)), big.NewInt(int64(y))))
		}
	}
	if x, ok := bigOf(a); ok {
		if y, ok := bigOf(b); ok {
			return term.MakeInt(new(big.Int).Mul(x, y))
		}
	}
	x, y := floatArgs(a, b)
	return checkFloat(x * y)
}

func abs64(x int64) int64 {
	if x < 0 {
		return -x
	}
	return x
}

// Divide is Kernel.//2: always a float; dividing by zero raises.
func Divide(a, b term.Term) term.Term {
	x, y := floatArgs(a, b)
	if y == 0 {
		BadArith()
	}
	return checkFloat(x / y)
}

// Neg is unary minus.
func Neg(a term.Term) term.Term {
	switch v := a.(type) {
	case term.Int:
		if int64(v) == math.MinInt64 {
			return term.MakeInt(new(big.Int).Neg(big.NewInt(int64(v))))
		}
		return -v
	case *term.BigInt:
		return term.MakeInt(new(big.Int).Neg(v.V))
	case term.Float:
		return -v
	}
	BadArith()
	return nil
}

// Plus is unary plus: the number itself.
func Plus(a term.Term) term.Term {
	if !IsNumber(a) {
		BadArith()
	}
	return a
}

// IntDiv is Kernel.div/2: integer division truncating toward zero.
func IntDiv(a, b term.Term) term.Term {
	if x, ok := a.(term.Int); ok {
		if y, ok := b.(term.Int); ok {
			if y == 0 {
				BadArith()
			}
			if y == -1 {
				return Neg(x)
			}
			return x / y
		}
	}
	x, ok1 := bigOf(a)
	y, ok2 := bigOf(b)
	if !ok1 || !ok2 || y.Sign() == 0 {
		BadArith()
	}
	return term.MakeInt(new(big.Int).Quo(x, y))
}

// Rem is Kernel.rem/2: the remainder has the sign of the dividend.
func Rem(a, b term.Term) term.Term {
	if x, ok := a.(term.Int); ok {
		if y, ok := b.(term.Int); ok {
			if y == 0 {
				BadArith()
			}
			if y == -1 {
				return term.Int(0)
			}
			return x % y
		}
	}
	x, ok1 := bigOf(a)
	y, ok2 := bigOf(b)
	if !ok1 || !ok2 || y.Sign() == 0 {
		BadArith()
	}
	return term.MakeInt(new(big.Int).Rem(x, y))
}

// Less is Kernel.</2 in term order.
func Less(a, b term.Term) bool {
	if x, ok := a.(term.Int); ok {
		if y, ok := b.(term.Int); ok {
			return x < y
		}
	}
	return term.Compare(a, b) < 0
}

// Equal is Kernel.==/2.
func Equal(a, b term.Term) bool {
	if x, ok := a.(term.Int); ok {
		if y, ok := b.(term.Int); ok {
			return x == y
		}
	}
	return term.Equal(a, b)
}

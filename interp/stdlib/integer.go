package stdlib

import (
	"math/big"
	"strings"

	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/rt"
)

// The Integer module, and integer text conversions shared with Erlang's
// BIFs (binary_to_integer, integer_to_binary...).

func init() { rt.RegisterLazy(registerInteger) }

// registerInteger registers the built-ins of this file (see rt.RegisterLazy).
func registerInteger() {
	rt.Register("Integer", map[string]rt.BuiltinFunc{
		"parse/1": func(env rt.Env, a []term.Term) term.Term {
			return intParse(env, "Integer.parse/2", withDefaults(a, term.Int(10)), term.Int(10))
		},
		"parse/2": func(env rt.Env, a []term.Term) term.Term { return intParse(env, "Integer.parse/2", a, a[1]) },
		"to_string/1": func(env rt.Env, a []term.Term) term.Term {
			return intToString("Integer.to_string/2", withDefaults(a, term.Int(10)), 10, false)
		},
		"to_string/2": func(env rt.Env, a []term.Term) term.Term {
			return intToString("Integer.to_string/2", a, baseArg(a[1]), false)
		},
		"to_charlist/1": func(env rt.Env, a []term.Term) term.Term {
			return intToString("Integer.to_charlist/2", withDefaults(a, term.Int(10)), 10, true)
		},
		"to_charlist/2": func(env rt.Env, a []term.Term) term.Term {
			return intToString("Integer.to_charlist/2", a, baseArg(a[1]), true)
		},
		"digits/1": func(env rt.Env, a []term.Term) term.Term {
			return intDigits("Integer.digits/2", withDefaults(a, term.Int(10)), term.Int(10))
		},
		"digits/2": func(env rt.Env, a []term.Term) term.Term { return intDigits("Integer.digits/2", a, a[1]) },
		"undigits/1": func(env rt.Env, a []term.Term) term.Term {
			return intUndigits("Integer.undigits/2", withDefaults(a, term.Int(10)), term.Int(10))
		},
		"undigits/2":     func(env rt.Env, a []term.Term) term.Term { return intUndigits("Integer.undigits/2", a, a[1]) },
		"pow/2":          intPow,
		"gcd/2":          intGcd,
		"floor_div/2":    intFloorDiv,
		"mod/2":          intMod,
		"extended_gcd/2": intExtendedGcd,
		"is_even/1":      func(env rt.Env, a []term.Term) term.Term { return intParity(a[0], 0) },
		"is_odd/1":       func(env rt.Env, a []term.Term) term.Term { return intParity(a[0], 1) },
		"to_char_list/1": func(env rt.Env, a []term.Term) term.Term { return intToString("Integer.to_char_list/1", a, 10, true) },
		"to_char_list/2": func(env rt.Env, a []term.Term) term.Term {
			return intToString("Integer.to_char_list/2", a, baseArg(a[1]), true)
		},
	})
	rt.RegisterGuards("Integer", "is_even/1", "is_odd/1")
	rt.RegisterMacros("Integer", "is_even/1", "is_odd/1")
}

// arithError raises ArithmeticError as the BEAM's badarith does.
func arithError() { rt.BadArith() }

func baseArg(t term.Term) int {
	if n, ok := t.(term.Int); ok {
		return int(n)
	}
	return -1
}

// intArgs returns both integer arguments as big.Ints, raising
// ArithmeticError for non-integers.
func intArgs2(a []term.Term) (*big.Int, *big.Int) {
	x, ok1 := term.ToBig(a[0])
	y, ok2 := term.ToBig(a[1])
	if !ok1 || !ok2 {
		arithError()
	}
	return x, y
}

func intParity(t term.Term, want uint) term.Term {
	x, ok := term.ToBig(t)
	if !ok {
		// outside guards Integer.is_even(x) raises like rem/2 does
		arithError()
	}
	return boolTerm(x.Bit(0) == want)
}

// digitValue returns the value of an alphanumeric digit, or 99.
func digitValue(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'z':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'Z':
		return int(c-'A') + 10
	}
	return 99
}

// parseIntegerPrefix parses [+-]digits at the start of s in base; n is the
// number of bytes used (0 when there is no digit).
func parseIntegerPrefix(s string, base int) (term.Term, int) {
	i := 0
	neg := false
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		neg = s[i] == '-'
		i++
	}
	start := i
	for i < len(s) && digitValue(s[i]) < base {
		i++
	}
	if i == start {
		return nil, 0
	}
	digits := s[start:i]
	if len(digits) <= 15 && base <= 16 || len(digits) <= 12 {
		var v int64
		for j := 0; j < len(digits); j++ {
			v = v*int64(base) + int64(digitValue(digits[j]))
		}
		if neg {
			v = -v
		}
		return term.Int(v), i
	}
	b, ok := new(big.Int).SetString(digits, base)
	if !ok {
		return nil, 0
	}
	if neg {
		b.Neg(b)
	}
	return term.MakeInt(b), i
}

// parseIntegerExact parses a whole binary as :erlang.binary_to_integer does.
func parseIntegerExact(s string, base int) (term.Term, bool) {
	v, n := parseIntegerPrefix(s, base)
	if n == 0 || n != len(s) {
		return nil, false
	}
	return v, true
}

func intParse(env rt.Env, mfa string, a []term.Term, baseT term.Term) term.Term {
	base, ok := baseT.(term.Int)
	if !ok || base < 2 || base > 36 {
		rt.ArgumentError("invalid base " + rt.Inspect(env, baseT))
	}
	s := binArg(mfa, a, 0)
	v, n := parseIntegerPrefix(s, int(base))
	if n == 0 {
		return term.ErrorAtom
	}
	return term.Tuple{v, term.Binary(s[n:])}
}

// integerText formats an integer term in base (2..36), upper-case digits.
func integerText(t term.Term, base int) string {
	switch v := t.(type) {
	case term.Int:
		if base == 10 {
			return strconvItoa(int64(v))
		}
		return strings.ToUpper(big.NewInt(int64(v)).Text(base))
	case *term.BigInt:
		return strings.ToUpper(v.V.Text(base))
	}
	return ""
}

// intToString is Integer.to_string/2 and to_charlist/2, which inline
// :erlang.integer_to_binary/2 and integer_to_list/2 (and raise as they do).
func intToString(mfa string, a []term.Term, base int, charlist bool) term.Term {
	if !isInteger(a[0]) {
		erlArgError(1, "not an integer")
	}
	if base < 2 || base > 36 {
		erlArgError(2, "not an integer in the range 2 through 36")
	}
	s := integerText(a[0], base)
	if charlist {
		return stringToCharlist(s)
	}
	return term.Binary(s)
}

func intDigits(mfa string, a []term.Term, baseT term.Term) term.Term {
	base, ok := baseT.(term.Int)
	if !isInteger(a[0]) || !ok || base < 2 {
		fnClauseError(mfa, a)
	}
	x := bigOf(a[0])
	if x.Sign() == 0 {
		return term.List(term.Int(0))
	}
	b := big.NewInt(int64(base))
	var out []term.Term
	q, r := new(big.Int), new(big.Int)
	for x.Sign() != 0 {
		q.QuoRem(x, b, r)
		out = append(out, term.MakeInt(new(big.Int).Set(r)))
		x, q = q, x
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return term.List(out...)
}

func intUndigits(mfa string, a []term.Term, baseT term.Term) term.Term {
	base, ok := baseT.(term.Int)
	if !term.IsList(a[0]) || !ok || base < 2 {
		fnClauseError(mfa, a)
	}
	items, _ := term.ListToSlice(a[0])
	acc := new(big.Int)
	b := big.NewInt(int64(base))
	for _, d := range items {
		dv, ok := term.ToBig(d)
		if !ok {
			fnClauseError("Integer.undigits/3", []term.Term{d, baseT, term.MakeInt(acc)})
		}
		if dv.Cmp(b) >= 0 {
			rt.ArgumentError("invalid digit " + integerText(d, 10) + " in base " + strconvItoa(int64(base)))
		}
		acc.Mul(acc, b)
		acc.Add(acc, dv)
	}
	return term.MakeInt(acc)
}

func intPow(env rt.Env, a []term.Term) term.Term {
	if !isInteger(a[0]) || !isInteger(a[1]) {
		fnClauseError("Integer.pow/2", a)
	}
	x, y := intArgs2(a)
	if y.Sign() < 0 {
		arithError()
	}
	checkPowerAlloc(env, a[0], a[1])
	if !y.IsInt64() || (y.Int64() > 1<<24 && x.CmpAbs(big.NewInt(1)) > 0) {
		rt.RaiseMessage("SystemLimitError", "a system limit has been reached")
	}
	return term.MakeInt(new(big.Int).Exp(x, y, nil))
}

// checkPowerAlloc asks before computing base ** exp for integers: the
// result has about bits(base) * exp bits, and computing it costs
// reductions in proportion.
func checkPowerAlloc(env rt.Env, base, exp term.Term) {
	b, ok1 := term.ToBig(base)
	e, ok2 := term.ToBig(exp)
	if !ok1 || !ok2 || !isInteger(base) || !isInteger(exp) || e.Sign() <= 0 || b.CmpAbs(big.NewInt(1)) <= 0 {
		return
	}
	if !e.IsInt64() {
		rt.CheckAlloc(env, rt.AllocProduct(1<<62, 1))
		return
	}
	bytes := rt.AllocProduct(int64(b.BitLen()), e.Int64()) / 8
	rt.CheckAlloc(env, bytes)
	rt.Reduce(env, int(min(bytes/64, 1<<30)))
}

func intGcd(env rt.Env, a []term.Term) term.Term {
	if !isInteger(a[0]) || !isInteger(a[1]) {
		fnClauseError("Integer.gcd/2", a)
	}
	x, y := intArgs2(a)
	x.Abs(x)
	y.Abs(y)
	return term.MakeInt(new(big.Int).GCD(nil, nil, x, y))
}

func intFloorDiv(env rt.Env, a []term.Term) term.Term {
	x, y := intArgs2(a)
	if y.Sign() == 0 {
		arithError()
	}
	q, r := new(big.Int).QuoRem(x, y, new(big.Int))
	if r.Sign() != 0 && (x.Sign() < 0) != (y.Sign() < 0) {
		q.Sub(q, big.NewInt(1))
	}
	return term.MakeInt(q)
}

func intMod(env rt.Env, a []term.Term) term.Term {
	x, y := intArgs2(a)
	if y.Sign() == 0 {
		arithError()
	}
	r := new(big.Int).Rem(x, y)
	if r.Sign() != 0 && r.Sign() != y.Sign() {
		r.Add(r, y)
	}
	return term.MakeInt(r)
}

func intExtendedGcd(env rt.Env, a []term.Term) term.Term {
	if !isInteger(a[0]) || !isInteger(a[1]) {
		fnClauseError("Integer.extended_gcd/2", a)
	}
	x, y := intArgs2(a)
	switch {
	case x.Sign() == 0 && y.Sign() == 0:
		return term.Tuple{term.Int(0), term.Int(0), term.Int(0)}
	case x.Sign() == 0:
		return term.Tuple{term.MakeInt(y), term.Int(0), term.Int(1)}
	case y.Sign() == 0:
		return term.Tuple{term.MakeInt(x), term.Int(1), term.Int(0)}
	}
	r1, r0 := y, x
	s1, s0 := big.NewInt(0), big.NewInt(1)
	t1, t0 := big.NewInt(1), big.NewInt(0)
	for {
		d := new(big.Int).Quo(r0, r1)
		r2 := new(big.Int).Sub(r0, new(big.Int).Mul(d, r1))
		if r2.Sign() == 0 {
			if r1.Sign() > 0 {
				return term.Tuple{term.MakeInt(r1), term.MakeInt(s1), term.MakeInt(t1)}
			}
			return term.Tuple{term.MakeInt(r1.Neg(r1)), term.MakeInt(s1.Neg(s1)), term.MakeInt(t1.Neg(t1))}
		}
		s2 := new(big.Int).Sub(s0, new(big.Int).Mul(d, s1))
		t2 := new(big.Int).Sub(t0, new(big.Int).Mul(d, t1))
		r0, r1 = r1, r2
		s0, s1 = s1, s2
		t0, t1 = t1, t2
	}
}

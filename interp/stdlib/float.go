package stdlib

import (
	"math"
	"math/big"
	"strconv"
	"strings"

	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/rt"
)

// The Float module and the float text conversions of :erlang.

func init() { rt.RegisterLazy(registerFloat) }

// registerFloat registers the built-ins of this file (see rt.RegisterLazy).
func registerFloat() {
	rt.Register("Float", map[string]rt.BuiltinFunc{
		"parse/1": floatParse,
		"round/1": func(env rt.Env, a []term.Term) term.Term {
			return floatRound("Float.round/2", withDefaults(a, term.Int(0)), term.Int(0), roundHalfUp)
		},
		"round/2": func(env rt.Env, a []term.Term) term.Term { return floatRound("Float.round/2", a, a[1], roundHalfUp) },
		"floor/1": func(env rt.Env, a []term.Term) term.Term {
			return floatRound("Float.floor/2", withDefaults(a, term.Int(0)), term.Int(0), roundFloor)
		},
		"floor/2": func(env rt.Env, a []term.Term) term.Term { return floatRound("Float.floor/2", a, a[1], roundFloor) },
		"ceil/1": func(env rt.Env, a []term.Term) term.Term {
			return floatRound("Float.ceil/2", withDefaults(a, term.Int(0)), term.Int(0), roundCeil)
		},
		"ceil/2":        func(env rt.Env, a []term.Term) term.Term { return floatRound("Float.ceil/2", a, a[1], roundCeil) },
		"to_string/1":   floatToStringBIF,
		"to_charlist/1": floatToCharlist,
		"ratio/1":       floatRatio,
		"pow/2":         floatPow,
		"max_finite/0":  func(env rt.Env, a []term.Term) term.Term { return term.Float(math.MaxFloat64) },
		"min_finite/0":  func(env rt.Env, a []term.Term) term.Term { return term.Float(-math.MaxFloat64) },
	})
}

// floatShortFn formats a float in the shortest form that reads back to it,
// laid out as :erlang.float_to_binary(f, [:short]) does ("1.5e3", "0.1").
// Package interp/inspect owns float formatting; float_inspect.go wires it in.
var floatShortFn func(f float64) string

// floatShort is to_string/1 of a float.
func floatShort(f float64) string { return floatShortFn(f) }

func floatToStringBIF(env rt.Env, a []term.Term) term.Term {
	f, ok := a[0].(term.Float)
	if !ok {
		erlArgError(1, "not a float")
	}
	return term.Binary(floatShort(float64(f)))
}

func floatToCharlist(env rt.Env, a []term.Term) term.Term {
	f, ok := a[0].(term.Float)
	if !ok {
		erlArgError(1, "not a float")
	}
	return stringToCharlist(floatShort(float64(f)))
}

// parseFloatPrefix parses a float at the start of s as Float.parse/1 does;
// n is 0 when there is none.
func parseFloatPrefix(s string) (float64, int, bool) {
	i := 0
	neg := false
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		neg = s[i] == '-'
		i++
	}
	isDigit := func(j int) bool { return j < len(s) && s[j] >= '0' && s[j] <= '9' }
	if !isDigit(i) {
		return 0, 0, false
	}
	start := i
	for isDigit(i) {
		i++
	}
	if i+1 < len(s) && s[i] == '.' && isDigit(i+1) {
		i++
		for isDigit(i) {
			i++
		}
	}
	hasExp := false
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		j := i + 1
		if j < len(s) && (s[j] == '+' || s[j] == '-') {
			j++
		}
		if isDigit(j) {
			for isDigit(j) {
				j++
			}
			i = j
			hasExp = true
		}
	}
	f, err := strconv.ParseFloat(s[start:i], 64)
	if err != nil || math.IsInf(f, 0) {
		if hasExp {
			return 0, 0, false
		}
		erlArgError(1, "not a textual representation of a float")
	}
	if neg {
		f = -f
	}
	return f, i, true
}

func floatParse(env rt.Env, a []term.Term) term.Term {
	s, ok := a[0].(term.Binary)
	if !ok {
		fnClauseError("Float.parse_unsigned/1", a)
	}
	f, n, ok := parseFloatPrefix(string(s))
	if !ok || n == 0 {
		return term.ErrorAtom
	}
	return term.Tuple{term.Float(f), term.Binary(s[n:])}
}

// parseErlangFloat parses a whole binary as :erlang.binary_to_float/1
// does: [+-]digits.digits with an optional exponent.
func parseErlangFloat(s string) (float64, bool) {
	i := 0
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		i++
	}
	digits := func() bool {
		st := i
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		return i > st
	}
	if !digits() || i >= len(s) || s[i] != '.' {
		return 0, false
	}
	i++
	if !digits() {
		return 0, false
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		if !digits() {
			return 0, false
		}
	}
	if i != len(s) {
		return 0, false
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsInf(f, 0) {
		return 0, false
	}
	return f, true
}

type rounding int

const (
	roundHalfUp rounding = iota
	roundFloor
	roundCeil
)

// roundDecimal rounds f to prec decimal digits on its exact binary value,
// as Float.round/floor/ceil do, keeping the sign of zero.
func roundDecimal(f float64, prec int, mode rounding) float64 {
	if f == 0 || math.IsInf(f, 0) || math.IsNaN(f) {
		return f
	}
	r := new(big.Rat).SetFloat64(f)
	scale := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(prec)), nil)
	r.Mul(r, new(big.Rat).SetInt(scale))
	num, den := r.Num(), r.Denom()
	q, m := new(big.Int).QuoRem(num, den, new(big.Int)) // truncated
	if m.Sign() != 0 {
		switch mode {
		case roundHalfUp:
			twice := new(big.Int).Mul(new(big.Int).Abs(m), big.NewInt(2))
			if twice.Cmp(den) >= 0 {
				if num.Sign() < 0 {
					q.Sub(q, big.NewInt(1))
				} else {
					q.Add(q, big.NewInt(1))
				}
			}
		case roundFloor:
			if num.Sign() < 0 {
				q.Sub(q, big.NewInt(1))
			}
		case roundCeil:
			if num.Sign() > 0 {
				q.Add(q, big.NewInt(1))
			}
		}
	}
	if q.Sign() == 0 {
		if f < 0 {
			return math.Copysign(0, -1)
		}
		return 0
	}
	out, _ := new(big.Rat).SetFrac(q, scale).Float64()
	return out
}

func floatRound(mfa string, a []term.Term, precT term.Term, mode rounding) term.Term {
	f, ok := a[0].(term.Float)
	if !ok {
		fnClauseError(mfa, a)
	}
	prec, ok := precT.(term.Int)
	if !ok {
		fnClauseError(mfa, a)
	}
	if prec < 0 || prec > 15 {
		rt.ArgumentError("precision " + strconv.Itoa(int(prec)) + " is out of valid range of 0..15")
	}
	x := float64(f)
	if prec == 0 {
		var r float64
		switch mode {
		case roundHalfUp:
			r = math.Round(x)
		case roundFloor:
			r = math.Floor(x)
		case roundCeil:
			r = math.Ceil(x)
		}
		if r == 0 && x < 0 {
			r = math.Copysign(0, -1)
		}
		return term.Float(r)
	}
	return term.Float(roundDecimal(x, int(prec), mode))
}

func floatRatio(env rt.Env, a []term.Term) term.Term {
	f, ok := a[0].(term.Float)
	if !ok {
		fnClauseError("Float.ratio/1", a)
	}
	if f == 0 {
		return term.Tuple{term.Int(0), term.Int(1)}
	}
	r := new(big.Rat).SetFloat64(float64(f))
	return term.Tuple{term.MakeInt(new(big.Int).Set(r.Num())), term.MakeInt(new(big.Int).Set(r.Denom()))}
}

func floatPow(env rt.Env, a []term.Term) term.Term {
	if _, ok := a[0].(term.Float); !ok {
		fnClauseError("Float.pow/2", a)
	}
	return mathPow(env, a)
}

// floatToBinaryOpts is :erlang.float_to_binary/2.
func floatToBinaryOpts(f float64, opts term.Term) string {
	items, ok := term.ListToSlice(opts)
	if !ok {
		erlArgError(2, "invalid option in list")
	}
	decimals, scientific := -1, -1
	compact, short := false, false
	for _, it := range items {
		switch v := it.(type) {
		case term.Atom:
			switch v.Name() {
			case "compact":
				compact = true
			case "short":
				short = true
			default:
				erlArgError(2, "invalid option in list")
			}
		case term.Tuple:
			if len(v) != 2 {
				erlArgError(2, "invalid option in list")
			}
			n, ok := v[1].(term.Int)
			key, _ := v[0].(term.Atom)
			switch {
			case ok && key.Name() == "decimals" && n >= 0 && n <= 253:
				decimals, scientific = int(n), -1
			case ok && key.Name() == "scientific" && n >= 0 && n <= 249:
				scientific, decimals = int(n), -1
			default:
				erlArgError(2, "invalid option in list")
			}
		default:
			erlArgError(2, "invalid option in list")
		}
	}
	switch {
	case short:
		return floatShort(f)
	case decimals >= 0:
		s := strconv.FormatFloat(f, 'f', decimals, 64)
		if compact && strings.Contains(s, ".") {
			s = strings.TrimRight(s, "0")
			if strings.HasSuffix(s, ".") {
				s += "0"
			}
		}
		return s
	case scientific >= 0:
		return strconv.FormatFloat(f, 'e', scientific, 64)
	}
	return strconv.FormatFloat(f, 'e', 20, 64)
}

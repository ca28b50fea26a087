package inspect

import (
	"math"
	"strconv"
	"strings"
)

// FloatToString formats f as Erlang's float_to_binary(F, [short]) does,
// which is what Float.to_string/1, to_string/1, IO.puts and string
// interpolation print: the shortest digits that read back as f, written
// in plain decimal notation or in scientific notation (1.5e3, 1.0e-7)
// by the rules of OTP's Ryu-based formatter.
func FloatToString(f float64) string {
	if f == 0 {
		if math.Signbit(f) {
			return "-0.0"
		}
		return "0.0"
	}
	var sb strings.Builder
	if f < 0 {
		sb.WriteByte('-')
		f = -f
	}
	digits, exp := shortestDigits(f)
	// The value is digits × 10^exp.
	olength := len(digits)
	sciExp := exp + olength - 1
	var lower, upper int
	switch {
	case olength == 1:
		lower, upper = -4, 2
	case sciExp >= 10:
		lower, upper = -(olength + 2), 2
	default:
		lower, upper = -(olength + 2), 1
	}
	fixed := lower <= exp && exp <= upper
	if fixed {
		// Integers at or beyond 2^53 print in scientific notation.
		out, _ := strconv.ParseUint(digits, 10, 64)
		if (out >= 1<<53 && exp == 0) || (out > (1<<52)/5 && exp == 1) || (out > (1<<51)/25 && exp == 2) {
			fixed = false
		}
	}
	if fixed {
		switch whole := olength + exp; {
		case exp >= 0:
			sb.WriteString(digits)
			sb.WriteString(strings.Repeat("0", exp))
			sb.WriteString(".0")
		case whole > 0:
			sb.WriteString(digits[:whole])
			sb.WriteByte('.')
			sb.WriteString(digits[whole:])
		default:
			sb.WriteString("0.")
			sb.WriteString(strings.Repeat("0", -whole))
			sb.WriteString(digits)
		}
		return sb.String()
	}
	sb.WriteByte(digits[0])
	sb.WriteByte('.')
	if olength > 1 {
		sb.WriteString(digits[1:])
	} else {
		sb.WriteByte('0')
	}
	sb.WriteByte('e')
	sb.WriteString(strconv.Itoa(sciExp))
	return sb.String()
}

// shortestDigits returns the shortest decimal digits that round-trip f
// (f > 0, finite), without trailing zeros, and the power of ten they
// are scaled by.
func shortestDigits(f float64) (string, int) {
	s := strconv.FormatFloat(f, 'e', -1, 64) // d.ddddde±xx
	mant, expPart, _ := strings.Cut(s, "e")
	e, _ := strconv.Atoi(expPart)
	digits := strings.Replace(mant, ".", "", 1)
	digits = strings.TrimRight(digits, "0")
	if digits == "" {
		digits = "0"
	}
	return digits, e - (len(digits) - 1)
}

// FloatInspect formats f as inspect/1 does: floats with an integral
// value of magnitude in [1, 1e16) print as the integer followed by ".0"
// (1500.0, 1000000000000000.0); all others as FloatToString.
func FloatInspect(f float64) string {
	a := math.Abs(f)
	if a >= 1.0 && a < 1.0e16 && math.Trunc(f) == f {
		return strconv.FormatInt(int64(f), 10) + ".0"
	}
	return FloatToString(f)
}

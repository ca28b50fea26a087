package stdlib

import (
	"math/big"
	"testing"

	"github.com/exlite/exlite/beam/term"
)

func f(x float64) term.Term { return term.Float(x) }

// Expected values from the Integer, Float, :math and Bitwise docs and the
// recorded conformance outputs 003 and 004.
func TestIntegerFunctions(t *testing.T) {
	big1, _ := new(big.Int).SetString("123456789012345678901234567890", 10)
	runCases(t, []callCase{
		{"Integer.parse/1", []term.Term{s("34")}, `{34, ""}`},
		{"Integer.parse/1", []term.Term{s("34.5")}, `{34, ".5"}`},
		{"Integer.parse/1", []term.Term{s("three")}, ":error"},
		{"Integer.parse/1", []term.Term{s("-12abc")}, `{-12, "abc"}`},
		{"Integer.parse/2", []term.Term{s("34"), i(16)}, `{52, ""}`},
		{"Integer.parse/2", []term.Term{s("f4"), i(16)}, `{244, ""}`},
		{"Integer.parse/2", []term.Term{s("Awww++"), i(36)}, `{509216, "++"}`},
		{"Integer.parse/2", []term.Term{s("fab"), i(10)}, ":error"},
		{"Integer.parse/2", []term.Term{s("a2"), i(38)}, "** (ArgumentError) invalid base 38"},
		{"Integer.to_string/1", []term.Term{i(-123)}, `"-123"`},
		{"Integer.to_string/2", []term.Term{i(100), i(16)}, `"64"`},
		{"Integer.to_string/2", []term.Term{i(-100), i(16)}, `"-64"`},
		{"Integer.to_string/2", []term.Term{i(882_681_651), i(36)}, `"ELIXIR"`},
		{"Integer.to_string/1", []term.Term{term.MakeInt(big1)}, `"123456789012345678901234567890"`},
		{"Integer.to_charlist/2", []term.Term{i(255), i(16)}, `~c"FF"`},
		{"Integer.digits/1", []term.Term{i(123)}, "[1, 2, 3]"},
		{"Integer.digits/2", []term.Term{i(170), i(2)}, "[1, 0, 1, 0, 1, 0, 1, 0]"},
		{"Integer.digits/2", []term.Term{i(-170), i(2)}, "[-1, 0, -1, 0, -1, 0, -1, 0]"},
		{"Integer.undigits/1", []term.Term{l(i(1), i(2), i(3))}, "123"},
		{"Integer.undigits/2", []term.Term{l(i(1), i(4)), i(16)}, "20"},
		{"Integer.undigits/1", []term.Term{l()}, "0"},
		{"Integer.undigits/2", []term.Term{l(i(1), i(2)), i(2)}, "** (ArgumentError) invalid digit 2 in base 2"},
		{"Integer.pow/2", []term.Term{i(2), i(0)}, "1"},
		{"Integer.pow/2", []term.Term{i(-2), i(3)}, "-8"},
		{"Integer.pow/2", []term.Term{i(2), i(100)}, "1267650600228229401496703205376"},
		{"Integer.pow/2", []term.Term{i(2), i(-2)}, "** (ArithmeticError) bad argument in arithmetic expression"},
		{"Integer.gcd/2", []term.Term{i(2), i(3)}, "1"},
		{"Integer.gcd/2", []term.Term{i(8), i(6)}, "2"},
		{"Integer.gcd/2", []term.Term{i(-8), i(6)}, "2"},
		{"Integer.gcd/2", []term.Term{i(0), i(0)}, "0"},
		{"Integer.mod/2", []term.Term{i(5), i(2)}, "1"},
		{"Integer.mod/2", []term.Term{i(6), i(-4)}, "-2"},
		{"Integer.mod/2", []term.Term{i(-5), i(3)}, "1"},
		{"Integer.floor_div/2", []term.Term{i(5), i(2)}, "2"},
		{"Integer.floor_div/2", []term.Term{i(6), i(-4)}, "-2"},
		{"Integer.floor_div/2", []term.Term{i(-99), i(2)}, "-50"},
		{"Integer.floor_div/2", []term.Term{i(1), i(0)}, "** (ArithmeticError) bad argument in arithmetic expression"},
		{"Integer.extended_gcd/2", []term.Term{i(240), i(46)}, "{2, -9, 47}"},
		{"Integer.extended_gcd/2", []term.Term{i(-3), i(0)}, "{-3, 1, 0}"},
		{"Integer.is_even/1", []term.Term{i(10)}, "true"},
		{"Integer.is_odd/1", []term.Term{i(-3)}, "true"},
	})
}

func TestFloatFunctions(t *testing.T) {
	runCases(t, []callCase{
		{"Float.parse/1", []term.Term{s("34")}, `{34.0, ""}`},
		{"Float.parse/1", []term.Term{s("34.25")}, `{34.25, ""}`},
		{"Float.parse/1", []term.Term{s("56.5xyz")}, `{56.5, "xyz"}`},
		{"Float.parse/1", []term.Term{s(".12")}, ":error"},
		{"Float.parse/1", []term.Term{s("pi")}, ":error"},
		{"Float.parse/1", []term.Term{s("1.7976931348623159e308")}, ":error"},
		{"Float.parse/1", []term.Term{s("1e3")}, `{1000.0, ""}`},
		{"Float.parse/1", []term.Term{s("-.5")}, ":error"},
		{"Float.parse/1", []term.Term{s("2.50abc")}, `{2.5, "abc"}`},
		{"Float.round/1", []term.Term{f(2.5)}, "3.0"},
		{"Float.round/1", []term.Term{f(3.5)}, "4.0"},
		{"Float.round/1", []term.Term{f(-0.4)}, "-0.0"},
		{"Float.round/2", []term.Term{f(5.5674), i(3)}, "5.567"},
		{"Float.round/2", []term.Term{f(5.5675), i(3)}, "5.567"},
		{"Float.round/2", []term.Term{f(-5.5674), i(3)}, "-5.567"},
		{"Float.round/2", []term.Term{f(-5.5675), i(3)}, "-5.567"},
		{"Float.round/2", []term.Term{f(-5.5675), i(3)}, "-5.567"},
		{"Float.round/2", []term.Term{f(-0.01), i(1)}, "-0.0"},
		{"Float.round/2", []term.Term{f(1.23456), i(3)}, "1.235"},
		{"Float.round/2", []term.Term{f(29.729999999999997), i(2)}, "29.73"},
		{"Float.round/2", []term.Term{f(29.729999999999997 * 1.08), i(2)}, "32.11"},
		{"Float.round/2", []term.Term{f(1.0), i(16)}, "** (ArgumentError) precision 16 is out of valid range of 0..15"},
		{"Float.floor/1", []term.Term{f(29.729999999999997)}, "29.0"},
		{"Float.floor/2", []term.Term{f(-1.5), i(0)}, "-2.0"},
		{"Float.floor/2", []term.Term{f(34.25), i(1)}, "34.2"},
		{"Float.floor/2", []term.Term{f(-56.5), i(1)}, "-56.5"},
		{"Float.floor/2", []term.Term{f(12.52), i(2)}, "12.51"},
		{"Float.ceil/2", []term.Term{f(-56.5), i(1)}, "-56.5"},
		{"Float.ceil/2", []term.Term{f(34.25), i(1)}, "34.3"},
		{"Float.ceil/1", []term.Term{f(-0.5)}, "-0.0"},
		{"Float.ceil/1", []term.Term{f(29.729999999999997)}, "30.0"},
		{"Float.ratio/1", []term.Term{f(0.75)}, "{3, 4}"},
		{"Float.ratio/1", []term.Term{f(-0.1)}, "{-3602879701896397, 36028797018963968}"},
		{"Float.to_string/1", []term.Term{f(100.0)}, `"100.0"`},
		{"Float.to_string/1", []term.Term{f(1500.0)}, `"1.5e3"`},
		{"Float.pow/2", []term.Term{f(2.0), i(3)}, "8.0"},
		{":math.sqrt/1", []term.Term{i(2)}, "1.4142135623730951"},
		{":math.pow/2", []term.Term{i(10), i(-2)}, "0.01"},
		{":math.log10/1", []term.Term{i(1000)}, "3.0"},
		{":math.log2/1", []term.Term{i(1024)}, "10.0"},
		{":math.floor/1", []term.Term{f(7.7)}, "7.0"},
		{":math.sqrt/1", []term.Term{i(-1)}, "** (ArithmeticError) bad argument in arithmetic expression"},
		{":math.log/1", []term.Term{i(0)}, "** (ArithmeticError) bad argument in arithmetic expression"},
		{":math.pi/0", nil, "3.141592653589793"},
		{"Bitwise.band/2", []term.Term{i(9), i(3)}, "1"},
		{"Bitwise.bor/2", []term.Term{i(9), i(3)}, "11"},
		{"Bitwise.bxor/2", []term.Term{i(9), i(3)}, "10"},
		{"Bitwise.bnot/1", []term.Term{i(2)}, "-3"},
		{"Bitwise.bsl/2", []term.Term{i(1), i(2)}, "4"},
		{"Bitwise.bsr/2", []term.Term{i(1), i(2)}, "0"},
		{"Bitwise.bsr/2", []term.Term{i(-1), i(2)}, "-1"},
		{"Bitwise.bsl/2", []term.Term{i(1), i(-2)}, "0"},
		{"Bitwise.<<</2", []term.Term{i(1), i(64)}, "18446744073709551616"},
		{"Bitwise.&&&/2", []term.Term{i(9), i(3)}, "1"},
		{"Bitwise.band/2", []term.Term{f(1.0), i(3)}, "** (ArithmeticError) bad argument in arithmetic expression"},
	})
}

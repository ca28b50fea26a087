package stdlib

import (
	"testing"

	"github.com/exlite/exlite/beam/term"
)

// TestFormatScan checks :io.format and :io_lib.format against what
// Elixir 1.14 on OTP 25 printed for each format (erl_stdlib_errors, which
// explains a failure, is the same under 1.18 on OTP 25): the output, or
// the argument at fault and why.
func TestFormatScan(t *testing.T) {
	i, f, s := term.Int(1), term.Float(1.0), term.Binary("x")
	a := term.MakeAtom
	chars := func(s string) term.Term { return stringToCharlist(s) }
	list := func(xs ...term.Term) []term.Term { return xs }
	cases := []struct {
		format string
		args   []term.Term
		out    string
		n      int // with why: the argument at fault
		why    string
	}{
		{format: "~p", args: list(term.List(i, term.Int(2), term.Tuple{a("a"), term.Binary("b")})), out: `[1,2,{a,<<"b">>}]`},
		{format: "~p", args: list(chars("abc")), out: `"abc"`},
		{format: "~w", args: list(term.List(i, term.Int(2), term.Tuple{a("a"), term.Binary("b")})), out: `[1,2,{a,<<98>>}]`},
		{format: "~w", args: list(chars("abc")), out: `[97,98,99]`},
		{format: "~s", args: list(term.Binary("héllo")), out: "hÃ©llo"},
		{format: "~ts", args: list(term.Binary("héllo")), out: "héllo"},
		{format: "~s", args: list(a("atom")), out: "atom"},
		{format: "~s", args: list(chars("chars")), out: "chars"},
		{format: "~s", args: list(term.List(i, term.List(term.Int(2)))), out: "\x01\x02"},
		{format: "~b", args: list(term.Int(255)), out: "255"},
		{format: "~.16b", args: list(term.Int(255)), out: "ff"},
		{format: "~B", args: list(term.Int(-255)), out: "-255"},
		{format: "~.16B", args: list(term.Int(255)), out: "FF"},
		{format: "~.16X", args: list(term.Int(255), a("pre")), out: "preFF"},
		{format: "~.16x", args: list(term.Int(255), chars("0x")), out: "0xff"},
		{format: "~.2f", args: list(term.Float(3.14159)), out: "3.14"},
		{format: "~f", args: list(term.Float(2.5)), out: "2.500000"},
		{format: "~e", args: list(term.Float(31415.9)), out: "3.14159e+4"},
		{format: "~.3e", args: list(term.Float(0.000123)), out: "1.23e-4"},
		{format: "~g", args: list(term.Float(3.14159)), out: "3.14159"},
		{format: "~g", args: list(term.Float(123456.0)), out: "1.23456e+5"},
		{format: "~c", args: list(term.Int('A')), out: "A"},
		{format: "~5c", args: list(term.Int('x')), out: "xxxxx"},
		{format: "[~.*c]", args: list(term.Int(3), term.Int('z')), out: "[zzz]"},
		{format: "a~nb", out: "a\nb"},
		{format: "~~", out: "~"},
		{format: "~i~p", args: list(a("ignored"), a("shown")), out: "shown"},
		{format: "[~-10s]", args: list(term.Binary("left")), out: "[left      ]"},
		{format: "[~10s]", args: list(term.Binary("right")), out: "[     right]"},
		{format: "[~10.3f]", args: list(term.Float(3.14159)), out: "[     3.142]"},
		{format: "[~-10.3f]", args: list(term.Float(-3.14159)), out: "[-3.142    ]"},
		{format: "[~3.1f]", args: list(term.Float(12345.0)), out: "[***]"},
		{format: "[~10.2.0f]", args: list(term.Float(1.5)), out: "[0000001.50]"},
		{format: "[~-*s|~*.3f|~.*f]", args: list(term.Int(6), term.Binary("ab"), term.Int(10), term.Float(3.14159), term.Int(2), term.Float(2.5)), out: "[ab    |     3.142|2.50]"},
		{format: "~#", args: list(term.Int(255)), out: "10#255"},
		{format: "~.16+", args: list(term.Int(255)), out: "16#ff"},
		{format: "~W", args: list(term.List(i, term.Int(2), term.Int(3), term.Int(4)), term.Int(2)), out: "[1|...]"},
		{format: "~P", args: list(term.List(i, term.Int(2), term.Int(3), term.Int(4)), term.Int(2)), out: "[1|...]"},
		{format: "~tp ~ts ~lp~n~~", args: list(i, s, chars("ab")), out: "1 x [97,98]\n~"},
		{format: "~.2.0f|~-10s|~*c", args: list(f, s, i, i), out: "1.00|x         |\x01"},
		// io_lib takes modifiers erl_lint would refuse
		{format: "~lc", args: list(term.Int('a')), out: "a"},
		{format: "~ltp", args: list(chars("ab")), out: "[97,98]"},
		{format: "~tlp", args: list(chars("ab")), out: "[97,98]"},
		{format: "~ttp", args: list(i), out: "1"},
		// failures: why, as erl_stdlib_errors says it
		{format: "~a", args: list(i), n: 1, why: "format string invalid (invalid control ~a)"},
		{format: "~d", args: list(f), n: 1, why: "format string invalid (invalid control ~d)"},
		{format: "~kp", args: list(i), n: 1, why: "format string invalid (invalid control ~k)"},
		{format: "~-s", args: list(s), n: 1, why: "format string invalid (invalid control ~-)"},
		{format: "[~10..s]", args: list(s), n: 1, why: "format string invalid (invalid control ~])"},
		{format: "~5..", n: 1, why: "format string invalid (invalid control ~.)"},
		{format: "~tx", args: list(i, term.Binary("a")), n: 1, why: "format string invalid (invalid control ~tx)"},
		{format: "~lc", args: list(a("a")), n: 1, why: "format string invalid (invalid control ~lc)"},
		{format: "~ls", args: list(i), n: 1, why: "format string invalid (invalid control ~ls)"},
		{format: "~tb", args: list(a("a")), n: 1, why: "format string invalid (invalid control ~tb)"},
		{format: "~ttp", n: 1, why: "format string invalid (invalid control ~tt)"},
		{format: "~llp", n: 1, why: "format string invalid (invalid control ~ll)"},
		{format: "~tlx", args: list(i), n: 1, why: "format string invalid (invalid control ~ltx)"},
		{format: "~ltt", n: 1, why: "format string invalid (invalid control ~ltt)"},
		{format: "~tkp", n: 1, why: "format string invalid (invalid control ~tk)"},
		{format: "~t", n: 1, why: "format string invalid (invalid control ~t)"},
		{format: "~lt", n: 1, why: "format string invalid (invalid control ~lt)"},
		{format: "~", n: 1, why: "format string invalid (truncated)"},
		{format: "~5", args: list(i), n: 1, why: "format string invalid (truncated)"},
		{format: "~5.", n: 1, why: "format string invalid (truncated)"},
		{format: "~p ~p", args: list(i), n: 1, why: "wrong number of arguments"},
		{format: "~p", args: list(i, i), n: 1, why: "wrong number of arguments"},
		{format: "~p", n: 1, why: "wrong number of arguments"},
		{format: "plain", args: list(i), n: 1, why: "wrong number of arguments"},
		{format: "~x", args: list(i), n: 1, why: "wrong number of arguments"},
		{format: "~s", args: list(i), n: 2, why: "element 1 must be of type string"},
		{format: "~f", args: list(i), n: 2, why: "element 1 must be of type float"},
		{format: "~p ~c", args: list(i, a("a")), n: 2, why: "element 2 must be of type integer"},
		{format: "~x", args: list(i, term.Int(2)), n: 2, why: "element 2 must be of type string"},
		{format: "~c", args: list(a("a")), n: 2, why: "element 1 must be of type integer"},
		{format: "~*c", args: list(a("a"), i), n: 2, why: "element 1 must be of type integer"},
		{format: "~.*c", args: list(f, term.Int('a')), n: 2, why: "element 1 must be of type integer"},
		{format: "~x", args: list(term.Int(255), term.Binary("0x")), n: 1, why: "failed to format string"},
		{format: "~s", args: list(term.List(term.Int(1000))), n: 1, why: "failed to format string"},
	}
	for _, c := range cases {
		sc := scanFormat(c.format)
		out, ok := sc.format(nil, c.args)
		if c.why == "" {
			if !ok || out != c.out {
				t.Errorf("format(%q) = %q, %v; want %q", c.format, out, ok, c.out)
			}
			continue
		}
		if ok {
			t.Errorf("format(%q) = %q; want a failure", c.format, out)
			continue
		}
		if n, why := sc.fault(c.args); n != c.n || why != c.why {
			t.Errorf("fault(%q) = %d %q; want %d %q", c.format, n, why, c.n, c.why)
		}
	}
}

package stdlib

import (
	"testing"

	"github.com/exlite/exlite/beam/term"
)

// TestFormatFault checks what :io.format says of a format that does not
// fit its arguments, as recorded from Elixir 1.14 on OTP 25 (whose
// erl_stdlib_errors 1.18 on OTP 25 shares).
func TestFormatFault(t *testing.T) {
	i, f, s := term.Int(1), term.Float(1.0), term.Binary("x")
	cases := []struct {
		format string
		args   []term.Term
		n      int
		why    string
	}{
		{"~a", []term.Term{i}, 1, "format string invalid (invalid control ~a)"},
		{"~p ~p", []term.Term{i}, 1, "wrong number of arguments"},
		{"~p", []term.Term{i, i}, 1, "wrong number of arguments"},
		{"~d", []term.Term{f}, 1, "format string invalid (invalid control ~d)"},
		{"~s", []term.Term{i}, 2, "element 1 must be of type string"},
		{"~f", []term.Term{i}, 2, "element 1 must be of type float"},
		{"~p ~c", []term.Term{i, term.MakeAtom("a")}, 2, "element 2 must be of type integer"},
		{"~", nil, 1, "format string invalid (truncated)"},
		{"~5", []term.Term{i}, 1, "format string invalid (truncated)"},
		{"~x", []term.Term{i}, 1, "wrong number of arguments"},
		{"~.2.0f|~-10s|~*c", []term.Term{f, s, i, i}, 0, ""},
		{"~tp ~ts ~lp~n~~", []term.Term{i, s, i}, 0, ""},
	}
	for _, c := range cases {
		n, why := formatFault(c.format, c.args)
		if n != c.n || why != c.why {
			t.Errorf("formatFault(%q) = %d %q, want %d %q", c.format, n, why, c.n, c.why)
		}
	}
}

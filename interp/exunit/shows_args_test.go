package exunit

import (
	"testing"

	"github.com/exlite/exlite/parser"
	"github.com/exlite/exlite/parser/ast"
)

// TestShowsArgs checks which failed asserts list the call's arguments,
// as ExUnit 1.18's extract_args decides: a function call with an
// argument that is no literal does; a Kernel macro (by name and arity:
// get_in/2 is a function, get_in/1 a macro), a special form or an
// operator does not.
func TestShowsArgs(t *testing.T) {
	cases := []struct {
		src  string
		want bool
	}{
		{"f(x)", true},
		{"f(1)", false},
		{"is_nil(x)", false},
		{"Kernel.is_nil(x)", false},
		{"to_string(x)", false},
		{"get_in(m, [:a])", true},
		{"get_in(m.a)", false},
		{"String.length(x)", true},
		{"x == y", false},
		{"sigil_r(x, [])", false},
		{"Integer.is_even(x)", false},
	}
	for _, c := range cases {
		f, err := parser.Parse("t.exs", []byte(c.src))
		if err != nil {
			t.Fatal(err)
		}
		call, ok := f.Root.(*ast.Call)
		if !ok {
			t.Fatalf("%s: parsed as %T", c.src, f.Root)
		}
		if got := showsArgs(call); got != c.want {
			t.Errorf("showsArgs(%s) = %v, want %v", c.src, got, c.want)
		}
	}
}

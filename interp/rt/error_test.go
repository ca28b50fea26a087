package rt

import (
	"testing"

	"github.com/exlite/exlite/beam/term"
)

// TestRaiseFunctionClause checks the one builder of FunctionClauseError:
// the struct's fields, the :function_clause that `catch :error, v` sees,
// and that the blamed arguments are a copy (nil stays nil, an empty list
// stays a list).
func TestRaiseFunctionClause(t *testing.T) {
	cases := []struct {
		mod, fun string
		arity    int
		args     []term.Term
	}{
		{"Elixir.Process", "sleep", 1, []term.Term{term.MakeAtom("x")}},
		{"Elixir.Kernel.Utils", "destructure", 2, []term.Term{term.MakeAtom("x"), term.Int(2)}},
		{"Elixir.Enum", "slide", 3, nil},
		{"Elixir.M", "f", 0, []term.Term{}},
	}
	for _, c := range cases {
		mod, fun := term.MakeAtom(c.mod), term.MakeAtom(c.fun)
		e := func() (e *Error) {
			defer func() { e, _ = recover().(*Error) }()
			RaiseFunctionClause(mod, fun, c.arity, c.args)
			return nil
		}()
		if e == nil {
			t.Fatalf("%s.%s/%d: no *Error raised", c.mod, c.fun, c.arity)
		}
		want := FunctionClauseException(mod, fun, term.Int(c.arity))
		if e.Kind != KindError || !term.Equal(e.Value, want) || e.Raw != term.MakeAtom("function_clause") {
			t.Errorf("%s.%s/%d: got kind %d value %v raw %v", c.mod, c.fun, c.arity, e.Kind, e.Value, e.Raw)
		}
		if ExceptionName(e.Value) != "FunctionClauseError" {
			t.Errorf("%s.%s/%d: raised %s", c.mod, c.fun, c.arity, ExceptionName(e.Value))
		}
		for _, f := range []string{"kind", "args", "clauses"} {
			if v, _ := e.Value.(*term.Map).Get(term.MakeAtom(f)); v != term.NilAtom {
				t.Errorf("%s.%s/%d: field %s = %v, want nil", c.mod, c.fun, c.arity, f, v)
			}
		}
		if (e.Args == nil) != (c.args == nil) || len(e.Args) != len(c.args) {
			t.Errorf("%s.%s/%d: blamed %v, want %v", c.mod, c.fun, c.arity, e.Args, c.args)
		}
		if len(c.args) > 0 {
			c.args[0] = term.MakeAtom("changed")
			if e.Args[0] == c.args[0] {
				t.Errorf("%s.%s/%d: blamed arguments share the caller's slice", c.mod, c.fun, c.arity)
			}
		}
	}
}

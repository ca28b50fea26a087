package stdlib

import (
	"fmt"
	"testing"

	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/rt"
)

// Message texts from Elixir 1.18's lib/elixir/lib/exception.ex and the
// recorded diagnostics (tests/diagnostics/10_function_clause.err).
func TestBuiltinExceptionMessages(t *testing.T) {
	cases := []struct {
		exc  term.Term
		want string
	}{
		{rt.NewException("MatchError", a("term"), term.Tuple{a("error"), i(1)}), "no match of right hand side value: {:error, 1}"},
		{rt.NewException("CaseClauseError", a("term"), i(3)), "no case clause matching: 3"},
		{rt.NewException("CondClauseError"), "no cond clause evaluated to a truthy value"},
		{rt.NewException("BadMapError", a("term"), i(3)), "expected a map, got: 3"},
		{rt.NewException("KeyError", a("key"), a("a"), a("term"), term.EmptyMap, a("message"), a("nil")), "key :a not found in: %{}"},
		{rt.NewException("KeyError", a("key"), a("a"), a("term"), a("nil"), a("message"), a("nil")), "key :a not found"},
		{rt.NewException("RuntimeError", a("message"), s("oops")), "oops"},
		{rt.NewException("UndefinedFunctionError", a("module"), a("Elixir.Foo"), a("function"), a("bar"), a("arity"), i(1),
			a("reason"), a("module could not be loaded"), a("message"), a("nil")),
			"function Foo.bar/1 is undefined (module Foo is not available). Make sure the module name is correct and has been specified in full (or that an alias has been defined)"},
		{rt.NewException("BadArityError", a("function"), &term.Fun{Arity: 1, Module: term.MakeAtom("Elixir.M"), Name: term.MakeAtom("f"), External: true}, a("args"), l(i(1), i(2))),
			"&M.f/1 with arity 1 called with 2 arguments (1, 2)"},
	}
	for _, c := range cases {
		if got := rt.ExceptionMessage(nil, c.exc); got != c.want {
			t.Errorf("got %q, want %q", got, c.want)
		}
	}
}

// TestFunctionClauseBanner checks a FunctionClauseError raised by a
// built-in: its message names the function alone until Exception.blame/3
// puts the arguments in the struct, after which message/1 lists them as
// Elixir 1.18's FunctionClauseError.message/1 does.
func TestFunctionClauseBanner(t *testing.T) {
	e := raised(func() {
		fnClauseError("Shapes.area/1", []term.Term{term.Tuple{a("circle"), i(1)}})
	})
	if got := rt.ExceptionMessage(nil, e.Value); got != "no function clause matching in Shapes.area/1" {
		t.Errorf("message: %q", got)
	}
	stack := l(term.Tuple{a("Elixir.Shapes"), a("area"), term.List(e.Args...), l()})
	blamed, st := blame(nil, e.Value, stack)
	want := "** (FunctionClauseError) no function clause matching in Shapes.area/1\n\nThe following arguments were given to Shapes.area/1:\n\n    # 1\n    {:circle, 1}\n"
	if got := FormatBanner(rt.KindError, blamed); got != want {
		t.Errorf("banner:\n%q\nwant\n%q", got, want)
	}
	if got := show(st); got != "[{Shapes, :area, 1, []}]" {
		t.Errorf("blamed stacktrace: %s", got)
	}
}

// TestFunctionClauseBlame checks the text of FunctionClauseError.blame/3
// (Elixir 1.18's lib/exception.ex): arguments numbered, lines of an
// inspected argument indented under it, at most ClauseLimit clauses and
// a line for those not shown.
func TestFunctionClauseBlame(t *testing.T) {
	exc := rt.FunctionClauseException(a("Elixir.M"), a("f"), i(2))
	clauses := func(n int) []string {
		out := make([]string, n)
		for k := range out {
			out[k] = fmt.Sprintf("def f(%d, -x-)", k)
		}
		return out
	}
	head := "\n\nThe following arguments were given to M.f/2:\n\n    # 1\n    :a\n\n    # 2\n    \"b\"\n"
	listed := func(n int) string {
		s := ""
		for k := range n {
			s += fmt.Sprintf("    def f(%d, -x-)\n", k)
		}
		return s
	}
	cases := []struct {
		name    string
		args    []term.Term
		clauses []string
		want    string
	}{
		{"no clauses", []term.Term{a("a"), term.Binary("b")}, nil, head},
		{"two clauses", []term.Term{a("a"), term.Binary("b")}, clauses(2),
			head + "\nAttempted function clauses (showing 2 out of 2):\n\n" + listed(2)},
		{"ten clauses", []term.Term{a("a"), term.Binary("b")}, clauses(10),
			head + "\nAttempted function clauses (showing 10 out of 10):\n\n" + listed(10)},
		{"one not shown", []term.Term{a("a"), term.Binary("b")}, clauses(11),
			head + "\nAttempted function clauses (showing 10 out of 11):\n\n" + listed(10) + "    ...\n    (1 clause not shown)\n"},
		{"two not shown", []term.Term{a("a"), term.Binary("b")}, clauses(12),
			head + "\nAttempted function clauses (showing 10 out of 12):\n\n" + listed(10) + "    ...\n    (2 clauses not shown)\n"},
		{"no arguments", nil, nil, "\n\nThe following arguments were given to M.f/2:\n"},
	}
	for _, c := range cases {
		if got := FunctionClauseBlame(nil, exc, c.args, c.clauses); got != c.want {
			t.Errorf("%s:\n%q\nwant\n%q", c.name, got, c.want)
		}
	}
}

// TestExceptionBlame checks Exception.blame/3 on what Elixir 1.18's
// blame/2 callbacks change (checked against elixir 1.14 here, whose
// FunctionClauseError.blame/2 and ArithmeticError's agree), and on what
// it leaves alone.
func TestExceptionBlame(t *testing.T) {
	fce := rt.FunctionClauseException(a("Elixir.M"), a("f"), i(1))
	top := func(mod, fun string, args term.Term) term.Term {
		return l(term.Tuple{a(mod), a(fun), args, l(term.Tuple{a("line"), i(3)})})
	}
	runCases(t, []callCase{
		{"Exception.blame/3", []term.Term{a("error"), fce, top("Elixir.M", "f", l(a("x")))},
			`{%FunctionClauseError{module: M, function: :f, arity: 1, kind: nil, args: [:x], clauses: nil}, [{M, :f, 1, [line: 3]}]}`},
		// another function on top, or another arity: nothing to blame
		{"Exception.blame/3", []term.Term{a("error"), fce, top("Elixir.M", "g", l(a("x")))},
			`{%FunctionClauseError{module: M, function: :f, arity: 1, kind: nil, args: nil, clauses: nil}, [{M, :g, [:x], [line: 3]}]}`},
		{"Exception.blame/3", []term.Term{a("error"), fce, top("Elixir.M", "f", l(a("x"), a("y")))},
			`{%FunctionClauseError{module: M, function: :f, arity: 1, kind: nil, args: nil, clauses: nil}, [{M, :f, [:x, :y], [line: 3]}]}`},
		{"Exception.blame/3", []term.Term{a("error"), a("badarith"), top("erlang", "/", l(i(1), i(0)))},
			`{%ArithmeticError{message: "bad argument in arithmetic expression: 1 / 0"}, [{:erlang, :/, [1, 0], [line: 3]}]}`},
		{"Exception.blame/3", []term.Term{a("error"), a("badarith"), top("erlang", "band", l(i(1), a("x")))},
			`{%ArithmeticError{message: "bad argument in arithmetic expression: Bitwise.band(1, :x)"}, [{:erlang, :band, [1, :x], [line: 3]}]}`},
		{"Exception.blame/3", []term.Term{a("error"), a("badarith"), top("erlang", "-", l(a("x")))},
			`{%ArithmeticError{message: "bad argument in arithmetic expression: -(:x)"}, [{:erlang, :-, [:x], [line: 3]}]}`},
		// a raw reason is normalized first
		{"Exception.blame/3", []term.Term{a("error"), a("function_clause"), top("Elixir.M", "f", l(a("x")))},
			`{%FunctionClauseError{module: M, function: :f, arity: 1, kind: nil, args: [:x], clauses: nil}, [{M, :f, 1, [line: 3]}]}`},
		{"Exception.blame/3", []term.Term{a("throw"), a("x"), l()}, `{:x, []}`},
		{"Exception.blame/3", []term.Term{a("exit"), a("function_clause"), l()}, `{:function_clause, []}`},
	})
}

func TestFormatExit(t *testing.T) {
	runCases(t, []callCase{
		{"Exception.format_exit/1", []term.Term{a("normal")}, `"normal"`},
		{"Exception.format_exit/1", []term.Term{term.Tuple{a("shutdown"), i(3)}}, `"shutdown: 3"`},
		{"Exception.format_mfa/3", []term.Term{a("Elixir.Foo"), a("bar"), i(1)}, `"Foo.bar/1"`},
		{"Exception.format_mfa/3", []term.Term{a("Elixir.Foo"), a("bar"), l()}, `"Foo.bar()"`},
		{"Exception.format_mfa/3", []term.Term{a("nil"), a("bar"), l()}, `"nil.bar()"`},
	})
}

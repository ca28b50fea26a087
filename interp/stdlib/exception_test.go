package stdlib

import (
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

func TestFunctionClauseBanner(t *testing.T) {
	e := raised(func() {
		fnClauseError("Shapes.area/1", []term.Term{term.Tuple{a("circle"), i(1)}})
	})
	if got := rt.ExceptionMessage(nil, e.Value); got != "no function clause matching in Shapes.area/1" {
		t.Errorf("message: %q", got)
	}
	want := "** (FunctionClauseError) no function clause matching in Shapes.area/1\n\nThe following arguments were given to Shapes.area/1:\n\n    # 1\n    {:circle, 1}\n"
	if got := FormatBanner(rt.KindError, e.Value, e.Args); got != want {
		t.Errorf("banner:\n%q\nwant\n%q", got, want)
	}
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

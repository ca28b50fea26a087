package interp

import (
	"strings"
	"testing"
)

// TestFunctionClauseRaw checks that every FunctionClauseError exlite
// raises is :function_clause to `catch :error, v`, as real Elixir 1.14
// printed for each (the evaluator's own clauses and the built-ins'
// guards alike).
func TestFunctionClauseRaw(t *testing.T) {
	cases := []inspectCase{
		{`try do Process.sleep(:x) catch :error, e -> e end`, `:function_clause`},
		{`try do Process.register(self(), nil) catch :error, e -> e end`, `:function_clause`},
		{`try do destructure([a, b], :x); {a, b} catch :error, e -> e end`, `:function_clause`},
		{`try do Module.defines?(1, 2) catch :error, e -> e end`, `:function_clause`},
		{`try do Kernel.macro_exported?(1, 2, 3) catch :error, e -> e end`, `:function_clause`},
		{`try do String.length(1) catch :error, e -> e end`, `:function_clause`},
		{`try do Enum.chunk_every([1], 0) catch :error, e -> e end`, `:function_clause`},
		{`try do List.first(1, 2) catch :error, e -> e end`, `:function_clause`},
		{`f = fn 1 -> :one end; try do f.(2) catch :error, e -> e end`, `:function_clause`},
		{`try do Process.sleep(:x) rescue e -> e.__struct__ end`, `FunctionClauseError`},
	}
	checkInspected(t, "clauses.exs", cases)
}

// TestInlinedInMatch checks the one table of Kernel's inlined functions
// (kernelInlined): one called inside a match is reported as the :erlang
// function it becomes, as Elixir's compiler reports it (elixir 1.14's
// messages, the same words 1.18 frames), while its capture stays
// callable.
func TestInlinedInMatch(t *testing.T) {
	cases := []struct{ src, want string }{
		{"is_atom(x) = 1", "cannot invoke remote function :erlang.is_atom/1 inside a match"},
		{"x != y = 1", "cannot invoke remote function :erlang./=/2 inside a match"},
		{"self() = 1", "cannot invoke remote function :erlang.self/0 inside a match"},
		{"function_exported?(a, b, 1) = 2", "cannot invoke remote function :erlang.function_exported/3 inside a match"},
		{"length(x) = 2", "cannot invoke remote function :erlang.length/1 inside a match"},
	}
	for _, c := range cases {
		_, stderr, code := runSource(t, "m.exs", c.src+"\n")
		if code != 1 || !strings.Contains(stderr, c.want) {
			t.Errorf("%s: status %d, stderr:\n%s\nwant it to say %q", c.src, code, stderr, c.want)
		}
	}
	for name, arities := range kernelInlined {
		for arity, bif := range arities {
			if got, ok := erlangInlined(name, arity); !ok || got != bif || got == "" {
				t.Errorf("erlangInlined(%q, %d) = %q, %v", name, arity, got, ok)
			}
		}
	}
	if _, ok := erlangInlined("elem", 3); ok {
		t.Errorf("elem/3 is not inlined")
	}
}

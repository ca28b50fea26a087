package interp

import "testing"

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

package interp

import (
	"strings"
	"testing"
)

// TestExpressions evaluates single expressions (arithmetic with its int64
// overflow to big integers, comparisons, operators, matching and the
// control forms) and compares IO.inspect's output with what real Elixir
// printed for each.
func TestExpressions(t *testing.T) {
	cases := []inspectCase{
		{`1 + 2`, `3`},
		{`9_223_372_036_854_775_807 + 1`, `9223372036854775808`},
		{`-9_223_372_036_854_775_808 - 1`, `-9223372036854775809`},
		{`9_223_372_036_854_775_807 * 2`, `18446744073709551614`},
		{`(9_223_372_036_854_775_807 + 1) - 1`, `9223372036854775807`},
		{`3_000_000_000 * 3_000_000_000`, `9000000000000000000`},
		{`7 / 2`, `3.5`},
		{`6 / 3`, `2.0`},
		{`div(7, 2)`, `3`},
		{`div(-7, 2)`, `-3`},
		{`rem(-7, 2)`, `-1`},
		{`rem(7, -2)`, `1`},
		{`1 + 1.5`, `2.5`},
		{`2 * 0.5`, `1.0`},
		{`-(-5)`, `5`},
		{`10 - 20`, `-10`},
		{`1 == 1.0`, `true`},
		{`1 === 1.0`, `false`},
		{`1 < :a`, `true`},
		{`:a < "a"`, `true`},
		{`{1, 2} < {1, 3}`, `true`},
		{`[1, 2] ++ [3]`, `[1, 2, 3]`},
		{`[1, 2, 3, 2] -- [2]`, `[1, 3, 2]`},
		{`"ab" <> "cd"`, `"abcd"`},
		{`1..10//3 |> Enum.to_list()`, `[1, 4, 7, 10]`},
		{`5 in 1..10`, `true`},
		{`11 in 1..10`, `false`},
		{`:b in [:a, :b]`, `true`},
		{`true and false`, `false`},
		{`nil || :default`, `:default`},
		{`false && :never`, `false`},
		{`!nil`, `true`},
		{`rem(17, 5) * div(17, 5)`, `6`},
		{`abs(-3) + max(1, 2)`, `5`},
		{`match?({:ok, _}, {:ok, 1})`, `true`},
		{`match?([h | _] when h > 2, [3, 4])`, `true`},
		{`(fn x, y -> x * y end).(6, 7)`, `42`},
		{`Enum.map([1, 2, 3], &(&1 * &1))`, `[1, 4, 9]`},
		{`for x <- 1..3, y <- [:a], do: {x, y}`, `[{1, :a}, {2, :a}, {3, :a}]`},
		{`with {:ok, a} <- {:ok, 1}, b = a + 1, do: b`, `2`},
		{`case {1, 2} do {a, b} when a < b -> :lt; _ -> :other end`, `:lt`},
		{`cond do 1 > 2 -> :no; true -> :yes end`, `:yes`},
		{`if nil, do: 1, else: 2`, `2`},
		{`unless false, do: :ran`, `:ran`},
		{`%{a: 1, b: 2}[:b]`, `2`},
		{`%{%{a: 1} | a: 5}`, `%{a: 5}`},
		{`put_in(%{a: %{b: 1}}.a.b, 9)`, `%{a: %{b: 9}}`},
		{`update_in(%{a: [1]}[:a], &[0 | &1])`, `%{a: [0, 1]}`},
		{`~w(one two)a`, `[:one, :two]`},
		{`~c"hi"`, `~c"hi"`},
		{`<<1, 2>> <> "a"`, `<<1, 2, 97>>`},
		{`elem({:x, :y}, 1)`, `:y`},
		{`tuple_size({1, 2, 3})`, `3`},
		{`is_function(&Enum.map/2, 2)`, `true`},
		{`[a: 1][:a]`, `1`},
		{`throw_value = try do throw(:t) catch x -> x end`, `:t`},
		{`x = 5; ^x = 5`, `5`},
		{`{_, [_, second | _]} = {0, [1, 2, 3]}; second`, `2`},
	}
	checkInspected(t, "cases.exs", cases)
}

// inspectCase is an expression and what IO.inspect prints for it.
type inspectCase struct{ expr, want string }

// checkInspected runs one program (named file) that IO.inspects each
// case's expression in turn, and compares each printed line with its want.
func checkInspected(t *testing.T, file string, cases []inspectCase) {
	t.Helper()
	var src strings.Builder
	for _, c := range cases {
		src.WriteString("IO.inspect((" + c.expr + "))\n")
	}
	out, errOut, code := runSource(t, file, src.String())
	if code != 0 {
		t.Fatalf("exit status %d: %s", code, errOut)
	}
	got := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(got) != len(cases) {
		t.Fatalf("got %d lines for %d cases:\n%s\n%s", len(got), len(cases), out, errOut)
	}
	for i, c := range cases {
		if got[i] != c.want {
			t.Errorf("%s: got %s, want %s", c.expr, got[i], c.want)
		}
	}
}

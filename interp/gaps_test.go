package interp

import "testing"

// TestDocExampleGaps checks forms Elixir 1.18's doc examples use (Access
// on nil, a stepped range as a pattern, captures of Kernel functions
// inlined to :erlang BIFs, the :charlists inspect option, get_in/1's
// nil-safe paths) against what
// real Elixir printed for each.
func TestDocExampleGaps(t *testing.T) {
	cases := []inspectCase{
		{`nil[:a]`, `nil`},
		{`nil[:a][:b]`, `nil`},
		{`first..last//step = 1..10//2; {first, last, step}`, `{1, 10, 2}`},
		{`case 1..3 do a..b//1 -> {a, b} end`, `{1, 3}`},
		{`match?(_.._//2, 1..3)`, `false`},
		{`&Kernel.is_atom/1`, `&:erlang.is_atom/1`},
		{`&is_atom/1`, `&:erlang.is_atom/1`},
		{`&Kernel.length/1`, `&:erlang.length/1`},
		{`&Kernel.max/2`, `&:erlang.max/2`},
		{`(&Kernel.max/2).(1, 2)`, `2`},
		{`&Kernel.elem/2`, `&Kernel.elem/2`},
		{`&Kernel.is_map_key/2`, `&Kernel.is_map_key/2`},
		{`&Kernel.function_exported?/3`, `&:erlang.function_exported/3`},
		{`Function.info(&Kernel.hd/1, :module)`, `{:module, :erlang}`},
		{`inspect(~c"abc", charlists: :as_list)`, `"[97, 98, 99]"`},
		{`inspect(~c"abc", charlists: :as_lists)`, `"[97, 98, 99]"`},
		{`inspect([97, 98], charlists: :as_charlists)`, `"~c\"ab\""`},
		{`inspect(~c"abc", charlists: 3)`, `"[97, 98, 99]"`},
		{`users = %{"john" => %{age: 27}}; get_in(users["john"].age)`, `27`},
		{`users = %{"john" => %{age: 27}}; get_in(users["unknown"].age)`, `nil`},
		{`m = %{a: %{b: nil}}; get_in(m.a.b.c)`, `nil`},
		{`m = %{a: 1}; try do get_in(m.b) rescue e -> Exception.message(e) end`, `"key :b not found in: %{a: 1}"`},
	}
	checkInspected(t, "gaps.exs", cases)
}

// TestBindingAndVarBang checks binding/0,1 and var!/1,2 against what real
// Elixir printed for the same program.
func TestBindingAndVarBang(t *testing.T) {
	src := `z = 1
a = 2
_u = 3
f = fn y -> b = 4; binding() end
IO.inspect f.(5)
z = 9
IO.inspect binding(:foo)
IO.inspect(var!(x, :foo) = 1)
IO.inspect binding(:foo)
IO.inspect(Kernel.var!(example) = 1)
IO.inspect(var!(example) + 1)
IO.inspect Keyword.delete(binding(), :f)
`
	want := `[_u: 3, a: 2, b: 4, y: 5, z: 1]
[]
1
[x: 1]
1
2
[_u: 3, a: 2, example: 1, z: 9]
`
	out, errOut, code := runSource(t, "binding.exs", src)
	if code != 0 {
		t.Fatalf("exit status %d: %s", code, errOut)
	}
	if out != want {
		t.Errorf("got:\n%s\nwant:\n%s", out, want)
	}
}

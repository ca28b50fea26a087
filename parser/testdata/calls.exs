IO.puts "hi"
IO.puts("hi")
IO.puts "a", "b"
raise ArgumentError, "bad"
raise ArgumentError, message: "bad"
spawn fn -> IO.puts "child" end
foo -1
foo - 1
foo-1
foo [1]
foo[1]
foo (1)
f.(x)
f.(x).(y)
mod.fun()
mod.fun
Mod.fun a, b
foo bar baz, qux
foo bar, baz
foo a: 1, b: 2
f(a, b: 1, c: 2)
f(a,
  b)
Kernel.+(1, 2)
&Kernel.+/2
&(&1 + &2)
&fun/1
&Mod.fun/2
&*/2
& &1
m[k]
m[k][j]
m.k.j
map.key
@attr
@attr.field
@attr[:x]
__MODULE__.fun()
x.y()
quote do: unquote(x) + 1
quote do
  unquote(a)
end
if x, do: y, else: z
unless x, do: y
func.(1, 2)
Enum.map(list, fn x -> x * 2 end)
list |> Enum.map(&(&1 * 2)) |> Enum.sum()
a = b = c
^pinned = value

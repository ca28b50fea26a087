# Protocol.UndefinedError as Elixir 1.18 words it (a script's protocols
# are not consolidated, so no list of implementations), and the errors of
# the built-in implementations for values they refuse.
defmodule User do
  defstruct [:name, :roles]
end

defmodule Temp do
  defstruct [:deg]
end

defimpl List.Chars, for: Temp do
  def to_charlist(%Temp{deg: d}), do: ~c"#{d} degrees"
end

defprotocol Describe do
  def describe(x)
end

defimpl Describe, for: Integer do
  def describe(n), do: "the number #{n}"
end

defmodule Try do
  def show(label, fun) do
    try do
      IO.inspect(fun.(), label: label)
    rescue
      e ->
        IO.puts("#{label}: #{inspect(e.__struct__)}")
        IO.puts(Exception.message(e))
        IO.puts("--")
    end
  end
end

defmodule Cases do
  def run do
    big = %User{name: "Ada Lovelace", roles: [:admin, :editor, :viewer, :reviewer, :owner, :guest]}

    Try.show("map over an integer", fn -> Enum.map(1, & &1) end)
    Try.show("count a struct", fn -> Enum.count(%User{name: "a"}) end)
    Try.show("sum a tuple", fn -> Enum.sum({1, 2}) end)
    Try.show("reduce a string", fn -> Enum.reduce("abc", 0, &(&1 + &2)) end)
    Try.show("each over nil", fn -> Enum.each(nil, &IO.puts/1) end)
    Try.show("comprehension over an integer", fn -> for x <- 5, do: x end)
    Try.show("a function of arity 1", fn -> Enum.to_list(&IO.puts/1) end)
    Try.show("a big struct", fn -> Enum.map(big, & &1) end)
    Try.show("into an integer", fn -> Enum.into([1], 3) end)
    Try.show("into an atom", fn -> for x <- [1], into: :foo, do: x end)
    Try.show("into a string", fn -> Enum.into([a: 1], "") end)
    Try.show("to_string of a tuple", fn -> to_string({1, 2}) end)
    Try.show("interpolate a map", fn -> "#{%{a: 1}}" end)
    Try.show("interpolate a struct", fn -> "value: #{%User{}}" end)
    Try.show("interpolate a keyword list", fn -> "x #{[a: 1]}" end)
    Try.show("puts a tuple", fn -> IO.puts({:ok, 1}) end)
    Try.show("to_string of a bitstring", fn -> to_string(<<1::3>>) end)
    Try.show("List.to_string", fn -> List.to_string([:a, "b"]) end)
    Try.show("to_charlist of a tuple", fn -> to_charlist({1}) end)
    Try.show("to_charlist of a map", fn -> to_charlist(%{}) end)
    Try.show("to_charlist of a struct", fn -> to_charlist(%User{}) end)
    Try.show("to_charlist with an implementation", fn -> to_charlist(%Temp{deg: 21}) end)
    Try.show("to_charlist of values", fn -> [to_charlist(:ab), to_charlist(12), to_charlist(1.5), to_charlist(nil), to_charlist("é")] end)
    Try.show("List.to_charlist", fn -> List.to_charlist([1, :b]) end)
    Try.show("a user protocol", fn -> Describe.describe(3) end)
    Try.show("a user protocol, no implementation", fn -> Describe.describe("three") end)
  end
end

Cases.run()
to_string(%{a: 1})

:io.format("~p~n", [Enum.to_list(1..40)])
:io.format("~p~n", [Enum.map(1..12, &{&1, :abcdefgh})])
:io.format("~p~n", [%{a: 1, b: "hello", c: [1,2,3]}])
:io.format("~p~n", [Map.new(1..20, &{&1, &1 * 1000})])
:io.format("~p~n", [{:ok, Enum.to_list(1..30), "a long string that goes on and on", :atom_here}])
:io.format("x = ~p~n", [Enum.map(1..8, &{:key, &1, "value number #{&1}"})])
:io.format("~w~n", [%{a: 1, b: [1,2]}])
:io.format("~p~n", [%{a: 1, b: [1,2]}])
:io.format("~P~n", [Enum.to_list(1..40), 5])
:io.format("~P~n", [{:a, {:b, {:c, {:d, :e}}}}, 3])
:io.format("~P~n", [%{a: %{b: %{c: 1}}}, 2])
:io.format("~p~n", [<<1,2,3,200,255>>])
:io.format("~p~n", [:binary.copy(<<1,2,3>>, 40)])
:io.format("~p~n", ["héllo"])
:io.format("~tp~n", ["héllo"])
:io.format("~p~n", [[104, 233, 108]])
:io.format("~tp~n", [[104, 233, 1000]])
:io.format("~p~n", [[1000, 2000]])
:io.format("[~-10s]~n", ["abc"])
:io.format("[~10s]~n", ["abc"])
:io.format("[~ts]~n", ["héllo"])
:io.format("[~s]~n", [~c"abc"])
:io.format("~e ~g ~.3e ~.2g ~g~n", [3.14159, 3.14159, 1234.5, 0.0001234, 123456789.0])
:io.format("~10.3f|~-10.3f|~.1f~n", [3.14159, 2.5, 2.25])
:io.format("~p~n", [{:tag, [{:a, 1}, {:b, 2}, {:c, 3}, {:d, 4}, {:e, 5}, {:f, 6}, {:g, 7}, {:h, 8}, {:i, 9}]}])
:io.format("~p~n", [[{"key one", "value one"}, {"key two", "value two"}, {"key three", "value three"}]])
:io.format("~p~n", [%{"alpha" => [1,2,3,4,5,6,7,8,9,10], "beta" => %{"x" => "long string value here", "y" => [:a, :b, :c]}}])
:io.format("~w~n", [[1.5, -2, :a, "b", {}]])
:io.format("~p~n", [[1 | 2]])
:io.format("~p~n", [{}])
:io.format("~40p~n", [Enum.to_list(1..20)])
:io.format("[~s]~n", ["héllo"])
:io.format("[~ts]~n", ["héllo"])
:io.format("[~s]~n", [[104, 233]])
:io.format("~p~n", [[1 | 2]])
:io.format("~P~n", [[1, 2 | 3], 3])
:io.format("~P~n", [[1 | 3], 2])
:io.format("~P~n", ["abcdefghijkl", 3])
:io.format("~P~n", [~c"abcdefghijkl", 3])
:io.format("~P~n", [<<1,2,3,4,5,6>>, 3])
:io.format("~W~n", [[1,2,3,4,5,6], 3])
:io.format("~W~n", [{:a, "bc", %{x: 1}}, 5])
:io.format("~p~n", [[:a, [:b, [:c, [:d, [:e, [:f, [:g, [:h, [:i, [:j, [:k, [:l, [:m, [:n, [:o, [:p, [:q, [:r, [:s, [:t, [:u, [:v, [:w, [:x, [:y, [:z]]]]]]]]]]]]]]]]]]]]]]]]]]])
:io.format("~p~n", [{:a_very_long_tag_name_that_is_long, :some_value_here_too, :another_value_here, :and_one_more_value}])
:io.format("~p~n", [%{key: %{nested_key_one: "nested value number one", nested_key_two: "nested value two"}}])
:io.format("~p~n", [{:ok, %{name: "Alice Wonderland", email: "alice@example.com", roles: [:admin, :editor, :viewer]}}])
:io.format("~lp~n", [[104, 105]])
:io.format("~p~n", [[[104, 105], [106, 107]]])
:io.format("~w~n", [[104, 105]])
:io.format("~p~n", [1.0e10])
defmodule Gen do
  def next(s), do: rem(s * 1103515245 + 12345, 2147483648)
  def term(s, 0), do: leaf(s)
  def term(s, d) do
    s = next(s)
    case rem(div(s, 7), 9) do
      0 -> {lst, s} = many(s, d, rem(div(s, 13), 9)); {lst, s}
      1 -> {lst, s} = many(s, d, rem(div(s, 13), 6)); {List.to_tuple(lst), s}
      2 -> {lst, s} = many(s, d, rem(div(s, 13), 5) + 1); {List.to_tuple([:tag_name | lst]), s}
      3 -> {lst, s} = many(s, d, rem(div(s, 13), 6)); {Map.new(Enum.with_index(lst), fn {v, i} -> {:"key_#{i}", v} end), s}
      4 -> {lst, s} = many(s, d, rem(div(s, 13), 4)); {Map.new(Enum.with_index(lst), fn {v, i} -> {"k#{i}", v} end), s}
      _ -> leaf(s)
    end
  end
  def many(s, _d, 0), do: {[], s}
  def many(s, d, n) do
    {t, s} = term(next(s), d - 1)
    {rest, s} = many(s, d, n - 1)
    {[t | rest], s}
  end
  def leaf(s) do
    s = next(s)
    v = case rem(div(s, 11), 8) do
      0 -> rem(s, 100000)
      1 -> :an_atom
      2 -> "string #{rem(s, 1000)}"
      3 -> ~c"chars"
      4 -> 3.25
      5 -> <<1, 2, rem(s, 256)>>
      6 -> :"Quoted Atom"
      7 -> -42
    end
    {v, s}
  end
end
Enum.reduce(1..150, 7, fn i, s ->
  {t, s} = Gen.term(s, rem(i, 5) + 1)
  prefix = String.duplicate("x", rem(i * 7, 30))
  :io.format(prefix <> "~p~n", [t])
  if rem(i, 3) == 0, do: :io.format("~P~n", [t, rem(i, 6) + 1])
  if rem(i, 4) == 0, do: :io.format("~w~n", [t])
  if rem(i, 5) == 0, do: :io.format("~50p~n", [t])
  s
end)

ExUnit.start(seed: 0, colors: [enabled: false])

defmodule DiffListsTest do
  use ExUnit.Case

  test "one element differs" do
    assert [1, 2, 3, 4, 5] == [1, 2, 30, 4, 5]
  end

  test "different lengths" do
    assert [1, 2, 3] == [1, 2, 3, 4, 5]
  end

  test "nested lists" do
    assert [[1, 2], [3, 4], [5, 6]] == [[1, 2], [3, 40], [5, 6]]
  end

  test "a long list breaks over lines" do
    assert Enum.to_list(1..40) == Enum.to_list(2..41)
  end

  test "keyword lists" do
    assert [name: "Ann", age: 30, city: "Oslo"] == [name: "Ann", age: 31, city: "Bergen"]
  end

  test "a list of tuples" do
    assert [{:a, 1}, {:b, 2}, {:c, 3}] == [{:a, 1}, {:b, 20}, {:c, 3}]
  end

  test "a list of strings" do
    words = ~w(the quick brown fox jumps over the lazy dog and keeps on running far away)
    assert Enum.map(words, &String.upcase/1) == words
  end

  test "improper list" do
    assert [1 | 2] == [1, 2]
  end

  test "empty and non-empty" do
    assert [] == [:a]
  end

  test "list of maps" do
    assert [%{id: 1, name: "a"}, %{id: 2, name: "b"}] == [%{id: 1, name: "a"}, %{id: 2, name: "c"}]
  end

  test "sorting result" do
    assert Enum.sort([3, 1, 2], :desc) == [1, 2, 3]
  end

  test "list concatenation" do
    assert [1, 2] ++ [3] == [1, 2, 3, 4]
  end

  test "list with nil and booleans" do
    assert [nil, true, false] == [nil, false, true]
  end

  test "very long nested list" do
    data = for i <- 1..6, do: {i, String.duplicate("x", i * 3), [i, i * i]}
    assert data == Enum.reverse(data)
  end
end

ExUnit.start(seed: 0, colors: [enabled: false])

defmodule ValuesTest do
  use ExUnit.Case

  defmodule User do
    defstruct name: nil, age: 0, email: nil
  end

  test "lists" do
    assert [1, 2, 3] == [1, 2, 4]
  end

  test "long lists" do
    assert Enum.to_list(1..30) == Enum.to_list(2..31)
  end

  test "maps" do
    assert %{a: 1, b: 2} == %{a: 1, b: 3, c: 4}
  end

  test "long maps" do
    left = Map.new(1..12, fn i -> {"key_#{i}", i * 1000} end)
    right = Map.put(left, "key_5", 0)
    assert left == right
  end

  test "strings" do
    assert "hello world" == "hello, world!"
  end

  test "long strings" do
    assert String.duplicate("abc ", 30) == String.duplicate("abd ", 30)
  end

  test "multi-line strings" do
    assert "line one\nline two\n" == "line one\nline 2\n"
  end

  test "structs" do
    assert %User{name: "Ann", age: 30} == %User{name: "Ann", age: 31}
  end

  test "struct against map" do
    assert %User{name: "Ann"} == %{name: "Ann", age: 0, email: nil}
  end

  test "nested tuples" do
    assert {:ok, {:user, "Ann", [1, 2]}} == {:ok, {:user, "Ann", [1, 2, 3]}}
  end

  test "keyword lists" do
    assert [name: "Ann", age: 30] == [age: 30, name: "Ann"]
  end

  test "tuples of different size" do
    assert {1, 2} == {1, 2, 3}
  end

  test "nil against a value" do
    assert nil == 0
  end

  test "floats" do
    assert 0.1 + 0.2 == 0.3
  end

  test "large nested data" do
    users = for i <- 1..5, do: %{id: i, name: "user #{i}", roles: [:admin, :editor]}
    assert users == []
  end

  test "ranges and mapsets" do
    assert MapSet.new([1, 2, 3]) == MapSet.new([1, 2])
  end

  test "binaries that are not printable" do
    assert <<1, 2, 3>> == <<1, 2>>
  end

  test "pids and refs" do
    assert self() == :pid
  end
end

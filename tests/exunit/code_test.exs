ExUnit.start(seed: 0, colors: [enabled: false])

defmodule CodeTest do
  use ExUnit.Case

  @expected 42

  test "module attribute" do
    assert 41 == @expected
  end

  test "pipeline" do
    assert [1, 2, 3] |> Enum.map(&(&1 * 2)) |> Enum.sum() == 13
  end

  test "multi-line pipeline" do
    assert [1, 2, 3]
           |> Enum.map(fn x -> x * 2 end)
           |> Enum.filter(fn x -> x > 2 end) == [2, 4, 6]
  end

  test "a call whose arguments are listed" do
    list = [1, 2, 3]
    assert Enum.member?(list, 4)
  end

  test "a local call whose arguments are listed" do
    refute is_integer(1 + 1)
  end

  test "arguments that are literals are not listed" do
    assert Enum.member?([1, 2], 3)
  end

  test "interpolation" do
    name = "world"
    assert "hello #{name}" == "hello there"
  end

  test "sigils and charlists" do
    assert ~w(a b c) == ["a", "b"]
  end

  test "map access" do
    map = %{name: "Ann", tags: [1]}
    assert map.name == "Bob"
  end

  test "access syntax" do
    map = %{"name" => "Ann"}
    assert map["name"] == "Bob"
  end

  test "case in assert" do
    value = 3

    assert (case value do
              1 -> :one
              _ -> :other
            end) == :three
  end

  test "unary and boolean operators" do
    a = true
    b = false
    assert a and b
  end

  test "not" do
    assert not true
  end

  test "remote call with keyword args" do
    assert Keyword.get([a: 1], :b, 2) == 3
  end

  test "capture" do
    assert Enum.map([1, 2], &to_string/1) == [1, 2]
  end
end

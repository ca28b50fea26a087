ExUnit.start(seed: 0, colors: [enabled: false])

defmodule Ops2Test do
  use ExUnit.Case

  test "in a range" do
    x = 15
    assert x in 1..10
  end

  test "in map keys" do
    m = %{a: 1, b: 2}
    assert :c in Map.keys(m)
  end

  test "access on a map" do
    m = %{a: 1}
    assert m[:a] == 2
  end

  test "length of a list" do
    list = [1, 2]
    assert length(list) == 3
  end

  test "a predicate call" do
    assert is_list(%{})
  end

  test "Enum.member?" do
    assert Enum.member?([1, 2, 3], 4)
  end

  test "not" do
    assert not true
  end

  test "bang" do
    x = 1
    assert !x
  end

  test "and" do
    a = true
    b = false
    assert a and b
  end

  test "&&" do
    assert 1 && nil
  end

  test "||" do
    assert nil || false
  end

  test "refute is_nil" do
    refute is_nil(nil)
  end

  test "concatenation" do
    x = "a"
    assert x <> "b" == "ba"
  end

  test "floats" do
    assert 0.1 + 0.2 == 0.3
  end

  test "division" do
    assert 10 / 4 == 2
  end

  test "Map.has_key?" do
    assert Map.has_key?(%{a: 1}, :b)
  end

  test "String.contains?" do
    assert String.contains?("abc", "d")
  end

  test "regex anchor" do
    assert "abc" =~ ~r/^d/
  end

  test "refute == nil" do
    x = nil
    refute x == nil
  end

  test "greater than with lists" do
    assert [1, 2] > [1, 3]
  end

  test "tuple size" do
    assert tuple_size({1, 2}) == 3
  end

  test "div and rem" do
    assert div(7, 2) == rem(7, 2)
  end

  test "not in a range" do
    assert 5 not in 1..10
  end

  test "strict not equal" do
    assert 1 !== 2
    assert 1 !== 1
  end

  test "refute greater or equal" do
    refute 3 >= 3
  end

  test "refute in a map" do
    refute {:a, 1} in %{a: 1}
  end

  test "integers and big integers" do
    assert 2 ** 70 == 1_180_591_620_717_411_303_423
  end
end

ExUnit.start(seed: 0, colors: [enabled: false])

defmodule OpsTest do
  use ExUnit.Case

  test "not equal" do
    x = 3
    assert x != 3
  end

  test "less than" do
    assert 5 < 2
  end

  test "less or equal" do
    assert 5 <= 2
  end

  test "greater or equal" do
    assert 1 >= 2
  end

  test "strict equality of int and float" do
    assert 1 === 1.0
  end

  test "equality of int and float passes" do
    assert 1 == 1.0
  end

  test "membership" do
    list = [1, 2, 3]
    assert 4 in list
  end

  test "negated membership" do
    assert 2 not in [1, 2, 3]
  end

  test "string match with a string" do
    assert "hello world" =~ "bye"
  end

  test "refute equality" do
    refute 1 + 1 == 2
  end

  test "refute equality of equal numbers" do
    refute 1 == 1.0
  end

  test "refute strict equality" do
    refute :a === :a
  end

  test "refute not equal" do
    refute 1 != 2
  end

  test "refute less than" do
    refute 1 < 2
  end

  test "refute membership" do
    refute :b in [:a, :b]
  end

  test "refute string match" do
    refute "hello" =~ ~r/ell/
  end

  test "comparing atoms and strings" do
    assert :ok == "ok"
  end

  test "comparing results of function calls" do
    assert String.upcase("abc") == String.downcase("ABC")
  end
end

ExUnit.start(seed: 0, colors: [enabled: false])

defmodule TruthyTest do
  use ExUnit.Case

  def find(_), do: nil

  test "nil from a function" do
    assert find(:x)
  end

  test "false" do
    assert false
  end

  test "refute a truthy value" do
    refute [1, 2]
  end

  test "refute a string" do
    refute "yes"
  end

  test "refute returns false" do
    assert refute(nil) == false
  end

  test "comparison with message" do
    assert 1 + 1 == 3, "math is broken"
  end

  test "refute with message" do
    refute true, "should be false"
  end

  test "message with interpolation" do
    n = 5
    assert n > 10, "expected #{n} to be greater than 10"
  end

  test "match with message" do
    assert {:ok, _} = {:error, :bad}, "expected ok"
  end

  test "is_ functions" do
    assert is_list(%{})
  end

  test "Enum.empty?" do
    assert Enum.empty?([1])
  end

  test "multi-line message" do
    assert false, "first line\nsecond line"
  end
end

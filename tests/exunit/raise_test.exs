ExUnit.start(seed: 0, colors: [enabled: false])

defmodule RaiseTest do
  use ExUnit.Case

  test "nothing raised" do
    assert_raise ArgumentError, fn -> :ok end
  end

  test "wrong message" do
    assert_raise ArgumentError, "x", fn -> raise ArgumentError, "y" end
  end

  test "wrong exception" do
    assert_raise KeyError, fn -> raise ArgumentError, "bad" end
  end

  test "passes" do
    error = assert_raise ArithmeticError, fn -> 1 / 0 end
    assert error.message == "bad argument in arithmetic expression"
  end

  test "an error in the test" do
    raise "boom"
  end

  test "a throw in the test" do
    throw(:ball)
  end
end

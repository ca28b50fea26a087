ExUnit.start(seed: 0, colors: [enabled: false])

defmodule MessageTest do
  use ExUnit.Case

  test "assert with a message" do
    assert false, "this should be true"
  end

  test "assert with an interpolated message" do
    x = 3
    assert x > 5, "expected #{x} to be greater than 5"
  end

  test "assert == with a message" do
    assert 1 + 1 == 3, "math is broken"
  end

  test "refute with a message" do
    refute true, "should be falsy"
  end

  test "refute == with a message" do
    refute 2 == 2, "two is two"
  end

  test "flunk with a message" do
    flunk("gave up")
  end

  test "assert_in_delta with a message" do
    assert_in_delta 1.0, 2.0, 0.1, "not close enough"
  end

  test "a multi-line message" do
    assert nil, "line one\nline two"
  end

  test "a message computed by a function" do
    assert [] != [], Enum.join(["a", "b"], "-")
  end

  test "assert match with a message" do
    assert match?({:ok, _}, {:error, 1}), "expected ok"
  end

  test "assert_raise inside a message test" do
    assert_raise RuntimeError, fn -> :ok end
  end
end

ExUnit.start(seed: 0, colors: [enabled: false])

defmodule AssertTest do
  use ExUnit.Case

  test "comparison" do
    x = 1
    assert x + 1 == 3
  end

  test "other operators" do
    assert [1, 2] === [1, 2]
    assert 3 > 4
  end

  test "string match" do
    assert "hello" =~ ~r/bye/
  end

  test "truthy" do
    assert nil
  end

  test "function call" do
    assert Enum.member?([1, 2], 3)
  end

  test "passes and returns its value" do
    assert assert(5) == 5
  end

  test "custom message" do
    assert false, "it was false"
  end
end

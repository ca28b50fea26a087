ExUnit.start(seed: 0, colors: [enabled: false])

defmodule DeltaTest do
  use ExUnit.Case

  test "floats" do
    assert_in_delta 3.14, 3.0, 0.1
  end

  test "integers" do
    assert_in_delta 10, 20, 5
  end

  test "passes" do
    assert_in_delta 1.0, 1.05, 0.1
  end

  test "with a message" do
    assert_in_delta 1, 2, 0.5, "too far"
  end

  test "refute" do
    refute_in_delta 1.0, 1.01, 0.1
  end

  test "computed" do
    average = Enum.sum([1, 2, 3, 4]) / 4
    assert_in_delta average, 3.0, 0.01
  end
end

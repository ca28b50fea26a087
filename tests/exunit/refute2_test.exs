ExUnit.start(seed: 0, colors: [enabled: false])

defmodule Refute2Test do
  use ExUnit.Case

  test "refute a truthy value" do
    refute 1
  end

  test "refute a list" do
    refute [1, 2]
  end

  test "refute a map lookup" do
    refute %{a: 1}[:a]
  end

  test "refute in" do
    refute 3 in [1, 2, 3]
  end

  test "refute not in" do
    refute 4 not in [1, 2, 3]
  end

  test "refute =~ with a string" do
    refute "hello world" =~ "world"
  end

  test "refute >=" do
    refute 5 >= 3
  end

  test "refute ===" do
    refute :a === :a
  end

  test "refute a function call" do
    refute Enum.empty?([])
  end

  test "refute_in_delta" do
    refute_in_delta 1.0, 1.05, 0.1
  end

  test "refute with and" do
    refute true and true
  end

  test "refute a string" do
    refute "non-empty"
  end

  test "refute passes for nil and false" do
    refute nil
    refute false
    refute Map.get(%{}, :x)
    assert 1 == 0
  end
end

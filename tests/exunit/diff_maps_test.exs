ExUnit.start(seed: 0, colors: [enabled: false])

defmodule DiffMapsTest do
  use ExUnit.Case

  test "one value differs" do
    assert %{a: 1, b: 2, c: 3} == %{a: 1, b: 20, c: 3}
  end

  test "missing and extra keys" do
    assert %{a: 1, b: 2} == %{a: 1, c: 3}
  end

  test "nested maps" do
    assert %{user: %{name: "Ann", address: %{city: "Oslo"}}} == %{user: %{name: "Ann", address: %{city: "Bergen"}}}
  end

  test "string keys" do
    assert %{"name" => "Ann", "age" => 30} == %{"name" => "Ann", "age" => "30"}
  end

  test "many keys break over lines" do
    left = Map.new(1..12, fn i -> {:"key_#{i}", i} end)
    right = Map.put(left, :key_7, 70)
    assert left == right
  end

  test "more than 32 keys" do
    left = Map.new(1..40, fn i -> {i, i * 2} end)
    assert left == Map.delete(left, 33)
  end

  test "mixed key types" do
    assert %{1 => :a, :b => 2, "c" => [3]} == %{1 => :a, :b => 2, "c" => [4]}
  end

  test "map with tuple values" do
    assert %{pos: {1, 2}, size: {3, 4}} == %{pos: {1, 2}, size: {3, 5}}
  end

  test "empty map" do
    assert %{} == %{a: 1}
  end

  test "Map.merge result" do
    assert Map.merge(%{a: 1}, %{b: 2}) == %{a: 1, b: 3}
  end

  test "map update" do
    m = %{count: 1}
    assert %{m | count: 2} == %{count: 3}
  end

  test "map with lists" do
    assert %{tags: ["a", "b"], ids: [1, 2, 3]} == %{tags: ["a", "c"], ids: [1, 2, 3]}
  end

  test "comparing a map and a keyword list" do
    assert %{a: 1} == [a: 1]
  end
end

ExUnit.start(seed: 0, colors: [enabled: false])

defmodule Point do
  defstruct x: 0, y: 0
end

defmodule Account do
  defstruct [:id, :owner, balance: 0, history: []]
end

defmodule Shape do
  defstruct [:kind, :origin, :points]
end

defmodule DiffStructsTest do
  use ExUnit.Case

  test "one field differs" do
    assert %Point{x: 1, y: 2} == %Point{x: 1, y: 3}
  end

  test "struct against a map" do
    assert %Point{x: 1, y: 2} == %{x: 1, y: 2}
  end

  test "two structs" do
    assert %Point{} == %Account{}
  end

  test "nested structs" do
    assert %Shape{kind: :line, origin: %Point{}, points: [%Point{x: 1}, %Point{x: 2}]} ==
             %Shape{kind: :line, origin: %Point{}, points: [%Point{x: 1}, %Point{x: 3}]}
  end

  test "a long struct" do
    acc = %Account{id: 1, owner: "Ann Smith", balance: 100, history: [{:deposit, 100}, {:withdraw, 20}, {:deposit, 20}]}
    assert %{acc | balance: 80} == acc
  end

  test "struct update in a function" do
    p = %Point{x: 1}
    assert Map.put(p, :y, 5) == %Point{x: 1, y: 6}
  end

  test "MapSet" do
    assert MapSet.new([1, 2, 3]) == MapSet.new([1, 2, 4])
  end

  test "Range" do
    assert 1..5 == 1..6
  end

  test "Date" do
    assert Date.add(~D[2024-01-31], 1) == ~D[2024-02-02]
  end

  test "a list of structs" do
    assert [%Point{x: 1}, %Point{x: 2}] == [%Point{x: 1}, %Point{y: 2}]
  end

  test "pattern against a struct" do
    assert %Point{x: 5} = %Point{x: 1, y: 2}
  end

  test "exception struct fields" do
    assert %ArgumentError{message: "a"}.message == "b"
  end
end

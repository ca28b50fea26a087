ExUnit.start(seed: 0, colors: [enabled: false])

defmodule PatternTest do
  use ExUnit.Case

  def fetch(:missing), do: {:error, :not_found}
  def fetch(id), do: {:ok, %{id: id, name: "Ann"}}

  test "tuple pattern" do
    assert {:ok, _} = fetch(:missing)
  end

  test "binding works after a match" do
    assert {:ok, user} = fetch(1)
    assert user.name == "Bob"
  end

  test "map pattern" do
    assert %{name: "Bob"} = %{id: 1, name: "Ann"}
  end

  test "list pattern" do
    assert [first | _] = []
    first
  end

  test "pinned variable" do
    expected = 2
    assert ^expected = 1 + 2
  end

  test "nested pattern with long value" do
    assert {:ok, %{roles: [:admin | _]}} = {:ok, %{id: 1, name: "A user", roles: [:editor]}}
  end

  test "string prefix pattern" do
    assert "hello " <> rest = "goodbye world"
    rest
  end

  test "match? with a guard-free pattern" do
    assert match?({:ok, [_, _]}, {:ok, [1, 2, 3]})
  end

  test "refute match?" do
    refute match?(%{id: _}, %{id: 1})
  end

  test "multi-line pattern" do
    assert %{
             name: "Bob",
             age: 30
           } = %{name: "Ann", age: 30}
  end

  test "match with a when is invalid so use match?" do
    assert match?(x when x > 10, 5)
  end
end

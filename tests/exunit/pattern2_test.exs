ExUnit.start(seed: 0, colors: [enabled: false])

defmodule User do
  defstruct name: nil, age: 0
end

defmodule Pattern2Test do
  use ExUnit.Case

  test "ok tuple" do
    assert {:ok, _} = {:error, :nope}
  end

  test "head of an empty list" do
    assert [_h | _] = []
  end

  test "map key missing" do
    assert %{name: _name} = %{}
  end

  test "struct pattern" do
    assert {:ok, %User{name: "Ann"}} = {:ok, %User{name: "Bob", age: 3}}
  end

  test "struct against a map" do
    assert %User{} = %{name: "Ann", age: 1}
  end

  test "binary pattern" do
    assert <<_a::8, _rest::binary>> = ""
  end

  test "pinned" do
    x = 1
    assert ^x = 2
  end

  test "repeated variable" do
    assert {a, a} = {1, 2}
  end

  test "list length" do
    assert [_, _] = [1, 2, 3]
  end

  test "nested map" do
    assert %{a: %{b: 1}} = %{a: %{b: 2}}
  end

  test "match? with a guard" do
    assert match?(x when x > 5, 3)
  end

  test "refute match?" do
    refute match?({:ok, _}, {:ok, 1})
  end

  test "a bound value used after" do
    result = {:ok, 41}
    assert {:ok, value} = result
    assert value == 42
  end

  test "keyword pattern" do
    assert [a: 1, b: _] = [a: 1, c: 2]
  end

  test "string prefix" do
    assert "hello " <> _name = "goodbye world"
  end

  test "match on a function result" do
    assert {:ok, _} = Map.fetch(%{a: 1}, :b)
  end

  test "match? with a pinned value" do
    expected = 3
    assert match?(%{count: ^expected}, %{count: 4})
  end

  test "match with a literal list" do
    assert [1, 2, 3] = Enum.map([1, 2, 3], &(&1 * 2))
  end

  test "match with atoms" do
    assert :ok = :error
  end

  test "match in a pipeline" do
    assert {:ok, 2} = [1, 2, 3] |> Enum.fetch(2)
  end

  test "refute match? with a guard" do
    refute match?(n when is_integer(n), 1)
  end
end

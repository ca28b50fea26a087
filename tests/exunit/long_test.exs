ExUnit.start(seed: 0, colors: [enabled: false])

defmodule LongTest do
  use ExUnit.Case

  defmodule Item do
    defstruct name: nil, price: 0, tags: []
  end

  alias LongTest.Item

  test "long list" do
    assert Enum.map([1, 2, 3], fn x -> %{id: x} end) == [%{id: 1, name: "apple", qty: 3}, %{id: 2, name: "pear", qty: 0}]
  end

  test "long call" do
    assert String.split("a very long string with many words in it", " ", trim: true, parts: 3) == ["a very long string"]
  end

  test "long match" do
    assert {:ok, %{name: "apple", qty: 3, price: 10, tags: [:fruit]}} = {:ok, %{name: "pear", qty: 3, price: 10, tags: [:fruit]}}
  end

  test "long map" do
    assert Map.new([{:a, 1}]) == %{name: "a fairly long name", email: "someone@example.com", roles: [:admin, :editor]}
  end

  test "long struct" do
    assert %Item{name: "x"} == %Item{name: "a fairly long name", price: 1000, tags: [:new, :featured, :sale]}
  end

  test "long keyword list" do
    assert Keyword.new(a: 1) == [name: "a fairly long name", email: "someone@example.com", roles: [:admin, :editor]]
  end

  test "long tuple compared" do
    assert Enum.count([1, 2, 3]) == {:error, "a fairly long reason that needs many many words to explain it"}
  end

  test "nested long elements" do
    assert Enum.take([1], 1) == [%{id: 1, name: "a fairly long name", email: "someone@example.com", roles: [:admin]}]
  end

  test "long match with a map" do
    assert %{status: :active, name: "a fairly long name", email: "someone@example.com"} = %{status: :inactive}
  end
end

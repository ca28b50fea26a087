ExUnit.start(seed: 0, colors: [enabled: false])

defmodule Stack do
  defstruct items: []
  def new, do: %Stack{}
  def push(%Stack{items: i} = s, x), do: %{s | items: [x | i]}
  def pop(%Stack{items: []}), do: {:error, :empty}
  def pop(%Stack{items: [h | t]} = s), do: {:ok, h, %{s | items: t}}
end

defmodule AssertValueTest do
  use ExUnit.Case

  test "assert returns the value" do
    value = assert Enum.find([1, 2, 3], &(&1 > 1))
    assert value == 3
  end

  test "assert with = binds" do
    assert {:ok, top, stack} = Stack.new() |> Stack.push(1) |> Stack.push(2) |> Stack.pop()
    assert top == 2
    assert stack == %Stack{items: [2]}
  end

  test "pop of an empty stack" do
    assert {:ok, _, _} = Stack.pop(Stack.new())
  end

  test "nested pattern with a pin" do
    expected = 1
    assert {:ok, ^expected, %Stack{items: []}} = Stack.new() |> Stack.push(2) |> Stack.pop()
  end

  test "assert on a struct field" do
    s = Stack.new() |> Stack.push(:a)
    assert s.items == [:b]
  end

  test "assert with length and hd" do
    list = [3, 1, 2]
    assert hd(Enum.sort(list)) == 2
  end

  test "assert in Enum.each" do
    Enum.each([1, 2, 3], fn x -> assert x < 3 end)
  end

  test "assert inside a helper" do
    check_positive(-1)
  end

  test "tuple elem" do
    assert elem({:a, :b}, 1) == :a
  end

  test "keyword access" do
    opts = [timeout: 5, retries: 3]
    assert opts[:retries] == Keyword.get(opts, :timeout)
  end

  defp check_positive(n) do
    assert n > 0
  end
end

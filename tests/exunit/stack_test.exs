ExUnit.start(seed: 0, colors: [enabled: false])

defmodule Stack do
  defstruct items: []

  def new, do: %Stack{}
  def push(%Stack{items: items} = s, x), do: %{s | items: [x | items]}
  def pop(%Stack{items: []}), do: {:error, :empty}
  def pop(%Stack{items: [x | rest]} = s), do: {:ok, x, %{s | items: rest}}
  def peek(%Stack{items: [x | _]}), do: x
  def size(%Stack{items: items}), do: length(items) + 1
  def empty?(%Stack{items: items}), do: items == []
end

defmodule StackTest do
  use ExUnit.Case, async: true

  setup do
    %{stack: Stack.new() |> Stack.push(1) |> Stack.push(2)}
  end

  describe "push/2" do
    test "adds on top", %{stack: stack} do
      assert %Stack{items: [3, 2, 1]} = Stack.push(stack, 3)
    end

    test "keeps the order", %{stack: stack} do
      assert Stack.push(stack, 3).items == [1, 2, 3]
    end
  end

  describe "pop/1" do
    test "returns the top", %{stack: stack} do
      assert {:ok, 2, rest} = Stack.pop(stack)
      assert {:ok, 1, empty} = Stack.pop(rest)
      assert {:error, :empty} == Stack.pop(empty)
    end

    test "on an empty stack", context do
      assert {:ok, _, _} = Stack.pop(Stack.new())
      assert context.stack
    end
  end

  describe "peek/1 and size/1" do
    test "peek on empty raises" do
      assert_raise FunctionClauseError, fn -> Stack.peek(Stack.new()) end
      assert_raise ArgumentError, fn -> Stack.peek(Stack.new()) end
    end

    test "size", %{stack: stack} do
      assert Stack.size(stack) == 2
    end

    test "empty?" do
      refute Stack.empty?(Stack.new())
    end
  end
end

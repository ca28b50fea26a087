ExUnit.start(seed: 0, colors: [enabled: false])

defmodule ErrorsTest do
  use ExUnit.Case

  defmodule Shapes do
    def area({:square, s}), do: s * s
    def area({:circle, r}) when r > 0, do: 3.14 * r * r
  end

  test "raise a string" do
    raise "boom"
  end

  test "raise an exception with a message" do
    raise ArgumentError, message: "invalid input"
  end

  test "function clause error" do
    Shapes.area({:triangle, 1, 2})
  end

  test "function clause error with a guard" do
    Shapes.area({:circle, -1})
  end

  test "undefined function" do
    Shapes.perimeter({:square, 1})
  end

  test "undefined module" do
    Nope.call(1)
  end

  test "match error" do
    {:ok, value} = {:error, :enoent}
    value
  end

  test "case clause error" do
    case Enum.count([1, 2]) do
      0 -> :none
      1 -> :one
    end
  end

  test "arithmetic error" do
    x = 0
    10 / x
  end

  test "key error from dot access" do
    map = %{a: 1}
    map.b
  end

  test "bad map" do
    Map.get(:not_a_map, :key)
  end

  test "throw" do
    throw(:oops)
  end

  test "exit" do
    exit(:bye)
  end

  test "exit with a tuple" do
    exit({:shutdown, :reason})
  end

  test "error in a helper" do
    helper(:x)
  end

  defp helper(x), do: Shapes.area(x)

  test "with clause error" do
    with {:ok, a} <- {:ok, 1},
         {:ok, b} <- {:error, a} do
      b
    else
      {:ok, _} -> :never
    end
  end

  test "cond clause error" do
    x = 5

    cond do
      x > 10 -> :big
    end
  end

  test "bad argument" do
    String.to_integer("abc")
  end

  test "erlang error" do
    :erlang.error(:badarg)
  end

  test "bad function" do
    f = :not_a_fun
    f.(1)
  end
end

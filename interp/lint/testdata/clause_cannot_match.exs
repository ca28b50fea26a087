defmodule Shapes do
  def area(shape), do: shape
  def area({:square, s}), do: s * s
  def area(_other), do: 0

  def name(n) when is_integer(n), do: :int
  def name(n), do: n

  def kind(x) do
    case x do
      :a -> 1
      other -> other
      _ -> 0
    end
  end

  def wait do
    receive do
      msg -> msg
      {:stop, reason} -> reason
    end
  end

  def pick do
    fn
      a, b -> a + b
      0, b -> b
    end
  end
end

case :literal do
  x -> x
  _ -> :never
end

IO.inspect(Shapes.area({:square, 2}))

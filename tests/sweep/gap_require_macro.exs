# Integer.is_even/1 and Logger.info/1 are macros: a call runs only where
# the module is required (lexically: a module body and the modules nested
# in it, one function, one fn), elsewhere it raises UndefinedFunctionError.
defmodule Outer do
  require Integer
  def odd?(x), do: Integer.is_odd(x)

  defmodule Inner do
    def even?(x), do: Integer.is_even(x)
  end
end

defmodule Scoped do
  def inside(x) do
    require Integer
    Integer.is_odd(x)
  end

  def outside(x), do: Integer.is_odd(x)

  def in_fn(x) do
    f = fn ->
      require Integer
      Integer.is_even(x)
    end

    {f.(), Integer.is_even(x)}
  end
end

defmodule Guarded do
  require Integer
  def kind(x) when Integer.is_even(x), do: :even
  def kind(_), do: :odd
end

IO.inspect(Outer.odd?(3))
IO.inspect(Outer.Inner.even?(3))
IO.inspect(Scoped.inside(3))
IO.inspect(Guarded.kind(4))

defmodule Late do
  def log(msg), do: Logger.info(msg)
  def check(x), do: Integer.is_odd(x)
end

for f <- [fn -> Scoped.outside(3) end, fn -> Scoped.in_fn(2) end, fn -> Late.log("no") end] do
  try do
    f.()
  rescue
    e in UndefinedFunctionError -> IO.inspect({e.module, e.function, e.arity})
  end
end

IO.inspect(function_exported?(Integer, :is_even, 1))
IO.inspect(macro_exported?(Integer, :is_even, 1))
IO.inspect(macro_exported?(Integer, :parse, 1))
IO.inspect(require(Integer))
IO.inspect(Integer.is_even(10))
Late.check(7)

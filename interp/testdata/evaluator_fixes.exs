# in: membership is strict (===), in expressions and in guards.
IO.inspect(1.0 in [1])
IO.inspect(1 in [1.0, 2])
list = [1, 2]
IO.inspect(1.0 in list)
IO.inspect(2 in list)
IO.inspect(1.0 not in [1])
IO.inspect(2.0 in 1..3)
classify = fn
  x when x in [1, 2] -> :small
  _ -> :other
end
IO.inspect({classify.(1), classify.(1.0)})

# container[key] on a struct calls the struct module's fetch/2.
defmodule Counter do
  defstruct count: 3
  def fetch(%Counter{count: n}, :double), do: {:ok, n * 2}
  def fetch(_, _), do: :error
end

defmodule Plain do
  defstruct a: 1
end

defmodule Main do
  def run do
    c = %Counter{}
    IO.inspect(c[:double])
    IO.inspect(c[:missing])
    try do
      %Plain{}[:a]
    rescue
      e in UndefinedFunctionError ->
        IO.inspect({e.module, e.function, e.arity})
        IO.puts(String.starts_with?(Exception.message(e), "function Plain.fetch/2 is undefined (Plain does not implement the Access behaviour"))
    end

  end
end

Main.run()
destructure([x, y, z], [1, 2, 3, 4, 5])
IO.inspect({x, y, z})
destructure([a, b], [1])
IO.inspect({a, b})
IO.inspect(destructure([c], nil))
IO.inspect(c)
IO.inspect(Kernel.destructure([d, e], []))
IO.inspect({d, e})

# A protocol without fallback: the error learners get for a missing implementation.
defprotocol Area do
  def area(shape)
end

defmodule Square do
  defstruct side: 1
end

defmodule Circle do
  defstruct r: 1
end

defimpl Area, for: Square do
  def area(%Square{side: s}), do: s * s
end

defmodule Main do
  def run do
    shapes = [%Square{side: 3}, %Square{side: 2}]
    IO.puts("total area: #{shapes |> Enum.map(&Area.area/1) |> Enum.sum()}")
    IO.inspect(Area.impl_for(%Circle{}))
    IO.inspect(Area.impl_for!(%Square{}))

    try do
      Area.area(%Circle{r: 2})
    rescue
      e in Protocol.UndefinedError ->
        IO.puts("rescued: " <> Exception.message(e))
        IO.inspect(e.protocol)
        IO.inspect(e.value)
    end

    try do
      Area.area(5)
    rescue
      e -> IO.puts(Exception.message(e))
    end

  end

  def fail do
    IO.puts("now without rescue")
    Area.area(%Circle{r: 1})
  end
end

Main.run()
Main.fail()

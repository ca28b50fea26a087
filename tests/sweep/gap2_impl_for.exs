# Protocols' impl_for/1 and impl_for!/1, built-in and user protocols (Elixir 1.14
# on OTP 25; the errors are shown by their fields, whose message 1.18 rewords).
defprotocol Shape do
  def area(s)
end
defmodule Sq do
  defstruct [:side]
end
defmodule Circle do
  defstruct [:r]
end
defimpl Shape, for: Sq do
  def area(%Sq{side: s}), do: s * s
end
defimpl Shape, for: Integer do
  def area(n), do: n
end
defimpl String.Chars, for: Sq do
  def to_string(%Sq{side: s}), do: "square #{s}"
end
defmodule Tagged do
  @derive {Inspect, only: [:id]}
  defstruct [:id, :secret]
end

defmodule Main do
  def run do
    IO.inspect Enumerable.impl_for([])
    IO.inspect Enumerable.impl_for(%{a: 1})
    IO.inspect Enumerable.impl_for(1..3)
    IO.inspect Enumerable.impl_for(MapSet.new())
    IO.inspect Enumerable.impl_for(Stream.map([1], & &1))
    IO.inspect Enumerable.impl_for(fn a, b -> {a, b} end)
    IO.inspect Enumerable.impl_for(fn -> 1 end)
    IO.inspect Enumerable.impl_for(Date.range(~D[2024-01-01], ~D[2024-01-03]))
    IO.inspect Enumerable.impl_for(1)
    IO.inspect Enumerable.impl_for(%Sq{side: 1})
    IO.inspect Enumerable.impl_for("abc")
    IO.inspect String.Chars.impl_for(%{})
    IO.inspect String.Chars.impl_for("x")
    IO.inspect String.Chars.impl_for(:x)
    IO.inspect String.Chars.impl_for(~c"x")
    IO.inspect String.Chars.impl_for(1.5)
    IO.inspect String.Chars.impl_for({1})
    IO.inspect String.Chars.impl_for(%Sq{side: 2})
    IO.inspect String.Chars.impl_for(~D[2024-01-01])
    IO.inspect String.Chars.impl_for(URI.parse("http://x"))
    IO.inspect String.Chars.impl_for(Version.parse!("1.0.0"))
    IO.inspect Collectable.impl_for([])
    IO.inspect Collectable.impl_for("")
    IO.inspect Collectable.impl_for(MapSet.new())
    IO.inspect Collectable.impl_for(1..2)
    IO.inspect List.Chars.impl_for(:a)
    IO.inspect List.Chars.impl_for(%{})
    IO.inspect Inspect.impl_for(1)
    IO.inspect Inspect.impl_for(self())
    IO.inspect Inspect.impl_for(make_ref())
    IO.inspect Inspect.impl_for({})
    IO.inspect Inspect.impl_for(%Sq{side: 1})
    IO.inspect Inspect.impl_for(%Tagged{id: 1})
    IO.inspect Inspect.impl_for(~r/x/)
    IO.inspect Inspect.impl_for(1..2)
    IO.inspect Inspect.impl_for(~N[2024-01-01 00:00:00])
    IO.inspect Shape.impl_for(%Sq{side: 1})
    IO.inspect Shape.impl_for(%Circle{r: 1})
    IO.inspect Shape.impl_for(3)
    IO.inspect Shape.impl_for("x")
    IO.inspect Shape.impl_for!(3)
    IO.inspect Enumerable.impl_for!([1])
    for v <- [[1], 1, %Circle{r: 2}] do
      case Enumerable.impl_for(v) do
        nil -> IO.puts "#{inspect v} is not enumerable"
        impl -> IO.puts "#{inspect v} enumerable via #{inspect impl}"
      end
    end
    try do Enumerable.impl_for!(1) rescue e -> IO.inspect {e.__struct__, e.protocol, e.value} end
    try do String.Chars.impl_for!(%Circle{r: 1}) rescue e -> IO.inspect {e.__struct__, e.protocol, e.value} end
    try do Shape.impl_for!("x") rescue e -> IO.inspect {e.__struct__, e.protocol, e.value} end
    try do Shape.impl_for!(%Circle{r: 1}) rescue e -> IO.inspect {e.__struct__, e.protocol, e.value} end

  end
end

Main.run()

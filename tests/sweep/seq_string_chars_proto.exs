defmodule Money do
  defstruct amount: 0, currency: :usd

  def new(amount, currency \\ :usd), do: %Money{amount: amount, currency: currency}

  def add(%Money{currency: c} = a, %Money{currency: c} = b), do: %Money{a | amount: a.amount + b.amount}
  def add(%Money{}, %Money{}), do: raise(ArgumentError, "currency mismatch")
end

defimpl String.Chars, for: Money do
  def to_string(%Money{amount: a, currency: c}) do
    whole = div(a, 100)
    cents = rem(a, 100) |> Integer.to_string() |> String.pad_leading(2, "0")
    "#{whole}.#{cents} #{c |> Atom.to_string() |> String.upcase()}"
  end
end

defimpl Inspect, for: Money do
  import Inspect.Algebra
  def inspect(m, opts), do: concat(["#Money<", to_doc(m.amount, opts), " ", to_doc(m.currency, opts), ">"])
end

defmodule Main do
  def run do
    a = Money.new(1050)
    b = Money.new(299)
    total = Money.add(a, b)
    IO.puts("Total: #{total}")
    IO.puts(to_string(total))
    IO.inspect(total)
    IO.inspect([a, b])
    IO.inspect(%{wallet: a})
    IO.puts(Enum.join([a, b], " + "))
    IO.inspect(inspect(a))
    Money.add(a, Money.new(1, :eur))
  end
end

Main.run()

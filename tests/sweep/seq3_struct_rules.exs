# Structs: enforced keys, struct!/2, updates and pattern matching on the struct name.
defmodule Money do
  @enforce_keys [:amount, :currency]
  defstruct [:amount, :currency, note: ""]

  def new(amount, currency) when is_integer(amount) and amount >= 0 do
    %Money{amount: amount, currency: currency}
  end

  def add(%Money{currency: c} = a, %Money{currency: c} = b), do: %Money{a | amount: a.amount + b.amount}
  def add(%Money{currency: c1}, %Money{currency: c2}), do: {:error, "cannot add #{c1} to #{c2}"}

  def format(%Money{amount: a, currency: c}) do
    "#{div(a, 100)}.#{String.pad_leading(Integer.to_string(rem(a, 100)), 2, "0")} #{c}"
  end
end

defmodule Wallet do
  defstruct owner: nil, items: []
end

defmodule Main do
  def run do
    m = Money.new(1050, :EUR)
    IO.inspect(m)
    IO.puts(Money.format(Money.add(m, Money.new(275, :EUR))))
    IO.inspect(Money.add(m, Money.new(1, :USD)))
    IO.inspect(struct(Money, amount: 5, currency: :GBP, bogus: 1))
    IO.inspect(struct!(Money, amount: 5, currency: :GBP))
    w = %Wallet{owner: "ana", items: [m]}
    IO.inspect(w)
    w2 = %{w | items: [Money.new(1, :EUR) | w.items]}
    IO.inspect(length(w2.items))
    IO.inspect(match?(%Wallet{}, w))
    IO.inspect(match?(%Money{}, w))
    IO.inspect(match?(%{owner: _}, w))
    %struct_name{} = w
    IO.inspect(struct_name)
    IO.inspect(Map.keys(m) |> Enum.sort())
    IO.inspect(Map.put(m, :note, "tip"))
    IO.inspect(is_map(m))
    IO.inspect(%Wallet{} == %Wallet{owner: nil})
    IO.inspect(Wallet.__struct__())
    IO.inspect(Map.merge(%Wallet{}, %{owner: "x"}))

    for {label, f} <- [
          {"struct! missing", fn -> struct!(Money, amount: 1) end},
          {"struct! unknown", fn -> struct!(Money, amount: 1, currency: :X, color: :red) end},
          {"update unknown", fn -> %{w | color: :red} end},
          {"Map.fetch! on struct", fn -> Map.fetch!(w, :color) end},
          {"dot on struct", fn -> apply_dot(w) end},
          {"Access on struct", fn -> w[:owner] end}
        ] do
      try do
        f.()
      rescue
        e -> IO.puts("#{label}: (#{inspect(e.__struct__)}) #{Exception.message(e)}")
      end
    end
  end

  defp apply_dot(w), do: w.color
end

Main.run()

# Exercise: a formatted bank ledger with totals.
defmodule Ledger do
  defstruct entries: []

  def new, do: %Ledger{}

  def add(%Ledger{entries: es} = l, date, desc, cents), do: %{l | entries: es ++ [{date, desc, cents}]}

  def format_cents(c) do
    sign = if c < 0, do: "-", else: ""
    a = abs(c)
    whole = a |> div(100) |> Integer.to_string() |> group()
    "#{sign}$#{whole}.#{a |> rem(100) |> Integer.to_string() |> String.pad_leading(2, "0")}"
  end

  defp group(s) do
    s
    |> String.reverse()
    |> String.to_charlist()
    |> Enum.chunk_every(3)
    |> Enum.join(",")
    |> String.reverse()
  end

  def render(%Ledger{entries: es}) do
    header = String.pad_trailing("Date", 11) <> "| " <> String.pad_trailing("Description", 25) <> " | " <> String.pad_leading("Change", 13)
    rows =
      es
      |> Enum.sort_by(fn {d, desc, c} -> {Date.to_erl(d), desc, c} end)
      |> Enum.map(fn {d, desc, c} ->
        desc = if String.length(desc) > 25, do: String.slice(desc, 0, 22) <> "...", else: desc
        Calendar.strftime(d, "%m/%d/%Y") <> " | " <> String.pad_trailing(desc, 25) <> " | " <> String.pad_leading(format_cents(c), 13)
      end)
    total = es |> Enum.map(&elem(&1, 2)) |> Enum.sum()
    Enum.join([header | rows], "\n") <> "\n" <> String.duplicate("=", 53) <> "\nTotal: " <> format_cents(total)
  end
end

l =
  Ledger.new()
  |> Ledger.add(~D[2024-01-02], "Salary", 350_000)
  |> Ledger.add(~D[2024-01-01], "Buy present for grandmother", -1_250)
  |> Ledger.add(~D[2024-01-05], "Coffee", -375)
  |> Ledger.add(~D[2024-01-01], "Apples", -99)
  |> Ledger.add(~D[2024-01-07], "Freelance project (big)", 1_234_567_89)
IO.puts(Ledger.render(l))
IO.puts(Ledger.format_cents(0))
IO.puts(Ledger.format_cents(-5))
IO.puts(Ledger.format_cents(100_000_000))

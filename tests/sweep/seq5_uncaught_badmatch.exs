# A learner's parser ends with an uncaught MatchError on a big value.
defmodule Parser do
  def parse_line(line) do
    [name, qty, price] = String.split(line, ",")
    %{name: name, qty: String.to_integer(qty), price: String.to_float(price)}
  end
end

lines = ["apple,3,0.5", "pear,10,0.25", "melon,1,2.75,extra"]
for l <- Enum.take(lines, 2), do: IO.inspect(Parser.parse_line(l))
totals = Enum.map(Enum.take(lines, 2), fn l -> p = Parser.parse_line(l); p.qty * p.price end)
IO.inspect(totals, label: "totals")
Enum.each(lines, fn l -> IO.puts("#{l} -> #{inspect(Parser.parse_line(l))}") end)

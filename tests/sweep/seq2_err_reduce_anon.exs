# A raise inside an anonymous function given to Enum.reduce.
defmodule Budget do
  def total(items) do
    Enum.reduce(items, 0, fn
      {_name, amount}, acc when amount >= 0 -> acc + amount
      {name, amount}, _acc -> raise ArgumentError, "negative amount #{amount} for #{name}"
    end)
  end
end

IO.inspect(Budget.total([{"rent", 1000}, {"food", 250}]))
IO.inspect(Budget.total([{"rent", 1000}, {"refund", -50}]))

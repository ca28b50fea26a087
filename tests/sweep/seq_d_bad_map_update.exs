defmodule Store do
  def add(store, key, val), do: %{store | key => val}
end

s = %{apples: 1}
IO.inspect(Store.add(s, :apples, 5))
IO.inspect(Store.add(s, :pears, 2))

# Expectation: IO.warn/1 prints the message and the caller's stack entries (Process.info's current_stacktrace less IO.warn's own), then a blank line; Debian's 1.14 run with its (elixir 1.14.0) frames removed, 1.18.4's io.ex and elixir_errors.erl print_diagnostic give the same layout.
defmodule Shop do
  def checkout(items) do
    if items == [] do
      IO.warn("checkout called with an empty cart")
    end

    length(items)
  end

  def place_order(items) do
    count = checkout(items)
    {:placed, count}
  end

  def tail_warn do
    IO.warn("deprecated: use place_order/1")
  end
end

IO.puts("start")
IO.warn("top-level warning")
IO.inspect(Shop.checkout([]))
IO.inspect(Shop.place_order([]))
IO.inspect(Shop.place_order([:apple]))
Shop.tail_warn()
IO.warn(:atom_message)
IO.warn(["char", ?d, "ata ", 42 |> Integer.to_string()])
result = IO.warn("returns ok")
IO.inspect(result)
IO.puts("done")

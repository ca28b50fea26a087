# Stream.unfold, iterate, resource, repeatedly and cycle.
fib = Stream.unfold({0, 1}, fn {a, b} -> {a, {b, a + b}} end)
IO.inspect(Enum.take(fib, 12), label: "fib")

countdown = Stream.unfold(5, fn 0 -> nil; n -> {n, n - 1} end)
IO.inspect(Enum.to_list(countdown), label: "countdown")

collatz = fn n ->
  Stream.unfold(n, fn
    nil -> nil
    1 -> {1, nil}
    n when rem(n, 2) == 0 -> {n, div(n, 2)}
    n -> {n, 3 * n + 1}
  end)
end
IO.inspect(Enum.to_list(collatz.(6)), label: "collatz 6")

powers = Stream.iterate(1, &(&1 * 2))
IO.inspect(Enum.take(powers, 10), label: "powers")
IO.inspect(powers |> Stream.drop(5) |> Enum.take(2), label: "drop")

IO.inspect(Stream.cycle([:red, :green, :blue]) |> Enum.take(7), label: "cycle")
IO.inspect(Stream.cycle(1..2) |> Stream.map(&(&1 * 10)) |> Enum.take(5), label: "cycle range")

Process.put(:n, 0)
next = Stream.repeatedly(fn -> Process.put(:n, Process.get(:n) + 1) + 1 end)
IO.inspect(Enum.take(next, 4), label: "repeatedly")

lines = Stream.resource(
  fn -> IO.puts("open"); ["first", "second", "third"] end,
  fn
    [] -> {:halt, []}
    [h | t] -> {[String.upcase(h)], t}
  end,
  fn _ -> IO.puts("close") end
)
IO.inspect(Enum.to_list(lines), label: "resource")
IO.inspect(Enum.take(lines, 1), label: "take 1")

pages = Stream.resource(
  fn -> 1 end,
  fn
    p when p > 3 -> {:halt, p}
    p -> {Enum.map(1..2, &"p#{p}-#{&1}"), p + 1}
  end,
  fn p -> IO.puts("stopped at #{p}") end
)
IO.inspect(Enum.to_list(pages))

IO.inspect(Stream.unfold(1, fn n -> {n, n + 1} end) |> Stream.filter(&(rem(&1, 7) == 0)) |> Enum.take(3))
IO.inspect(Stream.iterate("a", &(&1 <> "a")) |> Enum.at(4))

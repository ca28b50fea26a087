# Expectation: an uncaught throw inside Enum.each's function: ** (throw) and the anonymous function's frame (1.14 = 1.18).
Enum.each([1, 2, 3], fn x ->
  if x == 2, do: throw(:found_two)
  IO.puts(x)
end)
IO.puts("unreachable")

# Expectation: enum.map for Enum.map: 1.18 raises on the undefined variable (no expansion to a call since 1.15), with its span.
result = enum.map([1, 2], fn x -> x end)
IO.inspect(result)

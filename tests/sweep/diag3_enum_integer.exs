# Expectation: Enum.each on an integer: Protocol.UndefinedError 1.18 wording (no consolidation, Got value:).
Enum.each(3, fn x -> IO.puts(x) end)
IO.puts("unreachable")

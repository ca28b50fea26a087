# Expectation: def at the top level: Kernel raises ArgumentError while expanding (1.14's output without Elixir's own stack lines).
def hello do
  "hi"
end

IO.puts(hello())

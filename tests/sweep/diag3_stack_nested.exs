# Expectation: an error two modules deep: Protocol.UndefinedError 1.18 wording and the frames of both functions.
defmodule Outer do
  def run(x), do: Inner.step(x) + 1
end

defmodule Inner do
  def step(x), do: x * 2 + Enum.sum(x)
end

IO.puts(Outer.run(3))

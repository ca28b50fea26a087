# Expectation: a literal first..last with first > last: Kernel's .. macro 1.18 IO.warn with Macro.Env.stacktrace(__CALLER__) (no snippet, the stack entry below; 1.14 does not warn). 5..1//-1 and 1..-1 (unary minus is a call) do not warn.
IO.inspect(Enum.to_list(5..1))
IO.inspect(Enum.to_list(5..1//-1))
IO.inspect(Enum.to_list(1..-1))

defmodule Countdown do
  def run, do: Enum.map(3..1, &(&1 * 10))
end

IO.inspect(Countdown.run())

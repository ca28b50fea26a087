# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc_36_call_self.exs), nothing in it
# differs in 1.18 (no charlists, stack frames or version-specific messages).
# A process calling itself as a GenServer exits at once.
try do
  GenServer.call(self(), :ping)
catch
  :exit, reason -> IO.inspect(reason, label: "calling self")
end

GenServer.call(self(), :ping, 1000)

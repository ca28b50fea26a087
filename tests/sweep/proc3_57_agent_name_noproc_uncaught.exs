# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc3_57_agent_name_noproc_uncaught.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# Reading an Agent by a name nobody registered, without catching: the
# script dies with the GenServer.call exit, formatted.
defmodule Settings do
  def get(key), do: Agent.get(:settings, Map, :get, [key])
end

{:ok, _} = Agent.start_link(fn -> %{theme: :dark} end, name: :prefs)
IO.inspect(Agent.get(:prefs, Map, :get, [:theme]), label: "prefs")
IO.inspect(Settings.get(:theme))

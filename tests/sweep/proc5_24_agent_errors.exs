# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc5_24_agent_errors.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# Agent failures seen by the caller: a raising get, a bad
# get_and_update return, get on a stopped agent, and a timeout.
Logger.configure(level: :none)

try_it = fn label, f ->
  try do
    IO.inspect(f.(), label: label)
  catch
    :exit, {reason, {mod, fun, _}} ->
      short = case reason do
        {%{__exception__: true} = e, _} -> e.__struct__
        {:bad_return_value, v} -> {:bad_return_value, v}
        other -> other
      end
      IO.inspect({mod, fun, short}, label: label)
  end
end

{:ok, a} = Agent.start(fn -> 1 end)
try_it.("raise", fn -> Agent.get(a, fn _ -> raise "no" end) end)
IO.inspect(Process.alive?(a), label: "alive after raise")

{:ok, b} = Agent.start(fn -> 1 end)
try_it.("bad return", fn -> Agent.get_and_update(b, fn s -> s end) end)
IO.inspect(Process.alive?(b), label: "alive after bad return")

{:ok, c} = Agent.start(fn -> 1 end)
Agent.stop(c)
try_it.("stopped", fn -> Agent.get(c, & &1) end)

{:ok, d} = Agent.start(fn -> 1 end)
try_it.("timeout", fn -> Agent.get(d, fn s -> Process.sleep(200); s end, 20) end)
IO.inspect(Agent.get(d, & &1), label: "still works")

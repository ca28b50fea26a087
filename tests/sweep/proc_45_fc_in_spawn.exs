# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc_45_fc_in_spawn.exs), nothing in it
# differs in 1.18 (no charlists, stack frames or version-specific messages).
# A spawned process calls a function with no matching clause; the
# monitor reports :function_clause with the arguments in the stack.
defmodule Shape do
  def area({:square, s}), do: s * s
  def area({:circle, r}), do: 3.14 * r * r
end

{pid, ref} = spawn_monitor(fn -> Shape.area({:triangle, 3, 4}) end)

defmodule W do
  def down(ref) do
    receive do
      {:DOWN, ^ref, :process, _, {:function_clause, [{mod, fun, args, _} | _]}} -> {mod, fun, args}
    end
  end
end

result = W.down(ref)
Process.sleep(100)
IO.inspect(result, label: "function_clause")
IO.inspect(Process.alive?(pid), label: "alive")

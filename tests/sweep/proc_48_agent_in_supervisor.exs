# Expectation: recorded with Elixir 1.14 / OTP 25 through Code.eval_file/1 (1.14's
# compiler fails on its top-level receive; 1.18 does not); stack lines printed
# name no Elixir or OTP frame, so stdout is what 1.18 prints.
# use Agent gives a child_spec; the supervisor restarts a killed Agent
# with its initial state.
defmodule Cart do
  use Agent

  def start_link(items), do: Agent.start_link(fn -> items end, name: __MODULE__)
  def add(item), do: Agent.update(__MODULE__, &[item | &1])
  def items, do: Agent.get(__MODULE__, &Enum.reverse/1)
end

IO.inspect(Cart.child_spec([:apple]), label: "child_spec")
{:ok, _sup} = Supervisor.start_link([{Cart, [:apple]}], strategy: :one_for_one)
Cart.add(:pear)
IO.inspect(Cart.items(), label: "items")
old = Process.whereis(Cart)
ref = Process.monitor(old)
Process.exit(old, :kill)

receive do
  {:DOWN, ^ref, :process, ^old, reason} -> IO.inspect(reason, label: "agent down")
end

defmodule Wait do
  def restarted(name, old) do
    case Process.whereis(name) do
      pid when is_pid(pid) and pid != old -> pid
      _ -> Process.sleep(5); restarted(name, old)
    end
  end
end

Wait.restarted(Cart, old)
IO.inspect(Cart.items(), label: "after restart")

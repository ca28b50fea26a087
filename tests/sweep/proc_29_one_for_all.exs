# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc_29_one_for_all.exs), nothing in it
# differs in 1.18 (no charlists, stack frames or version-specific messages).
# one_for_all restarts every child when one dies; rest_for_one only the
# later ones.
defmodule Child do
  use Agent

  def start_link(name) do
    Agent.start_link(fn -> IO.puts("start #{name}"); name end, name: name)
  end
end

defmodule Demo do
  def run(strategy) do
    IO.puts("-- #{strategy}")
    children = for n <- [:a, :b, :c], do: Supervisor.child_spec({Child, n}, id: n)
    {:ok, sup} = Supervisor.start_link(children, strategy: strategy)
    old = Process.whereis(:b)
    ref = Process.monitor(old)
    Process.exit(old, :kill)

    receive do
      {:DOWN, ^ref, _, _, _} -> :ok
    end

    wait_for(:b, old)
    Supervisor.stop(sup)
  end

  defp wait_for(name, old) do
    case Process.whereis(name) do
      pid when is_pid(pid) and pid != old -> :ok
      _ -> Process.sleep(5); wait_for(name, old)
    end
  end
end

Demo.run(:one_for_one)
Demo.run(:one_for_all)
Demo.run(:rest_for_one)

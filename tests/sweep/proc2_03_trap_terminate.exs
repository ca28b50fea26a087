# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc2_03_trap_terminate.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# terminate/2 runs when the parent's exit signal arrives only if the
# server traps exits.
defmodule Tidy do
  use GenServer

  def start(trap, report), do: GenServer.start(__MODULE__, {trap, report})

  def init({trap, report}) do
    Process.flag(:trap_exit, trap)
    {:ok, report}
  end

  def terminate(reason, report) do
    send(report, {:terminated, reason})
  end
end

defmodule Run do
  def case_for(trap) do
    me = self()

    parent =
      spawn(fn ->
        {:ok, pid} = GenServer.start_link(Tidy, {trap, me})
        send(me, {:server, pid})
        receive do
          :die -> exit(:boom)
        end
      end)

    pid =
      receive do
        {:server, p} -> p
      end

    ref = Process.monitor(pid)
    send(parent, :die)

    receive do
      {:DOWN, ^ref, :process, ^pid, reason} -> IO.inspect(reason, label: "trap=#{trap} down")
    end

    receive do
      {:terminated, reason} -> IO.inspect(reason, label: "trap=#{trap} terminate")
    after
      100 -> IO.puts("trap=#{trap} terminate not called")
    end
  end
end

Run.case_for(true)
Run.case_for(false)

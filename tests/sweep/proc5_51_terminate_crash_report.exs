# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc5_51_terminate_crash_report.exs); nothing in
# it differs in 1.18 (no charlists, anonymous function names or
# version-specific messages; Elixir's own stack frames are left out).
# A terminate/2 that raises while the server stops after a cast crash:
# the report shows terminate's own exception with OTP's try_terminate
# frames, and a monitor sees that exception as the reason.
defmodule Messy do
  use GenServer
  def init(x), do: {:ok, x}
  def handle_cast(:stop, s), do: {:stop, :cleanup_time, s}
  def terminate(_reason, s), do: raise(RuntimeError, "cleanup failed for #{s}")
end

defmodule Watch do
  def run do
    {:ok, p} = GenServer.start(Messy, "db")
    ref = Process.monitor(p)
    GenServer.cast(p, :stop)

    receive do
      {:DOWN, ^ref, :process, ^p, {%RuntimeError{message: m}, [_ | _]}} -> IO.inspect(m, label: "down")
    end

    Process.sleep(50)
  end
end

Watch.run()

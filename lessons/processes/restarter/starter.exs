defmodule Restarter do
  # Spawn the keeper and return its pid. The keeper traps exits
  # (Process.flag(:trap_exit, true)), starts the worker with spawn_link/1
  # and waits for {:EXIT, worker, reason}.
  def start(fun, max_restarts) do
  end
end

defmodule Countdown do
  # Spawn the countdown process and return its pid. It prints n, then
  # (using Process.send_after/3 to wake itself up) n - 1 ... 1, then Liftoff!
  def start(n, interval) do
  end

  def abort(pid) do
  end
end

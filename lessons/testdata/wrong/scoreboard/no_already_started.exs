# verdict: fail
# problem: error
# why: start/0 does not check whether the name is taken: the second start
#   raises ArgumentError from Process.register/2.
defmodule Scoreboard do
  @name :scoreboard

  def start do
    pid = spawn(fn -> loop(%{}) end)
    Process.register(pid, @name)
    {:ok, pid}
  end

  def add(player, points) do
    send(@name, {:add, player, points})
    :ok
  end

  def score(player) do
    send(@name, {:score, player, self()})

    receive do
      {:score, ^player, points} -> points
    end
  end

  def stop do
    send(@name, :stop)
    :ok
  end

  defp loop(scores) do
    receive do
      {:add, player, points} ->
        loop(Map.update(scores, player, points, &(&1 + points)))

      {:score, player, caller} ->
        send(caller, {:score, player, Map.get(scores, player, 0)})
        loop(scores)

      :stop ->
        :ok
    end
  end
end

# verdict: fail
# problem: stdout
# why: a player who never scored gets nil instead of 0.
defmodule Scoreboard do
  @name :scoreboard

  def start do
    case Process.whereis(@name) do
      nil ->
        pid = spawn(fn -> loop(%{}) end)
        Process.register(pid, @name)
        {:ok, pid}

      _pid ->
        {:error, :already_started}
    end
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
        send(caller, {:score, player, Map.get(scores, player)})
        loop(scores)

      :stop ->
        :ok
    end
  end
end

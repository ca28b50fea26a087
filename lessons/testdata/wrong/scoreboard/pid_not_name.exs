# verdict: fail
# problem: error
# why: never registers the name: add/2 and score/1 send to :scoreboard,
#   which raises ArgumentError (the name is not registered).
defmodule Scoreboard do
  @name :scoreboard

  def start do
    case Process.whereis(@name) do
      nil ->
        pid = spawn(fn -> loop(%{}) end)
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
        send(caller, {:score, player, Map.get(scores, player, 0)})
        loop(scores)

      :stop ->
        :ok
    end
  end
end

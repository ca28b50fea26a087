defmodule Scoreboard do
  # Spawn the process, register it as :scoreboard, return {:ok, pid};
  # {:error, :already_started} if the name is taken.
  def start do
  end

  def add(player, points) do
  end

  def score(player) do
  end

  def stop do
  end

  # The process's loop: its argument is the map of scores.
  defp loop(scores) do
  end
end

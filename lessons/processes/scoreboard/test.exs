defmodule ScoreboardTest do
  use ExUnit.Case

  setup do
    {:ok, pid} = Scoreboard.start()
    on_exit(fn -> Scoreboard.stop() end)
    %{pid: pid}
  end

  test "start/0 registers the process as :scoreboard", %{pid: pid} do
    assert Process.whereis(:scoreboard) == pid
  end

  test "a second start/0 is refused" do
    assert Scoreboard.start() == {:error, :already_started}
  end

  test "an unknown player has 0 points" do
    assert Scoreboard.score("nobody") == 0
  end

  test "points add up per player" do
    assert Scoreboard.add("ann", 3) == :ok
    Scoreboard.add("ann", 4)
    Scoreboard.add("bob", 1)
    assert Scoreboard.score("ann") == 7
    assert Scoreboard.score("bob") == 1
  end
end

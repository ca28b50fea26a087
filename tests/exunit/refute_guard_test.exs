ExUnit.start(seed: 0, colors: [enabled: false])

defmodule RefuteGuardTest do
  use ExUnit.Case

  test "refute_received with a guard" do
    send(self(), {:temp, 30})
    refute_received {:temp, t} when t > 25
  end
end

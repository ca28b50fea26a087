ExUnit.start(seed: 0, colors: [enabled: false])

defmodule InvalidTest do
  use ExUnit.Case

  test "uses an undefined variable" do
    assert value == 1
  end
end

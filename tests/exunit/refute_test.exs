ExUnit.start(seed: 0, colors: [enabled: false])

defmodule RefuteTest do
  use ExUnit.Case

  test "truthy" do
    refute 1
  end

  test "equal" do
    refute 1 == 1
  end

  test "other operator" do
    refute 2 > 1
  end

  test "passes" do
    refute nil
    refute 1 == 2
  end
end

# args: --only slow --exclude flaky
ExUnit.start(seed: 0, colors: [enabled: false])

defmodule OnlyTest do
  use ExUnit.Case

  @tag :slow
  test "slow and failing" do
    assert Enum.sum([1, 2]) == 4
  end

  @tag :slow
  @tag :flaky
  test "slow but flaky" do
    flunk("excluded")
  end

  test "not slow" do
    flunk("not run")
  end

  @tag slow: false
  test "slow false" do
    flunk("not run either")
  end
end

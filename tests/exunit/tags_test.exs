ExUnit.start(seed: 0, colors: [enabled: false])

ExUnit.configure(exclude: [:slow, integration: true])

defmodule TagsTest do
  use ExUnit.Case
  @moduletag area: :math

  @tag :skip
  test "skipped" do
    flunk("never")
  end

  @tag skip: "not ready yet"
  test "skipped with a reason" do
    flunk("never")
  end

  @tag :slow
  test "slow is excluded" do
    flunk("never")
  end

  @tag integration: true
  test "integration is excluded" do
    flunk("never")
  end

  @tag integration: false
  test "integration false runs", context do
    assert context.area == :physics
  end

  @tag value: 3
  test "a tag reaches the context", %{value: value} do
    assert value == 4
  end

  test "moduletag reaches the context", context do
    assert context[:area] == :math
    assert context[:value] == nil
  end
end

defmodule SkippedModuleTest do
  use ExUnit.Case
  @moduletag :skip

  test "one" do
    flunk("never")
  end
end

ExUnit.start(seed: 0, colors: [enabled: false])

defmodule ContextTest do
  use ExUnit.Case

  @moduletag role: :admin

  setup context do
    {:ok, name: context.test |> Atom.to_string() |> String.upcase()}
  end

  test "the test name", context do
    assert context.name == "TEST THE TEST NAME!"
  end

  test "the file and line", context do
    assert {Path.basename(context.file), context.line} == {"context_test.exs", 0}
  end

  test "the module", %{module: module} do
    assert module == OtherTest
  end

  describe "in a describe" do
    test "describe name", context do
      assert context.describe == "elsewhere"
    end
  end

  test "test_type", context do
    assert context.test_type == :doctest
  end

  test "a tag from the module", %{role: role} do
    assert role == :user
  end

  test "test_pid is self", context do
    assert context.test_pid != self()
  end

  test "keys of the context", context do
    assert context |> Map.drop([:test_pid]) |> Map.keys() |> Enum.sort() == []
  end
end

ExUnit.start(seed: 0, colors: [enabled: false], exclude: [:slow])

defmodule SetupTest do
  use ExUnit.Case, async: true

  setup_all do
    [all: :yes]
  end

  setup do
    {:ok, pid} = Agent.start_link(fn -> [1, 2, 3] end)
    on_exit(fn -> send(self(), :never_seen) end)
    %{agent: pid}
  end

  describe "agent" do
    setup %{agent: agent} do
      [first: Agent.get(agent, &hd/1)]
    end

    test "sees both setups", %{agent: agent, first: first, all: all} do
      assert first == 1
      assert all == :yes
      assert Agent.get(agent, &length/1) == 3
    end

    test "context has the test name", context do
      assert context.test == :"test agent context has the test name"
      assert context.describe == "agent"
    end
  end

  @tag :slow
  test "excluded" do
    flunk "excluded"
  end

  test "fails in a describe-less test", %{all: all} do
    assert all == :no
  end
end

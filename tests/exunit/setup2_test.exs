ExUnit.start(seed: 0, colors: [enabled: false])

defmodule Setup2Test do
  use ExUnit.Case

  setup_all do
    %{shared: :all}
  end

  setup do
    {:ok, user: "Ann"}
  end

  setup :add_list
  setup [:add_count, :add_map]

  defp add_list(_context), do: [list: [1, 2, 3]]
  defp add_count(%{list: list}), do: %{count: length(list)}
  defp add_map(_), do: :ok

  test "context has every key", %{shared: shared, user: user, list: list, count: count} do
    assert {shared, user, list, count} == {:all, "Ann", [1, 2, 3], 4}
  end

  test "context keys from ExUnit", context do
    assert context.test == :"test context keys from ExUnit"
    assert context.module == Setup2Test
    assert context.user == "Bob"
  end

  test "a pattern in the head that does not match", %{user: "Bob"} do
    :ok
  end

  describe "with its own setup" do
    setup %{count: count} do
      %{double: count * 2}
    end

    test "sees both", %{double: double} do
      assert double == 5
    end
  end

  describe "setup that raises" do
    setup do
      raise "setup failed"
    end

    test "never runs" do
      assert true
    end
  end

  describe "setup that returns a bad value" do
    setup do
      :bad
    end

    test "never runs either" do
      assert true
    end
  end
end

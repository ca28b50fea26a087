ExUnit.start(seed: 0, colors: [enabled: false])

defmodule Describe2Test do
  use ExUnit.Case

  setup do
    %{base: 1}
  end

  defp add_two(%{base: b}), do: %{base: b + 2}
  defp add_ten(%{base: b}), do: %{base: b + 10}

  describe "named setups" do
    setup [:add_two, :add_ten]

    test "both applied", %{base: b} do
      assert b == 12
    end
  end

  describe "another describe" do
    setup :add_two

    test "only one applied", %{base: b} do
      assert b == 4
    end

    test "tags in the context", context do
      assert context.describe == "another describe" and context.base == 0
    end
  end

  describe "no setup of its own" do
    test "module setup only", %{base: b} do
      assert b == 2
    end
  end

  describe "setup returning :ok" do
    setup do
      :ok
    end

    test "context unchanged", context do
      assert Map.has_key?(context, :extra)
    end
  end

  test "outside any describe", context do
    assert context.describe == "something"
  end
end

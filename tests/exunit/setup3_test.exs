ExUnit.start(seed: 0, colors: [enabled: false])

defmodule Setup3Test do
  use ExUnit.Case

  setup_all do
    {:ok, %{db: :connected}}
  end

  setup context do
    IO.puts("setup for #{context.test}")
    if context[:admin], do: {:ok, role: :admin}, else: {:ok, role: :user}
  end

  @tag :admin
  test "admin role", %{role: role, db: db} do
    assert {role, db} == {:admin, :disconnected}
  end

  test "user role", %{role: role} do
    assert role == :admin
  end

  describe "overriding keys" do
    setup do
      [role: :guest]
    end

    test "the describe's setup wins", context do
      assert context.role == :user
    end
  end

  describe "setup with a list of names" do
    setup [:one, :two]

    defp one(_), do: %{n: 1}
    defp two(%{n: n}), do: %{n: n + 1}

    test "they run in order", %{n: n} do
      assert n == 3
    end
  end

  describe "setup returning an error tuple" do
    setup do
      {:error, :not_ready}
    end

    test "does not run" do
      assert true
    end
  end

  describe "setup matching on a key it does not have" do
    setup %{missing: m} do
      %{m: m}
    end

    test "fails in setup" do
      assert true
    end
  end
end

defmodule Setup3AllTest do
  use ExUnit.Case

  setup_all do
    [shared: 1]
  end

  setup_all %{shared: s} do
    %{shared2: s + 1}
  end

  test "sees both", context do
    assert context.shared + context.shared2 == 4
  end
end

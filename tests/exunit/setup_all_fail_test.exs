ExUnit.start(seed: 0, colors: [enabled: false])

defmodule SetupAllFailTest do
  use ExUnit.Case

  setup_all do
    raise "database not available"
  end

  test "one" do
    assert true
  end

  test "two" do
    assert true
  end
end

defmodule SetupAllOkTest do
  use ExUnit.Case

  setup_all do
    {:ok, value: 1}
  end

  test "sees the value", %{value: value} do
    assert value == 2
  end
end

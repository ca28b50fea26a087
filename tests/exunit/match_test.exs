ExUnit.start(seed: 0, colors: [enabled: false])

defmodule MatchTest do
  use ExUnit.Case

  test "match" do
    assert {:ok, _} = {:error, 1}
  end

  test "match binds" do
    assert {:ok, value} = {:ok, 41}
    assert value + 1 == 43
  end

  test "match?" do
    assert match?(%{name: _}, %{age: 3})
  end

  test "refute match?" do
    refute match?([_ | _], [1])
  end
end

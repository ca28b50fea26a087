ExUnit.start(seed: 0, colors: [enabled: false])

defmodule DupTest do
  use ExUnit.Case

  test "same name" do
    assert true
  end

  test "same name" do
    assert false
  end
end

ExUnit.start(seed: 0, colors: [enabled: false])

defmodule DescribeTest do
  use ExUnit.Case

  describe "add/2" do
    test "adds" do
      assert 1 + 1 == 3
    end

    test "is commutative" do
      assert 1 + 2 == 2 + 1
    end
  end

  describe "with a tag" do
    @describetag :fast

    test "sees the describe in the context", context do
      assert context.describe == "other"
    end

    test "sees the describetag", context do
      assert context.fast == false
    end
  end

  test "outside any describe" do
    assert "a" == "b"
  end
end

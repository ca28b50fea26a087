ExUnit.start(seed: 0, colors: [enabled: false])

defmodule NestedDescribeTest do
  use ExUnit.Case

  describe "outer" do
    describe "inner" do
      test "x" do
        assert true
      end
    end
  end
end

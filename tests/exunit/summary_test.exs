ExUnit.start(seed: 0, colors: [enabled: false], exclude: [:slow])

defmodule SummaryTest do
  use ExUnit.Case

  test "passes" do
    assert true
  end

  test "fails" do
    assert false
  end

  @tag :skip
  test "skipped" do
    assert false
  end

  @tag :slow
  test "excluded" do
    assert false
  end

  @tag :slow
  test "excluded too" do
    assert false
  end

  test "not implemented"

  describe "a skipped describe" do
    @describetag :skip

    test "one" do
      assert false
    end

    test "two" do
      assert false
    end
  end
end

defmodule SummarySkippedModuleTest do
  use ExUnit.Case

  @moduletag :skip

  test "module skipped" do
    assert false
  end
end

defmodule SummaryInvalidTest do
  use ExUnit.Case

  setup_all do
    raise "no database"
  end

  test "invalid one" do
    assert true
  end

  test "invalid two" do
    assert true
  end
end

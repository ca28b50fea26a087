ExUnit.start(seed: 0, colors: [enabled: false])

defmodule MiscTest do
  use ExUnit.Case

  test "flunk" do
    flunk "nope"
  end

  test "assert_in_delta" do
    assert_in_delta 1.0, 2.0, 0.5
  end

  test "catch" do
    assert catch_throw(throw(:x)) == :x
    assert catch_exit(exit(:bye)) == :bye
    assert catch_error(raise "e") == %RuntimeError{message: "e"}
  end

  @tag :skip
  test "skipped" do
    flunk "never"
  end
end

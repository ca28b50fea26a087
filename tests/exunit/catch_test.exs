ExUnit.start(seed: 0, colors: [enabled: false])

defmodule CatchTest do
  use ExUnit.Case

  test "catch_throw with nothing thrown" do
    catch_throw(:ok)
  end

  test "catch_exit with nothing exited" do
    catch_exit(1 + 1)
  end

  test "catch_error with nothing raised" do
    catch_error(String.upcase("a"))
  end

  test "catch_error does not catch a throw" do
    catch_error(throw(:oops))
  end

  test "catches" do
    assert catch_throw(throw(:x)) == :x
    assert catch_exit(exit(:bye)) == :bye
    assert catch_error(raise "e") == %RuntimeError{message: "e"}
  end

  test "flunk with its default message" do
    flunk()
  end

  test "refute_in_delta" do
    refute_in_delta 1.0, 1.1, 0.5
  end

  test "refute_received" do
    send(self(), {:hello, 1})
    refute_received {:hello, _}
  end

  test "a raise in the test" do
    raise ArgumentError, "boom"
  end
end

ExUnit.start(seed: 0, colors: [enabled: false])

defmodule Catch2Test do
  use ExUnit.Case

  test "catch_throw returns the value" do
    assert catch_throw(throw(:found)) == :lost
  end

  test "catch_exit returns the reason" do
    assert catch_exit(exit(:normal)) == :shutdown
  end

  test "catch_error returns the exception" do
    assert catch_error(raise "oops") == :oops
  end

  test "catch_error of an erlang error" do
    assert catch_error(:erlang.error(:badarg)) == :bad
  end

  test "catch_exit with nothing" do
    catch_exit(:ok)
  end

  test "catch_throw of an error" do
    catch_throw(raise "not a throw")
  end

  test "flunk with a message" do
    flunk("this test is not written yet")
  end

  test "flunk inside a helper" do
    check(1)
  end

  defp check(n) do
    if n < 2, do: flunk("n is #{n}")
  end
end

ExUnit.start(seed: 0, colors: [enabled: false])

defmodule Catch3Test do
  use ExUnit.Case

  test "catch_throw value compared" do
    assert catch_throw(throw({:halt, 1})) == {:halt, 2}
  end

  test "catch_exit of a call to a dead server" do
    {:ok, pid} = Agent.start(fn -> 0 end)
    Agent.stop(pid)
    assert {:noproc, {GenServer, :call, _}} = catch_exit(Agent.get(pid, & &1))
    assert elem(catch_exit(Agent.get(pid, & &1)), 0) == :nope
  end

  test "catch_error returns the exception" do
    assert catch_error(raise "x") == %RuntimeError{message: "y"}
  end

  test "catch_error of an erlang error" do
    assert catch_error(:erlang.error(:badarg)) == :other
  end

  test "catch_throw when it exits" do
    catch_throw(exit(:bye))
  end

  test "catch_exit when nothing exits" do
    catch_exit(1 + 1)
  end

  test "catch_error when it throws" do
    catch_error(throw(:ball))
  end

  test "catch_throw of a value from a function" do
    f = fn x -> if x > 1, do: throw(:big), else: x end
    assert catch_throw(f.(5)) == :small
  end

  test "catch_exit with a reason" do
    assert catch_exit(exit({:shutdown, 1})) == {:shutdown, 2}
  end

  test "catch_error of an arithmetic error" do
    x = 0
    assert catch_error(1 / x) == :badarith
  end
end

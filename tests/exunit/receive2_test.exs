ExUnit.start(seed: 0, colors: [enabled: false])

defmodule Receive2Test do
  use ExUnit.Case

  test "custom timeout" do
    assert_receive :done, 50
  end

  test "several messages" do
    send(self(), {:a, 1})
    send(self(), {:b, 2})
    assert_receive {:c, _}
  end

  test "more than ten messages" do
    for i <- 1..12, do: send(self(), {:n, i})
    assert_receive {:n, 13}
  end

  test "guard" do
    send(self(), {:n, 1})
    assert_receive {:n, n} when n > 5
  end

  test "custom message" do
    assert_receive :done, 10, "the worker never answered"
  end

  test "assert_received with an empty mailbox" do
    assert_received :hello
  end

  test "assert_received with other messages" do
    send(self(), :bye)
    assert_received :hello
  end

  test "refute_receive with a timeout" do
    send(self(), {:tick, 1})
    refute_receive {:tick, _}, 50
  end

  test "refute_received" do
    send(self(), :x)
    refute_received :x
  end

  test "message from another process" do
    parent = self()
    spawn(fn -> send(parent, {:result, 41}) end)
    assert_receive {:result, 42}
  end

  test "binds the message" do
    send(self(), {:result, 41})
    assert_receive {:result, value}
    assert value == 42
  end

  test "long message" do
    send(self(), %{id: 1, name: "A fairly long name", email: "someone@example.com", roles: [:admin, :editor]})
    assert_receive %{id: 2}
  end
end

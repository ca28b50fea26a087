ExUnit.start(seed: 0, colors: [enabled: false])

defmodule Receive3Test do
  use ExUnit.Case

  test "pinned ref" do
    ref = make_ref()
    send(self(), {:reply, make_ref(), :ok})
    assert_receive {:reply, ^ref, :ok}
  end

  test "two pins" do
    a = 1
    b = 2
    send(self(), {:pair, 1, 3})
    assert_receive {:pair, ^a, ^b}
  end

  test "monitor DOWN" do
    pid = spawn(fn -> exit(:crashed) end)
    ref = Process.monitor(pid)
    assert_receive {:DOWN, ^ref, :process, _, reason}
    assert reason == :normal
    assert_receive {:DOWN, _, :process, ^pid, _}
  end

  test "send_after arrives in time" do
    Process.send_after(self(), :tick, 20)
    assert_receive :tick
    Process.send_after(self(), :tock, 500)
    assert_receive :tock
  end

  test "refute_receive of a message sent later" do
    parent = self()
    spawn(fn -> send(parent, {:late, 1}) end)
    refute_receive {:late, _}
  end

  test "a timeout in a variable" do
    timeout = 30
    assert_receive :never, timeout
  end

  test "struct in the mailbox" do
    send(self(), %URI{host: "example.com"})
    assert_receive %URI{host: "elixir-lang.org"}
  end

  test "assert_received with a pin" do
    id = 7
    send(self(), {:id, 8})
    assert_received {:id, ^id}
  end

  test "first matching message wins" do
    send(self(), {:n, 1})
    send(self(), {:n, 2})
    assert_receive {:n, x}
    assert x == 2
  end

  test "bound variables after the pattern" do
    send(self(), {:user, "ann", 30})
    assert_receive {:user, name, age}
    assert {name, age} == {"ann", 31}
  end

  test "a map message with nested data" do
    send(self(), %{event: "created", payload: %{id: 1, tags: ["a", "b"]}})
    assert_receive %{event: "deleted"}
  end

  test "a binary message" do
    send(self(), "hello")
    assert_receive "bye"
  end
end

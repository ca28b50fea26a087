defmodule RoomsTest do
  use ExUnit.Case

  # Each test starts the tree linked to the test process; on_exit waits
  # until it is gone, so that the next test can register the names again.
  setup do
    Process.flag(:trap_exit, true)
    {:ok, sup} = Rooms.start_link()

    on_exit(fn ->
      ref = Process.monitor(sup)
      Process.exit(sup, :shutdown)
      assert_receive {:DOWN, ^ref, :process, ^sup, _}, 1_000
    end)

    %{sup: sup}
  end

  test "the via tuple names a room in Rooms.Registry" do
    assert Rooms.via("lobby") == {:via, Registry, {Rooms.Registry, "lobby"}}
  end

  test "open starts a registered room once" do
    assert {:ok, pid} = Rooms.open("lobby")
    assert Rooms.whereis("lobby") == pid
    assert GenServer.whereis(Rooms.via("lobby")) == pid
    assert Rooms.open("lobby") == {:error, {:already_started, pid}}
    assert Rooms.count() == 1
  end

  test "rooms keep their history" do
    {:ok, _} = Rooms.open("lobby")
    Rooms.say("lobby", "ann", "hi")
    Rooms.say("lobby", "bob", "hey")
    assert Rooms.history("lobby") == ["ann: hi", "bob: hey"]
  end

  test "unknown rooms" do
    assert Rooms.whereis("nowhere") == nil
    assert catch_exit(Rooms.history("nowhere"))
  end

  test "a crashed room restarts empty under its name" do
    {:ok, pid} = Rooms.open("lobby")
    Rooms.say("lobby", "ann", "hi")
    Process.exit(pid, :kill)
    Process.sleep(100)
    new = Rooms.whereis("lobby")
    assert is_pid(new) and new != pid
    assert Rooms.history("lobby") == []
  end

  test "a crash of the registry stops the rooms" do
    {:ok, pid} = Rooms.open("lobby")
    ref = Process.monitor(pid)
    # A Registry is a supervisor: stopping it with a reason other than
    # :normal is a crash, for its own supervisor.
    Supervisor.stop(Rooms.Registry, {:shutdown, :crash})
    assert_receive {:DOWN, ^ref, :process, ^pid, _}, 1_000
  end

  test "members receive what is said in their rooms" do
    {:ok, _} = Rooms.open("lobby")
    assert Rooms.join("lobby") == :ok
    assert Rooms.members("lobby") == 1
    Rooms.say("lobby", "bob", "hello")
    assert_receive {:said, "lobby", "bob", "hello"}
  end
end

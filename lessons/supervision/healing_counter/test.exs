defmodule CounterSupervisorTest do
  use ExUnit.Case

  # Each test starts the supervisor linked to the test process; on_exit
  # waits until it is gone, so that the next test can register the names
  # again.
  setup do
    Process.flag(:trap_exit, true)
    {:ok, sup} = Counter.Supervisor.start_link(5)

    on_exit(fn ->
      ref = Process.monitor(sup)
      Process.exit(sup, :shutdown)
      assert_receive {:DOWN, ^ref, :process, ^sup, _}, 1_000
    end)

    %{sup: sup}
  end

  defp restarted(old, tries \\ 100) do
    case Process.whereis(Counter) do
      pid when is_pid(pid) and pid != old -> pid
      _ when tries > 0 -> Process.sleep(10); restarted(old, tries - 1)
      _ -> flunk("the counter was not restarted")
    end
  end

  test "counts from the initial value" do
    assert Counter.value() == 5
    assert Counter.increment() == 6
    assert Counter.increment() == 7
    assert Counter.value() == 7
  end

  test "the supervisor is registered and supervises the counter", %{sup: sup} do
    assert Process.whereis(Counter.Supervisor) == sup
    assert [{Counter, pid, :worker, [Counter]}] = Supervisor.which_children(sup)
    assert pid == Process.whereis(Counter)
  end

  test "a crashed counter is restarted with a fresh count" do
    Counter.increment()
    old = Process.whereis(Counter)
    Process.exit(old, :kill)
    new = restarted(old)
    assert new != old
    assert Counter.value() == 5
  end

  test "the supervisor gives up after 6 quick crashes", %{sup: sup} do
    for _ <- 1..5 do
      old = Process.whereis(Counter)
      Process.exit(old, :kill)
      restarted(old)
    end

    assert Process.alive?(sup)
    Process.exit(Process.whereis(Counter), :kill)
    assert_receive {:EXIT, ^sup, :shutdown}, 1_000
  end
end

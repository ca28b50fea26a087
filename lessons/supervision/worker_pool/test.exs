defmodule PoolTest do
  use ExUnit.Case

  # Each test starts the pool linked to the test process; on_exit waits
  # until it is gone, so that the next test can register Pool again.
  setup do
    Process.flag(:trap_exit, true)
    {:ok, sup} = Pool.start_link(2)

    on_exit(fn ->
      ref = Process.monitor(sup)
      Process.exit(sup, :shutdown)
      assert_receive {:DOWN, ^ref, :process, ^sup, _}, 1_000
    end)

    %{sup: sup}
  end

  defp workers do
    for {_, pid, :worker, _} <- DynamicSupervisor.which_children(Pool), do: pid
  end

  test "the pool is registered as Pool", %{sup: sup} do
    assert Process.whereis(Pool) == sup
    assert Pool.size() == 0
  end

  test "starts workers that run jobs" do
    assert {:ok, worker} = Pool.start_worker(:a)
    assert Pool.Worker.run(worker, fn -> 1 + 1 end) == 2
    assert workers() == [worker]
  end

  test "refuses more than max_workers" do
    assert {:ok, _} = Pool.start_worker(1)
    assert {:ok, _} = Pool.start_worker(2)
    assert Pool.start_worker(3) == {:error, :max_children}
    assert Pool.size() == 2
  end

  test "stop_worker stops a worker for good" do
    {:ok, worker} = Pool.start_worker(1)
    ref = Process.monitor(worker)
    assert Pool.stop_worker(worker) == :ok
    assert_receive {:DOWN, ^ref, :process, ^worker, :shutdown}
    assert Pool.stop_worker(worker) == {:error, :not_found}
    assert Pool.size() == 0
  end

  test "a crashed worker is replaced" do
    {:ok, worker} = Pool.start_worker(1)
    Process.exit(worker, :kill)
    Process.sleep(100)
    assert [new] = workers()
    assert new != worker
  end

  test "a finished worker is not replaced" do
    {:ok, worker} = Pool.start_worker(1)
    Pool.Worker.finish(worker)
    Process.sleep(100)
    assert workers() == []
  end
end

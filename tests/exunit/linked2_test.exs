ExUnit.start(seed: 0, colors: [enabled: false])

defmodule Linked2Test do
  use ExUnit.Case

  test "spawn_link process raises" do
    spawn_link(fn -> raise "child failed" end)
    Process.sleep(100)
  end

  test "spawn_link process exits with a reason" do
    spawn_link(fn -> exit(:boom) end)
    Process.sleep(100)
  end

  test "spawn_link process exits normally" do
    spawn_link(fn -> exit(:normal) end)
    Process.sleep(50)
    assert 1 == 2
  end

  test "a linked Agent crashing" do
    {:ok, agent} = Agent.start_link(fn -> 0 end)
    Agent.cast(agent, fn _ -> raise "agent boom" end)
    Process.sleep(100)
  end

  test "trap exits and receive the EXIT" do
    Process.flag(:trap_exit, true)
    pid = spawn_link(fn -> exit(:bye) end)
    assert_receive {:EXIT, ^pid, :hello}
  end

  test "Task.async raising" do
    task = Task.async(fn -> 1 / 0 end)
    Task.await(task)
  end

  test "Process.exit with kill" do
    pid = spawn_link(fn -> Process.sleep(:infinity) end)
    Process.exit(pid, :kill)
    Process.sleep(50)
  end

  test "exit of the test process itself" do
    exit({:shutdown, :done})
  end

  test "a linked GenServer call that crashes the server" do
    {:ok, pid} = Agent.start_link(fn -> %{} end)
    Agent.update(pid, fn state -> Map.fetch!(state, :missing) end)
  end
end

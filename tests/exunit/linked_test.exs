ExUnit.start(seed: 0, colors: [enabled: false])

defmodule LinkedTest do
  use ExUnit.Case

  test "a linked process raises" do
    spawn_link(fn -> raise "worker crashed" end)
    Process.sleep(100)
  end

  test "a linked process exits" do
    spawn_link(fn -> exit(:kaboom) end)
    Process.sleep(100)
  end

  test "a task times out" do
    task = Task.async(fn -> Process.sleep(1000) end)
    Task.await(task, 50)
  end

  test "a linked process ends normally" do
    spawn_link(fn -> :ok end)
    Process.sleep(10)
    assert true
  end
end

defmodule Worker do
  def loop(state) do
    receive do
      {:add, n} ->
        loop(state + n)

      {:get, from} ->
        send(from, {:value, state})
        loop(state)

      :stop ->
        IO.puts("worker stopping with #{state}")
    end
  end
end

defmodule Main do
  def run do
    pid = spawn(fn -> Worker.loop(0) end)
    send(pid, {:add, 5})
    send(pid, {:add, 7})
    send(pid, {:get, self()})

    receive do
      {:value, v} -> IO.puts("value: #{v}")
    end

    ref = Process.monitor(pid)
    send(pid, :stop)

    receive do
      {:DOWN, ^ref, :process, ^pid, reason} -> IO.puts("down: #{inspect(reason)}")
    end

    IO.inspect(Process.alive?(pid))

    parent = self()
    for i <- 1..3 do
      spawn(fn -> send(parent, {:done, i, i * i}) end)
    end

    results =
      for _ <- 1..3 do
        receive do
          {:done, i, sq} -> {i, sq}
        end
      end

    IO.inspect(Enum.sort(results))

    receive do
      :never -> :ok
    after
      50 -> IO.puts("timeout")
    end

    Process.flag(:trap_exit, true)
    linked = spawn_link(fn -> exit(:crashed) end)

    receive do
      {:EXIT, ^linked, reason} -> IO.puts("exit: #{inspect(reason)}")
    end


    Process.register(self(), :main_proc)
    IO.inspect(Process.whereis(:main_proc) == self())
    send(:main_proc, :hello)

    receive do
      msg -> IO.inspect(msg)
    end

    send(self(), {:b, 2})
    send(self(), {:a, 1})

    receive do
      {:a, x} -> IO.inspect({:got_a, x})
    end

    receive do
      {:b, x} -> IO.inspect({:got_b, x})
    end

    IO.inspect(Process.info(self(), :message_queue_len))
    task = Task.async(fn -> Enum.sum(1..100) end)
    IO.inspect(Task.await(task))
    tasks = Enum.map(1..5, fn i -> Task.async(fn -> i * 10 end) end)
    IO.inspect(Task.await_many(tasks))
    IO.inspect(Task.async_stream([1, 2, 3], &(&1 + 1)) |> Enum.to_list())
    {:ok, agent} = Agent.start_link(fn -> %{} end)
    Agent.update(agent, &Map.put(&1, :k, 1))
    IO.inspect(Agent.get(agent, & &1))
    IO.inspect(Agent.get_and_update(agent, fn s -> {map_size(s), Map.put(s, :j, 2)} end))
    Agent.stop(agent)
    IO.inspect(Process.alive?(agent))
  end
end

Main.run()

ExUnit.start(seed: 0, colors: [enabled: false])

defmodule Worker do
  def double(n) when is_integer(n), do: n * 2

  def run(parent, n) do
    send(parent, {:result, double(n)})
  end
end

defmodule Linked3Test do
  use ExUnit.Case

  test "an assertion in a linked process" do
    spawn_link(fn -> assert 1 + 1 == 3 end)
    Process.sleep(100)
  end

  test "a function clause error in a linked process" do
    spawn_link(fn -> Worker.run(self(), :two) end)
    Process.sleep(100)
  end

  test "an assertion inside a task" do
    task = Task.async(fn -> assert Worker.double(2) == 5 end)
    Task.await(task)
  end

  test "a function clause error inside a task" do
    Task.async(fn -> Worker.double("x") end) |> Task.await()
  end

  test "an assert_receive inside a spawned process" do
    parent = self()
    spawn_link(fn ->
      assert_receive :never, 10
      send(parent, :done)
    end)
    assert_receive :done
  end

  test "a raise in a linked process" do
    spawn_link(fn -> raise ArgumentError, "bad worker" end)
    Process.sleep(100)
  end
end

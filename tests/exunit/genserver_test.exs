ExUnit.start(seed: 0, colors: [enabled: false])

defmodule Counter do
  use GenServer

  def start_link(n), do: GenServer.start_link(__MODULE__, n)
  def init(:fail), do: {:stop, :bad_init}
  def init(:crash), do: raise("init crashed")
  def init(n), do: {:ok, n}
  def handle_call(:get, _from, n), do: {:reply, n, n}
  def handle_call(:boom, _from, _n), do: raise("call crashed")
  def handle_cast(:inc, n), do: {:noreply, n + 1}
end

defmodule GenServerTest do
  use ExUnit.Case

  test "start_supervised! and call" do
    pid = start_supervised!({Counter, 1})
    GenServer.cast(pid, :inc)
    assert GenServer.call(pid, :get) == 3
  end

  test "start_supervised with a failing init" do
    assert {:ok, _pid} = start_supervised({Counter, :fail})
  end

  test "start_supervised! with a failing init" do
    start_supervised!({Counter, :fail})
  end

  test "a call to a dead server" do
    pid = start_supervised!({Counter, 1})
    stop_supervised!(Counter)
    GenServer.call(pid, :get)
  end

  test "start_supervised! twice with the same id" do
    start_supervised!({Counter, 1})
    start_supervised!({Counter, 2})
  end

  test "start_link in the test" do
    {:ok, pid} = Counter.start_link(5)
    assert GenServer.call(pid, :get) == 6
  end
end

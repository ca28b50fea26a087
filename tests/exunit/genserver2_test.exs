ExUnit.start(seed: 0, colors: [enabled: false])

defmodule Counter do
  use GenServer

  def start_link(opts \\ []), do: GenServer.start_link(__MODULE__, Keyword.get(opts, :start, 0), opts)
  def inc(pid), do: GenServer.cast(pid, :inc)
  def get(pid), do: GenServer.call(pid, :get)
  def crash(pid), do: GenServer.call(pid, :crash)

  @impl true
  def init(n) when n < 0, do: {:stop, :negative}
  def init(n), do: {:ok, n}

  @impl true
  def handle_cast(:inc, n), do: {:noreply, n + 1}

  @impl true
  def handle_call(:get, _from, n), do: {:reply, n, n}
  def handle_call(:crash, _from, n), do: {:reply, 1 / n, n}
end

defmodule GenServer2Test do
  use ExUnit.Case

  setup do
    {:ok, pid} = Counter.start_link()
    %{pid: pid}
  end

  test "counts", %{pid: pid} do
    Counter.inc(pid)
    Counter.inc(pid)
    assert Counter.get(pid) == 3
  end

  test "start_supervised with options" do
    pid = start_supervised!({Counter, start: 5})
    assert Counter.get(pid) == 6
  end

  test "init refuses" do
    assert {:error, :negative} = start_supervised({Counter, start: -1})
    start_supervised!({Counter, start: -1})
  end

  test "a crashing call", %{pid: pid} do
    Counter.crash(pid)
  end

  test "calling a stopped server", %{pid: pid} do
    GenServer.stop(pid)
    Counter.get(pid)
  end

  test "state with :sys", %{pid: pid} do
    Counter.inc(pid)
    assert :sys.get_state(pid) == 2
  end

  test "a call to a name that is not registered" do
    GenServer.call(:no_such_server, :get)
  end

  test "two supervised children with the same id" do
    start_supervised!(Counter)
    start_supervised!(Counter)
  end
end

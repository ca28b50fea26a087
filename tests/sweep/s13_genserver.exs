defmodule Stack do
  use GenServer

  def start_link(initial), do: GenServer.start_link(__MODULE__, initial, name: __MODULE__)
  def push(x), do: GenServer.cast(__MODULE__, {:push, x})
  def pop, do: GenServer.call(__MODULE__, :pop)
  def size, do: GenServer.call(__MODULE__, :size)

  @impl true
  def init(initial) when is_list(initial), do: {:ok, initial}

  @impl true
  def handle_call(:pop, _from, [h | t]), do: {:reply, {:ok, h}, t}
  def handle_call(:pop, _from, []), do: {:reply, :empty, []}
  def handle_call(:size, _from, s), do: {:reply, length(s), s}

  @impl true
  def handle_cast({:push, x}, s), do: {:noreply, [x | s]}

  @impl true
  def handle_info(msg, s) do
    IO.puts("info: #{inspect(msg)}")
    {:noreply, s}
  end

  @impl true
  def terminate(reason, _s) do
    IO.puts("terminate #{inspect(reason)}")
  end
end

{:ok, pid} = Stack.start_link([1])
Stack.push(2)
Stack.push(3)
IO.inspect(Stack.size())
IO.inspect(Stack.pop())
IO.inspect(Stack.pop())
IO.inspect(Stack.pop())
IO.inspect(Stack.pop())
send(pid, :tick)
IO.inspect(Stack.size())
IO.inspect(GenServer.whereis(Stack) == pid)
IO.inspect(:sys.get_state(pid))
GenServer.stop(pid)
IO.inspect(Process.alive?(pid))

defmodule Counter do
  use GenServer
  def init(n), do: {:ok, n}
  def handle_call(:inc, _from, n), do: {:reply, n + 1, n + 1}
  def handle_call({:div, d}, _from, n), do: {:reply, div(n, d), n}
end

{:ok, c} = GenServer.start(Counter, 10)
IO.inspect(GenServer.call(c, :inc))
IO.inspect(GenServer.call(c, {:div, 2}))
IO.inspect(Process.alive?(c))

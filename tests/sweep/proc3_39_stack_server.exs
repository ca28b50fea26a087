# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc3_39_stack_server.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# The classic course GenServer: a stack with a client API, a named
# server, and pop on an empty stack.
defmodule Stack do
  use GenServer

  # Client
  def start_link(items), do: GenServer.start_link(__MODULE__, items, name: __MODULE__)
  def push(item), do: GenServer.cast(__MODULE__, {:push, item})
  def pop, do: GenServer.call(__MODULE__, :pop)
  def peek, do: GenServer.call(__MODULE__, :peek)
  def size, do: GenServer.call(__MODULE__, :size)

  # Server
  @impl true
  def init(items) when is_list(items), do: {:ok, items}

  @impl true
  def handle_call(:pop, _from, []), do: {:reply, {:error, :empty}, []}
  def handle_call(:pop, _from, [top | rest]), do: {:reply, {:ok, top}, rest}
  def handle_call(:peek, _from, stack), do: {:reply, List.first(stack), stack}
  def handle_call(:size, _from, stack), do: {:reply, length(stack), stack}

  @impl true
  def handle_cast({:push, item}, stack), do: {:noreply, [item | stack]}
end

{:ok, pid} = Stack.start_link([:a])
IO.inspect(Process.whereis(Stack) == pid, label: "named")
Stack.push(:b)
Stack.push(:c)
IO.inspect(Stack.size(), label: "size")
IO.inspect(Stack.peek(), label: "peek")
IO.inspect(for(_ <- 1..4, do: Stack.pop()), label: "pops")
IO.inspect(Stack.peek(), label: "peek empty")
IO.inspect(Stack.push(:d), label: "push returns")
IO.inspect(:sys.get_state(Stack), label: "state")
{:error, {:already_started, ^pid}} = Stack.start_link([])
IO.puts("second start refused")

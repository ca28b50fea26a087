# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc2_93_queue_mailbox.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# A GenServer keeping jobs in an Erlang :queue: in/out at both ends,
# len, peek, to_list, and the queue's {rear, front} shape on inspect.
defmodule Jobs do
  use GenServer
  def init(_), do: {:ok, :queue.new()}
  def handle_cast({:push, job}, q), do: {:noreply, :queue.in(job, q)}
  def handle_cast({:urgent, job}, q), do: {:noreply, :queue.in_r(job, q)}

  def handle_call(:pop, _from, q) do
    case :queue.out(q) do
      {{:value, job}, rest} -> {:reply, job, rest}
      {:empty, q} -> {:reply, :none, q}
    end
  end

  def handle_call(:newest, _from, q), do: {:reply, :queue.peek_r(q), q}
  def handle_call(:info, _from, q), do: {:reply, {:queue.len(q), :queue.to_list(q), q}, q}
end

{:ok, pid} = GenServer.start_link(Jobs, nil)
for j <- [:a, :b, :c, :d], do: GenServer.cast(pid, {:push, j})
GenServer.cast(pid, {:urgent, :z})
IO.inspect(GenServer.call(pid, :info), label: "info")
IO.inspect(GenServer.call(pid, :newest), label: "newest")
IO.inspect(for(_ <- 1..3, do: GenServer.call(pid, :pop)), label: "popped")
IO.inspect(GenServer.call(pid, :info), label: "info")
IO.inspect(for(_ <- 1..3, do: GenServer.call(pid, :pop)), label: "popped")
q = :queue.from_list([1, 2, 3, 4, 5])
IO.inspect(q, label: "from_list")
IO.inspect(:queue.split(2, q), label: "split")
IO.inspect(:queue.filter(&(&1 != 3), q), label: "filter")
IO.inspect(:queue.reverse(q) |> :queue.to_list(), label: "reverse")
IO.inspect(:queue.join(q, :queue.from_list([6])) |> :queue.len(), label: "join len")

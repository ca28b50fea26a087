# Expectation: recorded with Elixir 1.14 / OTP 25 through Code.eval_file/1 (1.14's
# compiler fails on its top-level receive; 1.18 does not); nothing in it differs
# in 1.18.
# handle_info can return {:noreply, state, {:continue, term}} and
# Process.send_after drives a periodic job that stops itself.
defmodule Poller do
  use GenServer

  def start_link(parent), do: GenServer.start_link(__MODULE__, parent)

  def init(parent) do
    Process.send_after(self(), :poll, 10)
    {:ok, %{parent: parent, polls: 0}}
  end

  def handle_info(:poll, s) do
    {:noreply, %{s | polls: s.polls + 1}, {:continue, :check}}
  end

  def handle_continue(:check, %{polls: 3} = s) do
    send(s.parent, {:polled, 3})
    {:stop, :normal, s}
  end

  def handle_continue(:check, s) do
    Process.send_after(self(), :poll, 10)
    {:noreply, s}
  end
end

{:ok, pid} = Poller.start_link(self())
ref = Process.monitor(pid)

receive do
  {:polled, n} -> IO.puts("polled #{n} times")
end

receive do
  {:DOWN, ^ref, :process, ^pid, reason} -> IO.inspect(reason, label: "poller down")
end

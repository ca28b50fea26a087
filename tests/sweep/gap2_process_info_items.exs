# Process.info/2's less common items (Elixir 1.14 on OTP 25; charlists
# as 1.18 inspects them).
defmodule Waiter do
  def wait do
    receive do
      :go -> :ok
    end
  end
end

pid = spawn(&Waiter.wait/0)
Process.sleep(10)
{:parent, parent} = Process.info(pid, :parent)
IO.inspect parent == self()
IO.inspect Process.info(pid, :current_location)
IO.inspect Process.info(pid, [:catchlevel, :last_calls, :message_queue_data, :trace, :sequential_trace_token, :binary])
IO.inspect Process.info(pid, :garbage_collection_info) |> elem(1) |> Keyword.keys()
{:backtrace, text} = Process.info(pid, :backtrace)
IO.inspect is_binary(text)
{:memory, bytes} = Process.info(pid, :memory)
IO.inspect is_integer(bytes) and bytes > 0
{:current_location, {Process, :info, 2, where}} = Process.info(self(), :current_location)
IO.inspect Keyword.keys(where)

# Expectation: recorded with Elixir 1.14 / OTP 25, adjusted to 1.18 (the
# client's frame GenServer.call/3 is at lib/gen_server.ex:1125 in 1.18.4;
# Elixir's own frames are left out of the comparison).
# A handle_call that raises: the server's crash report (its frames, OTP's
# gen_server frames, the last message, the state and the client's
# stack) and the caller's exit, caught.
defmodule Fragile do
  use GenServer
  def init(x), do: {:ok, x}
  def handle_call({:divide, n}, _from, total), do: {:reply, div(total, n), total}
end

defmodule Client do
  def ask(pid, n) do
    try do
      GenServer.call(pid, {:divide, n})
    catch
      :exit, {{%ArithmeticError{} = e, _stack}, {GenServer, :call, _}} ->
        {:caught, Exception.message(e)}
    end
  end
end

{:ok, pid} = GenServer.start(Fragile, 100)
IO.inspect(Client.ask(pid, 4))
IO.inspect(Client.ask(pid, 0))
Process.sleep(50)
IO.inspect(Process.alive?(pid), label: "server alive")

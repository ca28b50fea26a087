# GenServer: every callback return shape, timeouts, continue, hibernate,
# call timeouts and the caller's exit, names, stop, and crash reports.
defmodule Shapes do
  use GenServer

  def init({:timeout, ms}), do: {:ok, :waiting, ms}
  def init(:hibernate), do: {:ok, :hib, :hibernate}
  def init(:continue), do: {:ok, [:init], {:continue, :from_init}}
  def init(:ignore), do: :ignore
  def init(:stop), do: {:stop, :no_way}
  def init(:bad), do: :what
  def init(:throw), do: throw({:ok, :thrown_state})
  def init(:exit), do: exit(:init_exit)
  def init(state), do: {:ok, state}

  def handle_continue(:from_init, log), do: {:noreply, [:continued | log]}
  def handle_continue(:again, log), do: {:noreply, [:again | log], {:continue, :last}}
  def handle_continue(:last, log), do: {:noreply, [:last | log]}

  def handle_call(:get, _from, s), do: {:reply, s, s}
  def handle_call(:reply_timeout, _from, s), do: {:reply, :ok, s, 30}
  def handle_call(:reply_hibernate, _from, s), do: {:reply, :hib, s, :hibernate}
  def handle_call(:reply_continue, _from, s), do: {:reply, :cont, [:call | List.wrap(s)], {:continue, :again}}
  def handle_call(:noreply_then_reply, from, s) do
    spawn(fn -> Process.sleep(10); GenServer.reply(from, :later) end)
    {:noreply, s}
  end
  def handle_call(:noreply_timeout, from, s), do: {:noreply, {from, s}, 20}
  def handle_call(:stop_reply, _from, s), do: {:stop, :normal, :bye, s}
  def handle_call(:stop_noreply, _from, s), do: {:stop, :normal, s}
  def handle_call(:slow, _from, s), do: (Process.sleep(200); {:reply, :slow, s})
  def handle_call(:throw, _from, s), do: throw({:reply, :thrown, s})
  def handle_call(:bad, _from, s), do: {:bad, s}
  def handle_call(:bad_action, _from, s), do: {:reply, 1, s, :sometime}
  def handle_call(:raise, _from, _s), do: raise(ArgumentError, "bad argument here")
  def handle_call(:badarith, _from, s), do: {:reply, 1 / Process.get(:zero, 0), s}
  def handle_call(:exit, _from, _s), do: exit(:call_exit)
  def handle_call(:stop_boom, _from, s), do: {:stop, :boom, :reply_before_boom, s}
  def handle_call(:self_call, _from, s), do: {:reply, GenServer.call(self(), :get), s}

  def handle_cast({:set, v}, _s), do: {:noreply, v}
  def handle_cast(:cast_timeout, s), do: {:noreply, s, 20}
  def handle_cast(:stop, s), do: {:stop, :shutdown, s}
  def handle_cast(:stop_tuple, s), do: {:stop, {:shutdown, :done}, s}
  def handle_cast(:reply_in_cast, s), do: {:reply, :nope, s}

  def handle_info(:timeout, {from, s}) when is_tuple(from), do: (GenServer.reply(from, :timed_out); {:noreply, s})
  def handle_info(:timeout, s), do: (send(Process.get(:watcher) || :main, {:timeout_fired, s}); {:noreply, s})
  def handle_info({:watch, pid}, s), do: (Process.put(:watcher, pid); {:noreply, s})
  def handle_info(:crash, _s), do: raise("info crash")

  def terminate({e, stack}, s) when is_list(stack) and stack != [] do
    IO.puts("terminate #{inspect(e)} with a stacktrace, state #{inspect(s)}")
  end
  def terminate(reason, s) do
    IO.puts("terminate #{inspect(reason)} #{inspect(s)}")
  end
end

defmodule Bare do
  use GenServer
  def init(s), do: {:ok, s}
end

Process.register(self(), :main)
show = fn label, fun ->
  try do
    IO.inspect(fun.(), label: label)
  rescue
    e -> IO.puts("#{label} raised #{inspect(e.__struct__)}: #{Exception.message(e)}")
  catch
    # wait for the crash report first: the logger prints it a moment later
    :exit, {{e, [_ | _]}, call} -> Process.sleep(150); IO.inspect({{e, :stacktrace}, call}, label: "#{label} exit")
    :exit, reason -> Process.sleep(150); IO.inspect(reason, label: "#{label} exit")
  end
end

for arg <- [:ignore, :stop, :bad, :throw, :exit, :hibernate] do
  show.("start #{arg}", fn -> GenServer.start(Shapes, arg) |> then(fn {:ok, p} when is_pid(p) -> :ok_pid; other -> other end) end)
end
{:ok, _} = GenServer.start(Shapes, {:timeout, 20})
receive do {:timeout_fired, s} -> IO.inspect(s, label: "init timeout fired") end
{:ok, pid} = GenServer.start(Shapes, :continue)
show.("after init continue", fn -> GenServer.call(pid, :get) end)
show.("reply continue", fn -> GenServer.call(pid, :reply_continue) end)
show.("state after continues", fn -> GenServer.call(pid, :get) end)
send(pid, {:watch, self()})
show.("reply with timeout", fn -> GenServer.call(pid, :reply_timeout) end)
receive do {:timeout_fired, _} -> IO.puts("reply timeout fired") end
GenServer.cast(pid, :cast_timeout)
receive do {:timeout_fired, _} -> IO.puts("cast timeout fired") end
show.("reply hibernate", fn -> GenServer.call(pid, :reply_hibernate) end)
show.("noreply + GenServer.reply", fn -> GenServer.call(pid, :noreply_then_reply) end)
show.("noreply timeout", fn -> GenServer.call(pid, :noreply_timeout) end)
show.("thrown reply", fn -> GenServer.call(pid, :throw) end)
show.("call timeout", fn -> GenServer.call(pid, :slow, 50) end)
# (a late reply is dropped on OTP 25, where calls use process aliases;
# exlite without aliases would leave it in the mailbox: not checked here)
Process.sleep(200)
show.("calling self", fn -> GenServer.call(pid, :self_call, 100) end)
Process.sleep(120)
show.("stop with reply", fn -> GenServer.call(pid, :stop_reply) end)
Process.sleep(150)

{:ok, pid} = GenServer.start(Shapes, 1)
show.("stop without reply", fn -> GenServer.call(pid, :stop_noreply) end)
Process.sleep(150)
for {req, arg} <- [bad: 2, bad_action: 3, raise: 4, badarith: 5, exit: 6, stop_boom: 7] do
  {:ok, pid} = GenServer.start(Shapes, arg)
  show.("#{req}", fn -> GenServer.call(pid, req) end)
  Process.sleep(150)
end
{:ok, _} = GenServer.start(Shapes, 8, name: :named_shapes)
GenServer.cast(:named_shapes, :reply_in_cast)
Process.sleep(150)
{:ok, pid} = GenServer.start(Shapes, 9, name: :named_shapes)
send(pid, :crash)
Process.sleep(150)
for msg <- [:stop, :stop_tuple] do
  {:ok, pid} = GenServer.start(Shapes, {:state, msg})
  ref = Process.monitor(pid)
  GenServer.cast(pid, msg)
  receive do {:DOWN, ^ref, _, _, r} -> IO.inspect(r, label: "cast #{msg} down") end
end

# defaults from use GenServer
{:ok, _} = GenServer.start(Bare, :s, name: :bare)
send(:bare, :unexpected)
Process.sleep(150)
show.("default handle_call", fn -> GenServer.call(:bare, :anything) end)
Process.sleep(150)
{:ok, bare} = GenServer.start(Bare, :s)
GenServer.cast(bare, :anything)
Process.sleep(150)
IO.inspect(Bare.child_spec(:x), label: "child_spec")

# names and stop
{:ok, s} = GenServer.start_link(Shapes, 10, name: :shapes)
show.("start same name", fn -> GenServer.start(Shapes, 11, name: :shapes) |> then(fn {:error, {:already_started, p}} -> p == s end) end)
show.("whereis", fn -> GenServer.whereis(:shapes) == s end)
show.("whereis unknown", fn -> GenServer.whereis(:nobody) end)
show.("cast unknown", fn -> GenServer.cast(:nobody, :x) end)
show.("call unknown", fn -> GenServer.call(:nobody, :x) end)
show.("stop unknown", fn -> GenServer.stop(:nobody) end)
show.("bad name", fn -> GenServer.start(Shapes, 1, name: "str") end)
show.("stop", fn -> GenServer.stop(:shapes) end)
{:ok, s} = GenServer.start(Shapes, 12)
show.("stop with reason", fn -> GenServer.stop(s, :custom) end)
Process.sleep(150)
{:ok, s} = GenServer.start(Shapes, 13)
show.("stop shutdown", fn -> GenServer.stop(s, {:shutdown, :bye}) end)
show.("stop dead", fn -> GenServer.stop(s) end)
show.("call dead pid", fn -> GenServer.call(s, :get) end)
{:ok, s} = GenServer.start(Shapes, 14)
show.("sys get_state", fn -> :sys.get_state(s) end)
show.("sys replace_state", fn -> :sys.replace_state(s, &(&1 * 2)) end)
show.("call after replace", fn -> GenServer.call(s, :get) end)
show.("call with timeout :infinity", fn -> GenServer.call(s, :get, :infinity) end)
Process.flag(:trap_exit, true)
{:ok, linked} = GenServer.start_link(Shapes, 15)
Process.exit(linked, :kill)
receive do {:EXIT, ^linked, r} -> IO.inspect(r, label: "killed linked server") end
show.("start_link init stop", fn -> GenServer.start_link(Shapes, :stop) end)
receive do {:EXIT, _, r} -> IO.inspect(r, label: "EXIT after init stop") end

# format_status/1 hides what the crash report shows of the state
defmodule Secret do
  use GenServer
  def init(s), do: {:ok, s}
  def handle_cast(:boom, s), do: {:stop, :boom, s}
  def format_status(status), do: %{status | state: :redacted}
end
{:ok, sec} = GenServer.start(Secret, %{password: "hunter2"})
GenServer.cast(sec, :boom)
Process.sleep(150)

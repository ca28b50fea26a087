defmodule :global do
  @moduledoc """
  Erlang's `:global` name registry as one node has it: any term names a
  process; the name goes away when the process exits. `{:global, name}`
  names of GenServer, Agent, Supervisor and DynamicSupervisor go through
  it, as `{:via, :global, name}` does in OTP.

  The names live in a name server registered as `:global_name_server`,
  started by the first call that needs it (the BEAM starts it at boot).
  """

  @server :global_name_server

  def register_name(name, pid) when is_pid(pid), do: request({:register, name, pid})

  def register_name(name, pid, _resolve) when is_pid(pid), do: register_name(name, pid)

  def re_register_name(name, pid) when is_pid(pid), do: request({:re_register, name, pid})

  def re_register_name(name, pid, _resolve) when is_pid(pid), do: re_register_name(name, pid)

  def unregister_name(name), do: request({:unregister, name})

  def whereis_name(name), do: request({:whereis, name})

  def registered_names, do: request(:names)

  def send(name, msg) do
    case whereis_name(name) do
      pid when is_pid(pid) ->
        Kernel.send(pid, msg)
        pid

      :undefined ->
        exit({:badarg, {name, msg}})
    end
  end

  defp request(req) do
    server = server()
    ref = Process.monitor(server)
    Kernel.send(server, {:"$global", self(), ref, req})

    receive do
      {^ref, reply} ->
        Process.demonitor(ref, [:flush])
        reply

      {:DOWN, ^ref, _, _, reason} ->
        exit(reason)
    end
  end

  defp server do
    case Process.whereis(@server) do
      nil ->
        pid = spawn(fn -> loop(%{}) end)

        try do
          Process.register(pid, @server)
          pid
        rescue
          ArgumentError ->
            # Another process started it first.
            Process.exit(pid, :kill)
            server()
        end

      pid ->
        pid
    end
  end

  # names: name => {pid, monitor ref}
  defp loop(names) do
    receive do
      {:"$global", from, ref, req} ->
        {reply, names} = handle(req, names)
        Kernel.send(from, {ref, reply})
        loop(names)

      {:DOWN, _ref, :process, pid, _reason} ->
        loop(for {n, {p, _} = e} <- names, p != pid, into: %{}, do: {n, e})
    end
  end

  defp handle({:register, name, pid}, names) do
    cond do
      Map.has_key?(names, name) -> {:no, names}
      not Process.alive?(pid) -> {:yes, names}
      Enum.any?(names, fn {_, {p, _}} -> p == pid end) -> {several_names(name, pid, names), names}
      true -> {:yes, Map.put(names, name, {pid, Process.monitor(pid)})}
    end
  end

  # A pid has one global name: OTP refuses another and logs it.
  defp several_names(name, pid, names) do
    require Logger
    taken = for {n, {^pid, _}} <- names, do: n
    Logger.error("global: #{inspect(pid)} registered under several names: #{inspect([name | taken])}\n")
    :no
  end

  defp handle({:re_register, name, pid}, names) do
    {_, names} = handle({:unregister, name}, names)
    handle({:register, name, pid}, names)
  end

  defp handle({:unregister, name}, names) do
    case Map.pop(names, name) do
      {{_pid, ref}, rest} ->
        Process.demonitor(ref, [:flush])
        {:ok, rest}

      {nil, _} ->
        {:ok, names}
    end
  end

  defp handle({:whereis, name}, names) do
    case names do
      %{^name => {pid, _}} -> {pid, names}
      _ -> {:undefined, names}
    end
  end

  defp handle(:names, names), do: {Map.keys(names), names}
end

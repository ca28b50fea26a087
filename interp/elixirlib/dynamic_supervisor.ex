defmodule DynamicSupervisor do
  @moduledoc """
  exlite's DynamicSupervisor, written in Elixir: a GenServer (callback
  module DynamicSupervisor.Server) whose children are started on demand,
  known by pid, and restarted one for one.
  """

  @callback init(init_arg :: term) :: term

  @doc "`use DynamicSupervisor`: @behaviour and an overridable child_spec/1."
  defmacro __using__(opts) do
    quote location: :keep, bind_quoted: [opts: opts] do
      @behaviour DynamicSupervisor

      def child_spec(arg) do
        Supervisor.child_spec(
          %{id: __MODULE__, start: {__MODULE__, :start_link, [arg]}, type: :supervisor},
          unquote(Macro.escape(opts))
        )
      end

      defoverridable child_spec: 1
    end
  end

  def child_spec(options) when is_list(options) do
    id =
      case Keyword.get(options, :name, DynamicSupervisor) do
        name when is_atom(name) -> name
        {:global, name} -> name
        {:via, _module, name} -> name
      end

    %{id: id, start: {DynamicSupervisor, :start_link, [options]}, type: :supervisor}
  end

  def start_link(options) when is_list(options) do
    keys = [:extra_arguments, :max_children, :max_seconds, :max_restarts, :strategy]
    {sup_opts, start_opts} = Keyword.split(options, keys)
    start_link(Supervisor.Default, init(sup_opts), start_opts)
  end

  def start_link(module, init_arg, opts \\ []) do
    {name, opts} = Keyword.pop(opts, :name)

    reg =
      case name do
        nil -> nil
        atom when is_atom(atom) -> {:local, atom}
        {:via, m, _} = via when is_atom(m) -> via
        {:global, term} -> {:via, :global, term}
      end

    GenServer.__start__(:link, reg, DynamicSupervisor.Server, {module, init_arg, name}, opts)
  end

  def init(options) when is_list(options) do
    flags = %{
      strategy: Keyword.get(options, :strategy, :one_for_one),
      intensity: Keyword.get(options, :max_restarts, 3),
      period: Keyword.get(options, :max_seconds, 5),
      max_children: Keyword.get(options, :max_children, :infinity),
      extra_arguments: Keyword.get(options, :extra_arguments, [])
    }

    {:ok, flags}
  end

  def start_child(supervisor, {_, _, _, _, _, _} = child_spec) do
    validate_and_start_child(supervisor, child_spec)
  end

  def start_child(supervisor, child_spec) do
    validate_and_start_child(supervisor, Supervisor.child_spec(child_spec, []))
  end

  defp validate_and_start_child(supervisor, child_spec) do
    case validate_child(child_spec) do
      {:ok, child} -> call(supervisor, {:start_child, child})
      error -> {:error, error}
    end
  end

  defp validate_child(%{id: _, start: {mod, _, _} = start} = child) do
    type = Map.get(child, :type, :worker)
    default_shutdown = if type == :supervisor, do: :infinity, else: 5000

    validate_child(
      start,
      Map.get(child, :restart, :permanent),
      Map.get(child, :shutdown, default_shutdown),
      type,
      Map.get(child, :modules, [mod]),
      Map.get(child, :significant, false)
    )
  end

  defp validate_child({_, start, restart, shutdown, type, modules}) do
    validate_child(start, restart, shutdown, type, modules, false)
  end

  defp validate_child(other), do: {:invalid_child_spec, other}

  defp validate_child(start, restart, shutdown, type, modules, significant) do
    cond do
      not match?({m, f, a} when is_atom(m) and is_atom(f) and is_list(a), start) ->
        {:invalid_mfa, start}

      restart not in [:permanent, :temporary, :transient] ->
        {:invalid_restart_type, restart}

      not (shutdown == :infinity or shutdown == :brutal_kill or (is_integer(shutdown) and shutdown >= 0)) ->
        {:invalid_shutdown, shutdown}

      type not in [:supervisor, :worker] ->
        {:invalid_child_type, type}

      not (modules == :dynamic or (is_list(modules) and Enum.all?(modules, &is_atom/1))) ->
        {:invalid_modules, modules}

      significant != false ->
        {:invalid_significant, significant}

      true ->
        {:ok, {start, restart, shutdown, type, modules}}
    end
  end

  def terminate_child(supervisor, pid) when is_pid(pid), do: call(supervisor, {:terminate_child, pid})
  def which_children(supervisor), do: call(supervisor, :which_children)
  def count_children(supervisor), do: call(supervisor, :count_children) |> Map.new()

  def stop(supervisor, reason \\ :normal, timeout \\ :infinity) do
    GenServer.stop(supervisor, reason, timeout)
  end

  defp call(supervisor, req), do: GenServer.call(supervisor, req, :infinity)
end

defmodule DynamicSupervisor.Server do
  @moduledoc false
  # The dynamic supervisor process. children: %{pid => {mfa, restart,
  # shutdown, type, modules}}; a child whose restart failed is kept under
  # {:restarting, old_pid} until a retry succeeds.
  @behaviour GenServer

  @impl true
  def init({module, init_arg, _name}) do
    Process.put(:"$initial_call", {:supervisor, module, 1})
    Process.flag(:trap_exit, true)

    case module.init(init_arg) do
      {:ok, flags} when is_map(flags) ->
        case check_flags(flags) do
          :ok ->
            {:ok,
             %{
               module: module,
               args: init_arg,
               strategy: Map.get(flags, :strategy, :one_for_one),
               intensity: Map.get(flags, :intensity, 3),
               period: Map.get(flags, :period, 5),
               max_children: Map.get(flags, :max_children, :infinity),
               extra_arguments: Map.get(flags, :extra_arguments, []),
               children: %{},
               restarts: []
             }}

          {:error, reason} ->
            {:stop, {:supervisor_data, reason}}
        end

      :ignore ->
        :ignore

      other ->
        {:stop, {:bad_return, {module, :init, other}}}
    end
  end

  defp check_flags(flags) do
    strategy = Map.get(flags, :strategy, :one_for_one)
    intensity = Map.get(flags, :intensity, 3)
    period = Map.get(flags, :period, 5)
    max = Map.get(flags, :max_children, :infinity)
    extra = Map.get(flags, :extra_arguments, [])

    cond do
      strategy != :one_for_one -> {:error, {:invalid_strategy, strategy}}
      not (is_integer(intensity) and intensity >= 0) -> {:error, {:invalid_intensity, intensity}}
      not (is_integer(period) and period > 0) -> {:error, {:invalid_period, period}}
      not (max == :infinity or (is_integer(max) and max >= 0)) -> {:error, {:invalid_max_children, max}}
      not is_list(extra) -> {:error, {:invalid_extra_arguments, extra}}
      true -> :ok
    end
  end

  @impl true
  def handle_call(:which_children, _from, state) do
    reply =
      for {key, {_, _, _, type, modules}} <- Enum.sort(state.children) do
        case key do
          {:restarting, _} -> {:undefined, :restarting, type, modules}
          pid -> {:undefined, pid, type, modules}
        end
      end

    {:reply, reply, state}
  end

  def handle_call(:count_children, _from, state) do
    specs = map_size(state.children)
    active = Enum.count(state.children, fn {key, _} -> is_pid(key) end)
    supervisors = Enum.count(state.children, fn {_, {_, _, _, type, _}} -> type == :supervisor end)
    {:reply, [specs: specs, active: active, supervisors: supervisors, workers: specs - supervisors], state}
  end

  def handle_call({:terminate_child, pid}, _from, state) do
    case state.children do
      %{^pid => child} ->
        shutdown_all(%{pid => child})
        {:reply, :ok, %{state | children: Map.delete(state.children, pid)}}

      _ ->
        {:reply, {:error, :not_found}, state}
    end
  end

  def handle_call({:start_child, child}, _from, state) do
    if state.max_children == :infinity or map_size(state.children) < state.max_children do
      {{m, f, args}, _restart, _shutdown, _type, _modules} = child

      case start(m, f, state.extra_arguments ++ args) do
        {:ok, pid} = reply -> {:reply, reply, save(state, pid, child)}
        {:ok, pid, _extra} = reply -> {:reply, reply, save(state, pid, child)}
        :ignore -> {:reply, :ignore, state}
        {:error, _} = error -> {:reply, error, state}
      end
    else
      {:reply, {:error, :max_children}, state}
    end
  end

  defp save(state, pid, child), do: %{state | children: Map.put(state.children, pid, child)}

  defp start(m, f, a) do
    result =
      try do
        {:returned, apply(m, f, a)}
      catch
        :error, reason -> {:error, {reason, GenServer.__exlite_stack__(__STACKTRACE__)}}
        :exit, reason -> {:error, reason}
        :throw, value -> {:error, {{:nocatch, value}, GenServer.__exlite_stack__(__STACKTRACE__)}}
      end

    case result do
      {:returned, {:ok, pid, extra}} when is_pid(pid) -> {:ok, pid, extra}
      {:returned, {:ok, pid}} when is_pid(pid) -> {:ok, pid}
      {:returned, :ignore} -> :ignore
      {:returned, {:error, _} = error} -> error
      {:returned, other} -> {:error, other}
      error -> error
    end
  end

  @impl true
  def handle_info({:EXIT, pid, reason}, state) do
    case state.children do
      %{^pid => {_, restart, _, _, _} = child} ->
        children = Map.delete(state.children, pid)

        cond do
          restart == :permanent or (restart == :transient and not normal?(reason)) ->
            restart(pid, child, %{state | children: children})

          true ->
            {:noreply, %{state | children: children}}
        end

      _ ->
        {:noreply, state}
    end
  end

  def handle_info({:"$exlite_restart", key}, state) do
    case state.children do
      %{^key => child} -> restart(key, child, %{state | children: Map.delete(state.children, key)})
      _ -> {:noreply, state}
    end
  end

  def handle_info(_msg, state), do: {:noreply, state}

  defp normal?(:normal), do: true
  defp normal?(:shutdown), do: true
  defp normal?({:shutdown, _}), do: true
  defp normal?(_), do: false

  defp restart(old, child, state) do
    now = Integer.floor_div(System.monotonic_time(:millisecond), 1000)
    restarts = [now | Enum.filter(state.restarts, &(now - &1 < state.period))]
    state = %{state | restarts: restarts}

    if length(restarts) > state.intensity do
      {:stop, :shutdown, state}
    else
      {{m, f, args}, _, _, _, _} = child

      case start(m, f, state.extra_arguments ++ args) do
        {:ok, pid} ->
          {:noreply, save(state, pid, child)}

        {:ok, pid, _} ->
          {:noreply, save(state, pid, child)}

        :ignore ->
          {:noreply, state}

        {:error, _} ->
          key = restarting_key(old)
          send(self(), {:"$exlite_restart", key})
          {:noreply, save(state, key, child)}
      end
    end
  end

  defp restarting_key({:restarting, _} = key), do: key
  defp restarting_key(pid), do: {:restarting, pid}

  @impl true
  def terminate(_reason, state) do
    shutdown_all(state.children)
    :ok
  end

  # Stops children all at once, as DynamicSupervisor does: :shutdown (or
  # :kill for :brutal_kill) to every child, then wait, killing those that
  # outlive their shutdown time.
  defp shutdown_all(children) do
    pids =
      for {pid, {_, _, shutdown, _, _}} <- children, is_pid(pid), into: %{} do
        mref = Process.monitor(pid)
        Process.unlink(pid)
        Process.exit(pid, if(shutdown == :brutal_kill, do: :kill, else: :shutdown))
        {mref, {pid, shutdown}}
      end

    start = System.monotonic_time(:millisecond)
    wait_all(pids, start)
  end

  defp wait_all(pending, _start) when map_size(pending) == 0, do: :ok

  defp wait_all(pending, start) do
    elapsed = System.monotonic_time(:millisecond) - start

    timeout =
      Enum.reduce(pending, :infinity, fn
        {_, {_, t}}, acc when is_integer(t) ->
          left = max(t - elapsed, 0)
          if acc == :infinity, do: left, else: min(acc, left)

        _, acc ->
          acc
      end)

    receive do
      {:DOWN, mref, _, _, _} when is_map_key(pending, mref) ->
        wait_all(Map.delete(pending, mref), start)
    after
      timeout ->
        elapsed = System.monotonic_time(:millisecond) - start

        pending =
          Map.new(pending, fn
            {mref, {pid, t}} when is_integer(t) and t <= elapsed ->
              Process.exit(pid, :kill)
              {mref, {pid, :brutal_kill}}

            other ->
              other
          end)

        wait_all(pending, start)
    end
  end
end

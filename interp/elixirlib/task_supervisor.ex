defmodule Task.Supervisor do
  @moduledoc """
  exlite's Task.Supervisor: a DynamicSupervisor whose children are tasks
  (temporary by default). async/3 links the task to the caller,
  async_nolink/3 only monitors it; start_child/3 starts a task whose result
  nobody awaits.
  """

  def child_spec(opts) when is_list(opts) do
    id =
      case Keyword.get(opts, :name, Task.Supervisor) do
        name when is_atom(name) -> name
        {:via, _module, name} -> name
        {:global, name} -> name
      end

    %{id: id, start: {Task.Supervisor, :start_link, [opts]}, type: :supervisor}
  end

  def start_link(options \\ []) do
    # Only the options DynamicSupervisor.start_link/1 knows (restart and
    # shutdown are per task, given to start_child/3).
    keys = [:max_children, :max_seconds, :max_restarts, :name, :timeout, :debug, :spawn_opt, :hibernate_after]
    DynamicSupervisor.start_link([strategy: :one_for_one] ++ Keyword.take(options, keys))
  end

  def async(supervisor, fun, options \\ []), do: async(supervisor, :erlang, :apply, [fun, []], options)

  def async(supervisor, module, fun, args, options \\ []) do
    async(supervisor, :link, module, fun, args, options)
  end

  def async_nolink(supervisor, fun, options \\ []), do: async_nolink(supervisor, :erlang, :apply, [fun, []], options)

  def async_nolink(supervisor, module, fun, args, options \\ []) do
    async(supervisor, :nolink, module, fun, args, options)
  end

  defp async(supervisor, link_type, module, fun, args, options) do
    owner = self()

    case start_reply_child(supervisor, owner, Keyword.get(options, :shutdown, 5000)) do
      {:ok, pid} ->
        if link_type == :link, do: Process.link(pid)
        ref = Process.monitor(pid, alias: :demonitor)
        send(pid, {owner, ref, ref, {module, fun, args}})
        %Task{pid: pid, ref: ref, owner: owner, mfa: {module, fun, length(args)}}

      {:error, :max_children} ->
        raise "reached the maximum number of tasks for this task supervisor. The maximum number " <>
                "of tasks that are allowed to run at the same time under this supervisor can be " <>
                "configured with the :max_children option passed to Task.Supervisor.start_link/1"
    end
  end

  @doc false
  def start_reply_child(supervisor, owner, shutdown) do
    spec = %{
      id: Task.Supervised,
      start: {Task.Supervised, :start_link_reply, [owner]},
      restart: :temporary,
      shutdown: shutdown
    }

    DynamicSupervisor.start_child(supervisor, spec)
  end

  def start_child(supervisor, fun, options \\ []) do
    start_child(supervisor, :erlang, :apply, [fun, []], options)
  end

  def start_child(supervisor, module, fun, args, options \\ []) do
    spec = %{
      id: Task.Supervised,
      start: {Task.Supervised, :start_link_noreply, [self(), {module, fun, args}]},
      restart: Keyword.get(options, :restart, :temporary),
      shutdown: Keyword.get(options, :shutdown, 5000)
    }

    DynamicSupervisor.start_child(supervisor, spec)
  end

  def async_stream(supervisor, enumerable, fun, options \\ []) when is_function(fun, 1) do
    Task.Supervised.stream(enumerable, {:erlang, :apply, [fun]}, [{:__spawn__, {supervisor, :link}} | options], self())
  end

  def async_stream(supervisor, enumerable, module, function, args, options \\ []) do
    Task.Supervised.stream(enumerable, {module, function, args}, [{:__spawn__, {supervisor, :link}} | options], self())
  end

  def async_stream_nolink(supervisor, enumerable, fun, options \\ []) when is_function(fun, 1) do
    Task.Supervised.stream(enumerable, {:erlang, :apply, [fun]}, [{:__spawn__, {supervisor, :nolink}} | options], self())
  end

  def async_stream_nolink(supervisor, enumerable, module, function, args, options \\ []) do
    Task.Supervised.stream(enumerable, {module, function, args}, [{:__spawn__, {supervisor, :nolink}} | options], self())
  end

  def terminate_child(supervisor, pid) when is_pid(pid) do
    DynamicSupervisor.terminate_child(supervisor, pid)
  end

  def children(supervisor) do
    for {_, pid, _, _} <- DynamicSupervisor.which_children(supervisor), is_pid(pid), do: pid
  end
end

defmodule Task do
  @moduledoc """
  exlite's Task, written in Elixir on process primitives.

  A task started with async/1 waits for `{owner_pid, ref}` from its owner
  (ref is the owner's monitor of the task), runs its function and sends
  `{ref, result}` back, as Elixir 1.18's tasks do.
  """

  defstruct mfa: nil, owner: nil, pid: nil, ref: nil

  @doc "`use Task`: defines child_spec/1 (overridable, restart: :temporary)."
  defmacro __using__(opts) do
    quote location: :keep, bind_quoted: [opts: opts] do
      def child_spec(arg) do
        Supervisor.child_spec(
          %{id: __MODULE__, start: {__MODULE__, :start_link, [arg]}, restart: :temporary},
          unquote(Macro.escape(opts))
        )
      end

      defoverridable child_spec: 1
    end
  end

  def child_spec(arg) do
    %{id: Task, start: {Task, :start_link, [arg]}, restart: :temporary}
  end

  ## Starting

  def start_link(fun) when is_function(fun, 0), do: start_link(:erlang, :apply, [fun, []])

  def start_link(module, function, args) when is_atom(module) and is_atom(function) and is_list(args) do
    owner = self()
    {:ok, spawn_link(fn -> Task.Supervised.noreply(owner, {module, function, args}) end)}
  end

  def start(fun) when is_function(fun, 0), do: start(:erlang, :apply, [fun, []])

  def start(module, function, args) when is_atom(module) and is_atom(function) and is_list(args) do
    owner = self()
    {:ok, spawn(fn -> Task.Supervised.noreply(owner, {module, function, args}) end)}
  end

  def async(fun) when is_function(fun, 0), do: async(:erlang, :apply, [fun, []])

  def async(module, function, args) when is_atom(module) and is_atom(function) and is_list(args) do
    mfa = {module, function, args}
    owner = self()
    pid = spawn_link(fn -> Task.Supervised.reply(owner) end)
    # As Elixir 1.18: the monitor is also the alias the reply goes to, so a
    # reply that comes after await gave up, or after ignore/1, is dropped.
    ref = Process.monitor(pid, alias: :demonitor)
    send(pid, {owner, ref, ref, mfa})
    %Task{pid: pid, ref: ref, owner: owner, mfa: {module, function, length(args)}}
  end

  def completed(result) do
    ref = make_ref()
    send(self(), {ref, result})
    %Task{pid: nil, ref: ref, owner: self(), mfa: {Task, :completed, 1}}
  end

  ## Waiting

  def await(%Task{ref: ref, owner: owner} = task, timeout \\ 5000)
      when (is_integer(timeout) and timeout >= 0) or timeout == :infinity do
    if owner != self(), do: raise(ArgumentError, invalid_owner_error(task))

    receive do
      {^ref, reply} ->
        Process.demonitor(ref, [:flush])
        reply

      {:DOWN, ^ref, _, _proc, reason} ->
        exit({reason, {Task, :await, [task, timeout]}})
    after
      timeout ->
        Process.demonitor(ref, [:flush])
        exit({:timeout, {Task, :await, [task, timeout]}})
    end
  end

  def await_many(tasks, timeout \\ 5000)
      when (is_integer(timeout) and timeout >= 0) or timeout == :infinity do
    awaiting =
      Map.new(tasks, fn %Task{ref: ref, owner: owner} = task ->
        if owner != self(), do: raise(ArgumentError, invalid_owner_error(task))
        {ref, true}
      end)

    timeout_ref = make_ref()
    timer = if timeout != :infinity, do: Process.send_after(self(), timeout_ref, timeout)

    try do
      await_many(tasks, timeout, awaiting, %{}, timeout_ref)
    after
      if timer, do: Process.cancel_timer(timer)

      receive do
        ^timeout_ref -> :ok
      after
        0 -> :ok
      end
    end
  end

  defp await_many(tasks, _timeout, awaiting, replies, _timeout_ref) when map_size(awaiting) == 0 do
    for %{ref: ref} <- tasks, do: Map.fetch!(replies, ref)
  end

  defp await_many(tasks, timeout, awaiting, replies, timeout_ref) do
    receive do
      ^timeout_ref ->
        Enum.each(awaiting, fn {ref, _} -> Process.demonitor(ref, [:flush]) end)
        exit({:timeout, {Task, :await_many, [tasks, timeout]}})

      {:DOWN, ref, _, _proc, reason} when is_map_key(awaiting, ref) ->
        Enum.each(awaiting, fn {ref, _} -> Process.demonitor(ref, [:flush]) end)
        exit({reason, {Task, :await_many, [tasks, timeout]}})

      {ref, reply} when is_map_key(awaiting, ref) ->
        Process.demonitor(ref, [:flush])
        await_many(tasks, timeout, Map.delete(awaiting, ref), Map.put(replies, ref, reply), timeout_ref)
    end
  end

  def yield(%Task{ref: ref, owner: owner} = task, timeout \\ 5000)
      when (is_integer(timeout) and timeout >= 0) or timeout == :infinity do
    if owner != self(), do: raise(ArgumentError, invalid_owner_error(task))

    receive do
      {^ref, reply} ->
        Process.demonitor(ref, [:flush])
        {:ok, reply}

      {:DOWN, ^ref, _, _, reason} ->
        {:exit, reason}
    after
      timeout -> nil
    end
  end

  def yield_many(tasks, opts \\ [])

  def yield_many(tasks, timeout) when is_integer(timeout) or timeout == :infinity do
    yield_many(tasks, timeout: timeout)
  end

  def yield_many(tasks, opts) when is_list(opts) do
    refs =
      Map.new(tasks, fn %Task{ref: ref, owner: owner} = task ->
        if owner != self(), do: raise(ArgumentError, invalid_owner_error(task))
        {ref, nil}
      end)

    on_timeout = Keyword.get(opts, :on_timeout, :nothing)
    timeout = Keyword.get(opts, :timeout, 5000)
    limit = Keyword.get(opts, :limit, map_size(refs))
    timeout_ref = make_ref()
    timer = if timeout != :infinity, do: Process.send_after(self(), timeout_ref, timeout)
    {timed_out?, refs} = yield_many_loop(limit, refs, timeout_ref, timer)

    for task <- tasks do
      value =
        case Map.fetch!(refs, task.ref) do
          nil ->
            case on_timeout do
              _ when not timed_out? -> nil
              :nothing -> nil
              :kill_task -> shutdown(task, :brutal_kill)
              :ignore -> ignore(task)
            end

          result ->
            result
        end

      {task, value}
    end
  end

  defp yield_many_loop(0, refs, timeout_ref, timer) do
    if timer, do: Process.cancel_timer(timer)

    receive do
      ^timeout_ref -> :ok
    after
      0 -> :ok
    end

    {false, refs}
  end

  defp yield_many_loop(limit, refs, timeout_ref, timer) do
    receive do
      {ref, reply} when is_map_key(refs, ref) ->
        Process.demonitor(ref, [:flush])
        yield_many_loop(limit - 1, %{refs | ref => {:ok, reply}}, timeout_ref, timer)

      {:DOWN, ref, _, _, reason} when is_map_key(refs, ref) ->
        yield_many_loop(limit - 1, %{refs | ref => {:exit, reason}}, timeout_ref, timer)

      ^timeout_ref ->
        {true, refs}
    end
  end

  def ignore(%Task{ref: ref, pid: pid, owner: owner} = task) do
    if owner != self(), do: raise(ArgumentError, invalid_owner_error(task))

    receive do
      {^ref, reply} ->
        if pid, do: Process.unlink(pid)
        Process.demonitor(ref, [:flush])
        {:ok, reply}

      {:DOWN, ^ref, _, _, reason} ->
        {:exit, reason}
    after
      0 ->
        if pid, do: Process.unlink(pid)
        Process.demonitor(ref, [:flush])
        nil
    end
  end

  def shutdown(task, shutdown \\ 5000)

  def shutdown(%Task{pid: nil} = task, _), do: ignore(task)

  def shutdown(%Task{owner: owner} = task, _) when owner != self() do
    raise ArgumentError, invalid_owner_error(task)
  end

  def shutdown(%Task{pid: pid, ref: ref}, :brutal_kill) do
    mon = Process.monitor(pid)
    Process.unlink(pid)
    Process.exit(pid, :kill)

    case shutdown_receive(ref, mon, pid, :brutal_kill, :infinity) do
      {:down, reason} -> {:exit, reason}
      result -> result
    end
  end

  def shutdown(%Task{pid: pid, ref: ref}, timeout)
      when (is_integer(timeout) and timeout >= 0) or timeout == :infinity do
    mon = Process.monitor(pid)
    Process.unlink(pid)
    Process.exit(pid, :shutdown)

    case shutdown_receive(ref, mon, pid, :shutdown, timeout) do
      {:down, reason} -> {:exit, reason}
      result -> result
    end
  end

  defp shutdown_receive(ref, mon, pid, type, timeout) do
    receive do
      {:DOWN, ^mon, _, _, :shutdown} when type in [:shutdown, :timeout_kill] ->
        Process.demonitor(ref, [:flush])
        flush_reply(ref)

      {:DOWN, ^mon, _, _, :killed} when type == :brutal_kill ->
        Process.demonitor(ref, [:flush])
        flush_reply(ref)

      {:DOWN, ^mon, _, _, :noproc} ->
        reason = flush_noproc(ref, type)
        flush_reply(ref) || reason

      {:DOWN, ^mon, _, _, reason} ->
        Process.demonitor(ref, [:flush])
        flush_reply(ref) || {:down, reason}
    after
      timeout ->
        Process.exit(pid, :kill)
        shutdown_receive(ref, mon, pid, :timeout_kill, :infinity)
    end
  end

  defp flush_reply(ref) do
    receive do
      {^ref, reply} -> {:ok, reply}
    after
      0 -> nil
    end
  end

  defp flush_noproc(ref, type) do
    receive do
      {:DOWN, ^ref, _, _, :shutdown} when type in [:shutdown, :timeout_kill] -> nil
      {:DOWN, ^ref, _, _, :killed} when type == :brutal_kill -> nil
      {:DOWN, ^ref, _, _, reason} -> {:down, reason}
    after
      0 ->
        Process.demonitor(ref, [:flush])
        {:down, :noproc}
    end
  end

  defp invalid_owner_error(task) do
    "task #{inspect(task)} must be queried from the owner but was queried from #{inspect(self())}"
  end

  ## async_stream

  def async_stream(enumerable, fun, options \\ []) when is_function(fun, 1) and is_list(options) do
    Task.Supervised.stream(enumerable, {:erlang, :apply, [fun]}, options, self())
  end

  def async_stream(enumerable, module, function_name, args, options \\ [])
      when is_atom(module) and is_atom(function_name) and is_list(args) do
    Task.Supervised.stream(enumerable, {module, function_name, args}, options, self())
  end
end

defmodule Task.Supervised do
  @moduledoc false
  # The process side of tasks: running the function, the crash report,
  # and async_stream's scheduler.

  @noreply_frames [
    {Task.Supervised, :invoke_mfa, 2, [file: ~c"lib/task/supervised.ex", line: 101]},
    {:proc_lib, :init_p_do_apply, 3, [file: ~c"proc_lib.erl", line: 240]}
  ]
  @reply_frames [
    {Task.Supervised, :invoke_mfa, 2, [file: ~c"lib/task/supervised.ex", line: 101]},
    {Task.Supervised, :reply, 4, [file: ~c"lib/task/supervised.ex", line: 36]},
    {:proc_lib, :init_p_do_apply, 3, [file: ~c"proc_lib.erl", line: 240]}
  ]

  @doc false
  # Body of an async task: waits for the owner's {owner, ref, reply_to, mfa}.
  def reply(owner) do
    Process.put(:"$ancestors", [owner])

    receive do
      {^owner, ref, reply_to, mfa} ->
        Process.put(:"$callers", [owner])
        send(reply_to, {ref, invoke_mfa(owner, mfa, @reply_frames)})
    end
  end

  @doc false
  # Start functions for tasks under a Task.Supervisor (run in the
  # supervisor, so the task is linked to it).
  def start_link_reply(owner), do: {:ok, spawn_link(fn -> reply(owner) end)}
  def start_link_noreply(owner, mfa), do: {:ok, spawn_link(fn -> noreply(owner, mfa) end)}

  @doc false
  # Body of a started task (no reply).
  def noreply(owner, mfa) do
    Process.put(:"$ancestors", [owner])
    Process.put(:"$callers", [owner])
    invoke_mfa(owner, mfa, @noreply_frames)
  end

  @doc false
  def invoke_mfa(owner, mfa), do: invoke_mfa(owner, mfa, @noreply_frames)

  # below: the frames under a task's function on the BEAM, Elixir
  # 1.18.4's Task.Supervised and OTP 25's proc_lib (@reply_frames for an
  # async task, @noreply_frames for a started one)
  defp invoke_mfa(owner, {module, fun, args} = mfa, below) do
    result =
      try do
        {:ok, apply(module, fun, args)}
      catch
        kind, value -> {kind, value, GenServer.__exlite_stack__(__STACKTRACE__) ++ below}
      end

    case result do
      {:ok, value} ->
        value

      {:exit, value, _stack}
      when value == :normal or value == :shutdown or
             (is_tuple(value) and tuple_size(value) == 2 and elem(value, 0) == :shutdown) ->
        exit(value)

      {kind, value, stack} ->
        report(owner, mfa, kind, value, stack)

        case kind do
          :error -> exit({value, stack})
          :exit -> exit(value)
          :throw -> exit({{:nocatch, value}, stack})
        end
    end
  end

  defp report(owner, mfa, kind, value, stack) do
    require Logger

    # What the report shows as "Function:": the fun itself, or the
    # external fun &Mod.fun/arity (as inspect prints it) for an MFA.
    {function, args} =
      case mfa do
        {:erlang, :apply, [fun, []]} when is_function(fun, 0) -> {inspect(fun), []}
        {m, f, a} -> {"&" <> inspect(m) <> "." <> Atom.to_string(f) <> "/" <> Integer.to_string(length(a)), a}
      end

    log_value = if kind == :throw, do: {:nocatch, value}, else: value

    text =
      IO.iodata_to_binary([
        "Task ",
        inspect(self()),
        " started from ",
        inspect(owner),
        " terminating",
        GenServer.__format_reason__({log_value, stack}),
        "\nFunction: ",
        function,
        "\n    Args: ",
        inspect(args)
      ])

    Logger.error(text)
  end

  ## async_stream

  @doc false
  # Returns the stream as a 2-arity function (Elixir's Enumerable protocol
  # for functions): fn acc, reducer -> ... end.
  def stream(enumerable, mfa, options, owner) do
    max = Keyword.get(options, :max_concurrency, System.schedulers_online())

    if not (is_integer(max) and max > 0) do
      raise ArgumentError, ":max_concurrency must be an integer greater than zero"
    end

    config = %{
      spawn: Keyword.get(options, :__spawn__, :link),
      shutdown: Keyword.get(options, :shutdown, 5000),
      max: max,
      ordered: Keyword.get(options, :ordered, true),
      timeout: Keyword.get(options, :timeout, 5000),
      on_timeout: Keyword.get(options, :on_timeout, :exit),
      zip: Keyword.get(options, :zip_input_on_exit, false),
      mfa: mfa,
      owner: owner
    }

    fn acc, reducer ->
      state = %{
        next: input(enumerable),
        running: %{},
        results: %{},
        spawned: 0,
        delivered: 0
      }

      stream_reduce(acc, reducer, state, config)
    end
  end

  defp input(list) when is_list(list), do: {:list, list}
  defp input(%Range{} = range), do: {:list, Enum.to_list(range)}
  defp input(map) when is_map(map) and not is_struct(map), do: {:list, Enum.to_list(map)}

  defp input(enumerable) do
    {:fun, &Enumerable.reduce(enumerable, &1, fn x, acc -> {:suspend, [x | acc]} end)}
  end

  defp next_input({:list, [h | t]}), do: {:ok, h, {:list, t}}
  defp next_input({:list, []}), do: :done
  defp next_input(:done), do: :done

  defp next_input({:fun, next}) do
    case next.({:cont, []}) do
      {:suspended, [x], next} -> {:ok, x, {:fun, next}}
      {_, [x]} -> {:ok, x, :done}
      {_, []} -> :done
    end
  end

  defp close_input({:fun, next}), do: next.({:halt, []})
  defp close_input(_), do: :ok

  defp stream_reduce({:halt, acc}, _reducer, state, _config) do
    kill_all(state)
    close_input(state.next)
    {:halted, acc}
  end

  defp stream_reduce({:suspend, acc}, reducer, state, config) do
    {:suspended, acc, &stream_reduce(&1, reducer, state, config)}
  end

  defp stream_reduce({:cont, acc}, reducer, state, config) do
    cond do
      config.ordered and Map.has_key?(state.results, state.delivered) ->
        {result, results} = Map.pop(state.results, state.delivered)
        state = %{state | results: results, delivered: state.delivered + 1}
        stream_reduce(reducer.(result, acc), reducer, state, config)

      map_size(state.running) < config.max and state.next != :done ->
        case next_input(state.next) do
          {:ok, element, next} ->
            state = spawn_task(element, %{state | next: next}, config)
            stream_reduce({:cont, acc}, reducer, state, config)

          :done ->
            stream_reduce({:cont, acc}, reducer, %{state | next: :done}, config)
        end

      map_size(state.running) == 0 and map_size(state.results) == 0 ->
        {:done, acc}

      true ->
        {position, result, state} = wait_one(state, config)

        if config.ordered do
          state = %{state | results: Map.put(state.results, position, result)}
          stream_reduce({:cont, acc}, reducer, state, config)
        else
          state = %{state | delivered: state.delivered + 1}
          stream_reduce(reducer.(result, acc), reducer, state, config)
        end
    end
  end

  defp spawn_task(element, state, config) do
    {m, f, a} = config.mfa

    mfa =
      case {m, f} do
        {:erlang, :apply} -> {:erlang, :apply, [hd(a), [element]]}
        _ -> {m, f, [element | a]}
      end

    owner = config.owner

    pid =
      case config.spawn do
        :link ->
          spawn_link(fn -> reply(owner) end)

        {supervisor, link} ->
          case Task.Supervisor.start_reply_child(supervisor, owner, config.shutdown) do
            {:ok, pid} ->
              if link == :link, do: Process.link(pid)
              pid

            {:error, :max_children} ->
              exit({:max_children, {Task.Supervised, :stream, [config.timeout]}})
          end
      end

    ref = Process.monitor(pid)
    send(pid, {owner, ref, owner, mfa})
    deadline = if config.timeout == :infinity, do: :infinity, else: now() + config.timeout
    task = {pid, state.spawned, element, deadline}
    %{state | running: Map.put(state.running, ref, task), spawned: state.spawned + 1}
  end

  defp now, do: System.monotonic_time(:millisecond)

  defp wait_one(state, config) do
    {wait, earliest} = earliest_deadline(state.running)

    receive do
      {ref, value} when is_map_key(state.running, ref) ->
        Process.demonitor(ref, [:flush])
        {{pid, position, _element, _}, running} = Map.pop(state.running, ref)
        forget(pid, config)
        {position, {:ok, value}, %{state | running: running}}

      {:DOWN, ref, _, _, reason} when is_map_key(state.running, ref) ->
        {{pid, position, element, _}, running} = Map.pop(state.running, ref)
        forget(pid, config)
        result = if config.zip, do: {:exit, {element, reason}}, else: {:exit, reason}
        {position, result, %{state | running: running}}
    after
      wait ->
        {pid, position, element, _} = Map.fetch!(state.running, earliest)

        case config.on_timeout do
          :exit ->
            kill_all(state)
            exit({:timeout, {Task.Supervised, :stream, [config.timeout]}})

          :kill_task ->
            Process.unlink(pid)
            Process.exit(pid, :kill)
            Process.demonitor(earliest, [:flush])
            result = if config.zip, do: {:exit, {element, :timeout}}, else: {:exit, :timeout}
            {position, result, %{state | running: Map.delete(state.running, earliest)}}
        end
    end
  end

  # A finished task is unlinked and its {:EXIT, ...} (if the caller traps
  # exits) dropped: Elixir's stream runs tasks under a helper process, so
  # the caller's mailbox never sees them.
  defp forget(pid, config) do
    if config.spawn == :link or match?({_, :link}, config.spawn) do
      Process.unlink(pid)

      receive do
        {:EXIT, ^pid, _} -> :ok
      after
        0 -> :ok
      end
    end

    :ok
  end

  defp earliest_deadline(running) do
    Enum.reduce(running, {:infinity, nil}, fn
      {_ref, {_, _, _, :infinity}}, acc ->
        acc

      {ref, {_, _, _, deadline}}, {best, best_ref} ->
        wait = max(deadline - now(), 0)
        if best == :infinity or wait < best, do: {wait, ref}, else: {best, best_ref}
    end)
  end

  defp kill_all(state) do
    Enum.each(state.running, fn {ref, {pid, _, _, _}} ->
      Process.unlink(pid)
      Process.exit(pid, :kill)
      Process.demonitor(ref, [:flush])
    end)
  end
end

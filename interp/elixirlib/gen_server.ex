defmodule GenServer do
  @moduledoc """
  exlite's GenServer, written in Elixir on top of process primitives.

  The wire protocol is OTP's, so `:sys.get_state/1` and hand-written
  `{:"$gen_call", from, msg}` messages behave as on the BEAM:

    * calls: `{:"$gen_call", {caller_pid, tag}, request}`, answered with
      `send(alias, {tag, reply})`; `tag` is `[:alias | alias]`, the alias
      being the call's monitor reference, as in OTP 25, so `from`
      inspects as Elixir 1.18 shows it and a late reply is dropped
    * casts: `{:"$gen_cast", request}`
    * system messages: `{:system, from, request}` (`:get_state`,
      `{:replace_state, fun}`, `{:terminate, reason}`)
    * start acknowledgement: `{:"$gen_ack", ref, result}` to the starter
  """

  @callback init(init_arg :: term) :: term
  @callback handle_call(request :: term, from :: term, state :: term) :: term
  @callback handle_cast(request :: term, state :: term) :: term
  @callback handle_info(msg :: term, state :: term) :: term
  @callback handle_continue(continue_arg :: term, state :: term) :: term
  @callback terminate(reason :: term, state :: term) :: term
  @callback code_change(old_vsn :: term, state :: term, extra :: term) :: term
  @callback format_status(status :: term) :: term
  @callback format_status(reason :: term, pdict_and_state :: list) :: term
  @optional_callbacks code_change: 3,
                      terminate: 2,
                      handle_info: 2,
                      handle_cast: 2,
                      handle_call: 3,
                      format_status: 1,
                      format_status: 2,
                      handle_continue: 2

  @doc """
  `use GenServer` (see interp/elixirlib/README.md for what an evaluator
  without macros must inject instead).
  """
  defmacro __using__(opts) do
    quote location: :keep, bind_quoted: [opts: opts] do
      @behaviour GenServer

      def child_spec(init_arg) do
        Supervisor.child_spec(
          %{id: __MODULE__, start: {__MODULE__, :start_link, [init_arg]}},
          unquote(Macro.escape(opts))
        )
      end

      defoverridable child_spec: 1

      @before_compile GenServer

      @doc false
      def handle_call(_msg, _from, _state) do
        raise "attempted to call GenServer #{inspect(GenServer.__proc_name__())} but no handle_call/3 clause was provided"
      end

      @doc false
      def handle_info(msg, state) do
        GenServer.__default_handle_info__(__MODULE__, msg, state)
      end

      @doc false
      def handle_cast(_msg, _state) do
        raise "attempted to cast GenServer #{inspect(GenServer.__proc_name__())} but no handle_cast/2 clause was provided"
      end

      @doc false
      def terminate(_reason, _state) do
        :ok
      end

      @doc false
      def code_change(_old, state, _extra) do
        {:ok, state}
      end

      defoverridable code_change: 3, terminate: 2, handle_info: 2, handle_cast: 2, handle_call: 3
    end
  end

  @doc false
  defmacro __before_compile__(env) do
    if not Module.defines?(env.module, {:init, 1}) do
      IO.warn(GenServer.__missing_init_warning__(env.module), env)

      quote do
        @doc false
        def init(init_arg) do
          {:ok, init_arg}
        end

        defoverridable init: 1
      end
    end
  end

  @doc false
  def __missing_init_warning__(module) do
    "function init/1 required by behaviour GenServer is not implemented " <>
      "(in module #{inspect(module)}).\n\n" <>
      "We will inject a default implementation for now:\n\n" <>
      "    def init(init_arg) do\n" <>
      "      {:ok, init_arg}\n" <>
      "    end\n\n" <>
      "You can copy the implementation above or define your own that converts " <>
      "the arguments given to GenServer.start_link/3 to the server state.\n"
  end

  @doc false
  def __default_handle_info__(module, msg, state) do
    require Logger

    Logger.error(
      "#{inspect(module)} #{inspect(__proc_name__())} received unexpected message in handle_info/2: #{inspect(msg)}\n"
    )

    {:noreply, state}
  end

  @doc false
  def __proc_name__ do
    case Process.info(self(), :registered_name) do
      {_, []} -> self()
      {_, name} -> name
      _ -> self()
    end
  end

  ## Client API

  def start_link(module, init_arg, options \\ []) when is_atom(module) and is_list(options) do
    do_start(:link, module, init_arg, options)
  end

  def start(module, init_arg, options \\ []) when is_atom(module) and is_list(options) do
    do_start(:nolink, module, init_arg, options)
  end

  defp do_start(link, module, init_arg, options) do
    case Keyword.pop(options, :name) do
      {nil, opts} ->
        __start__(link, nil, module, init_arg, opts)

      {atom, opts} when is_atom(atom) ->
        __start__(link, {:local, atom}, module, init_arg, opts)

      {{:global, term}, opts} ->
        # As OTP: {:global, name} is {:via, :global, name}.
        __start__(link, {:via, :global, term}, module, init_arg, opts)

      {{:via, via_module, _term} = tuple, opts} when is_atom(via_module) ->
        __start__(link, tuple, module, init_arg, opts)

      {other, _} ->
        raise ArgumentError, """
        expected :name option to be one of the following:

          * nil
          * atom
          * {:global, term}
          * {:via, module, term}

        Got: #{inspect(other)}
        """
    end
  end

  @doc false
  # Starts a process running `module` as a GenServer and waits for its
  # init/1. `reg` is nil, {:local, atom} or {:via, mod, term}. Also used by
  # Supervisor and Agent, which are GenServers with their own callback
  # modules.
  def __start__(link, reg, module, init_arg, opts) do
    # OTP's gen:start looks the name up in the caller first.
    case where(reg) do
      nil -> spawn_server(link, reg, module, init_arg, opts)
      pid -> {:error, {:already_started, pid}}
    end
  end

  defp where(nil), do: nil
  defp where({:local, name}), do: Process.whereis(name)

  defp where({:via, mod, name}) do
    case apply(mod, :whereis_name, [name]) do
      pid when is_pid(pid) -> pid
      _ -> nil
    end
  end

  defp spawn_server(link, reg, module, init_arg, opts) do
    starter = self()
    ref = make_ref()
    fun = fn -> init_it(starter, link, ref, reg, module, init_arg) end

    pid =
      case link do
        :link -> spawn_link(fun)
        :nolink -> spawn(fun)
      end

    mref = Process.monitor(pid)
    timeout = Keyword.get(opts, :timeout, :infinity)

    receive do
      {:"$gen_ack", ^ref, result} ->
        Process.demonitor(mref, [:flush])
        result

      {:EXIT, ^pid, reason} when link == :link ->
        Process.demonitor(mref, [:flush])
        {:error, reason}

      {:DOWN, ^mref, :process, ^pid, reason} ->
        {:error, reason}
    after
      timeout ->
        Process.demonitor(mref, [:flush])
        if link == :link, do: Process.unlink(pid)
        Process.exit(pid, :kill)

        receive do
          {:EXIT, ^pid, _} -> :ok
        after
          0 -> :ok
        end

        {:error, :timeout}
    end
  end

  defp init_it(starter, link, ref, reg, module, init_arg) do
    parent = if link == :link, do: starter, else: self()
    Process.put(:"$ancestors", [starter])
    Process.put(:"$initial_call", {module, :init, 1})

    case register_name(reg) do
      :ok ->
        name = report_name(reg)

        case call_init(module, init_arg) do
          {:ok, state} ->
            ack(starter, ref, {:ok, self()})
            loop(parent, name, module, state, :infinity)

          {:ok, state, timeout} when is_integer(timeout) or timeout == :infinity ->
            ack(starter, ref, {:ok, self()})
            loop(parent, name, module, state, timeout)

          {:ok, state, :hibernate} ->
            ack(starter, ref, {:ok, self()})
            loop(parent, name, module, state, :infinity)

          {:ok, state, {:continue, continue}} ->
            ack(starter, ref, {:ok, self()})
            continue(parent, name, module, state, continue)

          :ignore ->
            unregister_name(reg)
            ack(starter, ref, :ignore)
            exit(:normal)

          {:stop, reason} ->
            unregister_name(reg)
            ack(starter, ref, {:error, reason})
            exit(reason)

          {:__exlite_crash__, :exit, reason, _stack} ->
            unregister_name(reg)
            ack(starter, ref, {:error, reason})
            exit(reason)

          {:__exlite_crash__, _kind, reason, stack} ->
            unregister_name(reg)
            ack(starter, ref, {:error, {reason, stack}})
            exit({reason, stack})

          other ->
            unregister_name(reg)
            ack(starter, ref, {:error, {:bad_return_value, other}})
            exit({:bad_return_value, other})
        end

      {:error, pid} ->
        ack(starter, ref, {:error, {:already_started, pid}})
        exit(:normal)
    end
  end

  defp call_init(module, init_arg) do
    try do
      module.init(init_arg)
    catch
      :throw, value -> value
      :error, reason -> {:__exlite_crash__, :error, reason, __exlite_stack__(__STACKTRACE__) ++ otp_frames(:init)}
      :exit, reason -> {:__exlite_crash__, :exit, reason, __exlite_stack__(__STACKTRACE__) ++ otp_frames(:init)}
    end
  end

  defp ack(starter, ref, result), do: send(starter, {:"$gen_ack", ref, result})

  @doc false
  # Registers self() under `reg`; {:error, existing_pid} when taken.
  def register_name(nil), do: :ok

  def register_name({:local, name}) do
    case Process.whereis(name) do
      nil ->
        try do
          Process.register(self(), name)
          :ok
        rescue
          ArgumentError ->
            case Process.whereis(name) do
              nil -> raise ArgumentError, "could not register #{inspect(self())} with name #{inspect(name)}"
              pid -> {:error, pid}
            end
        end

      pid ->
        {:error, pid}
    end
  end

  def register_name({:via, mod, name}) do
    case apply(mod, :register_name, [name, self()]) do
      :yes -> :ok
      :no -> {:error, apply(mod, :whereis_name, [name])}
    end
  end

  @doc false
  def unregister_name(nil), do: :ok

  def unregister_name({:local, name}) do
    try do
      Process.unregister(name)
    rescue
      ArgumentError -> :ok
    end

    :ok
  end

  def unregister_name({:via, mod, name}) do
    apply(mod, :unregister_name, [name])
    :ok
  end

  defp report_name(nil), do: self()
  defp report_name({:local, name}), do: name
  defp report_name({:via, _mod, name}), do: name

  ## Server loop

  defp loop(parent, name, module, state, timeout) do
    receive do
      msg -> handle_msg(msg, parent, name, module, state, timeout)
    after
      timeout ->
        dispatch(:info, :timeout, parent, name, module, state, nil, :timeout)
    end
  end

  defp handle_msg({:"$gen_call", from, request}, parent, name, module, state, _timeout) do
    dispatch(:call, request, parent, name, module, state, from, request)
  end

  defp handle_msg({:"$gen_cast", request} = msg, parent, name, module, state, _timeout) do
    dispatch(:cast, request, parent, name, module, state, nil, msg)
  end

  defp handle_msg({:system, from, request}, parent, name, module, state, timeout) do
    system(request, from, parent, name, module, state, timeout, :running)
  end

  defp handle_msg({:EXIT, parent, reason} = msg, parent, name, module, state, _timeout)
       when parent != self() do
    terminate(:exit, reason, [], nil, msg, parent, name, module, state)
  end

  defp handle_msg(msg, parent, name, module, state, _timeout) do
    dispatch(:info, msg, parent, name, module, state, nil, msg)
  end

  # After a system message the server goes back to its loop with the
  # timeout it had (started afresh, as OTP's system_continue does), or
  # stays suspended: then only system messages and its parent's exit
  # signal are taken, the rest waits in the mailbox (sys:suspend/1).
  defp resume(:running, parent, name, module, state, timeout),
    do: loop(parent, name, module, state, timeout)

  defp resume(:suspended, parent, name, module, state, timeout) do
    receive do
      {:system, from, request} ->
        system(request, from, parent, name, module, state, timeout, :suspended)

      {:EXIT, ^parent, reason} = msg when parent != self() ->
        terminate(:exit, reason, [], nil, msg, parent, name, module, state)
    end
  end

  defp system(:get_state, from, parent, name, module, state, timeout, mode) do
    reply(from, state)
    resume(mode, parent, name, module, state, timeout)
  end

  defp system({:replace_state, fun}, from, parent, name, module, state, timeout, mode) do
    result =
      try do
        {:ok, fun.(state)}
      catch
        kind, reason -> {:error, {:callback_failed, {:gen_server, :system_replace_state}, {kind, reason}}}
      end

    case result do
      {:ok, new_state} ->
        reply(from, new_state)
        resume(mode, parent, name, module, new_state, timeout)

      error ->
        reply(from, error)
        resume(mode, parent, name, module, state, timeout)
    end
  end

  defp system(:suspend, from, parent, name, module, state, timeout, _mode) do
    reply(from, :ok)
    resume(:suspended, parent, name, module, state, timeout)
  end

  defp system(:resume, from, parent, name, module, state, timeout, _mode) do
    reply(from, :ok)
    resume(:running, parent, name, module, state, timeout)
  end

  defp system(:get_status, from, parent, name, module, state, timeout, mode) do
    reply(from, {:status, self(), {:module, :gen_server}, [Process.get(), mode, parent, [], status_data(name, mode, parent, module, state)]})
    resume(mode, parent, name, module, state, timeout)
  end

  defp system({:terminate, reason}, _from, parent, name, module, state, _timeout, _mode) do
    terminate(:exit, reason, [], nil, [], parent, name, module, state)
  end

  defp system(_other, from, parent, name, module, state, timeout, mode) do
    reply(from, {:error, :unknown_system_msg})
    resume(mode, parent, name, module, state, timeout)
  end

  # OTP 25's gen_server:format_status/2 for :sys.get_status/1, with
  # gen:format_status_header/2's header (a charlist for a pid or a local
  # name, {tag_line, name} for other names).
  defp status_data(name, mode, parent, module, state) do
    tag = ~c"Status for generic server"

    header =
      cond do
        is_pid(name) -> tag ++ ~c" " ++ :erlang.pid_to_list(name)
        is_atom(name) -> tag ++ ~c" " ++ Atom.to_charlist(name)
        true -> {tag, name}
      end

    [
      {:header, header},
      {:data, [{~c"Status", mode}, {~c"Parent", parent}, {~c"Logged events", []}]}
      | status_specific(module, state)
    ]
  end

  # The module's own part of the status: its format_status/1 (the map's
  # :state) or format_status/2 (:normal, [pdict, state]: a list is used
  # as it is), else the state.
  defp status_specific(module, state) do
    cond do
      function_exported?(module, :format_status, 1) ->
        status =
          try do
            module.format_status(%{state: state, log: []})
          catch
            _, _ -> %{state: state}
          end

        [data: [{~c"State", Map.get(status, :state, state)}]]

      function_exported?(module, :format_status, 2) ->
        case module.format_status(:normal, [Process.get(), state]) do
          list when is_list(list) -> list
          other -> [other]
        end

      true ->
        [data: [{~c"State", state}]]
    end
  end

  defp continue(parent, name, module, state, continue) do
    dispatch(:continue, continue, parent, name, module, state, nil, {:continue, continue})
  end

  defp dispatch(kind, request, parent, name, module, state, from, msg) do
    result =
      try do
        case kind do
          :call -> module.handle_call(request, from, state)
          :cast -> module.handle_cast(request, state)
          :info -> module.handle_info(request, state)
          :continue -> module.handle_continue(request, state)
        end
      catch
        :throw, value -> value
        class, reason -> {:__exlite_crash__, class, reason, __exlite_stack__(__STACKTRACE__) ++ agent_frame(module, kind, request) ++ otp_frames(kind)}
      end

    handle_result(kind, result, parent, name, module, state, from, msg)
  end

  # A call's reply goes to :gen.reply/2 itself (GenServer.reply/2 only
  # delegates to it): one call less per message.
  defp handle_result(:call, {:reply, reply, new_state}, parent, name, module, _state, from, _msg) do
    :gen.reply(from, reply)
    loop(parent, name, module, new_state, :infinity)
  end

  defp handle_result(:call, {:reply, reply, new_state, action} = r, parent, name, module, state, from, msg) do
    if valid_action?(action) do
      :gen.reply(from, reply)
      next(action, r, parent, name, module, new_state, state, msg)
    else
      terminate(:exit, {:bad_return_value, r}, [], from, msg, parent, name, module, state)
    end
  end

  defp handle_result(:call, {:stop, reason, reply, new_state}, parent, name, module, _state, from, msg) do
    terminate(:exit, reason, [], from, msg, parent, name, module, new_state, {:reply, reply})
  end

  defp handle_result(_kind, {:noreply, new_state}, parent, name, module, _state, _from, _msg) do
    loop(parent, name, module, new_state, :infinity)
  end

  defp handle_result(_kind, {:noreply, new_state, action} = r, parent, name, module, state, from, msg) do
    if valid_action?(action) do
      next(action, r, parent, name, module, new_state, state, msg)
    else
      terminate(:exit, {:bad_return_value, r}, [], from, msg, parent, name, module, state)
    end
  end

  defp valid_action?(timeout) when is_integer(timeout) and timeout >= 0, do: true
  defp valid_action?(:infinity), do: true
  defp valid_action?(:hibernate), do: true
  defp valid_action?({:continue, _}), do: true
  defp valid_action?(_), do: false

  defp handle_result(_kind, {:stop, reason, new_state}, parent, name, module, _state, from, msg) do
    terminate(:exit, reason, [], from, msg, parent, name, module, new_state)
  end

  defp handle_result(_kind, {:__exlite_crash__, class, reason, stack}, parent, name, module, state, from, msg) do
    terminate(class, reason, stack, from, msg, parent, name, module, state)
  end

  defp handle_result(_kind, other, parent, name, module, state, from, msg) do
    terminate(:exit, {:bad_return_value, other}, [], from, msg, parent, name, module, state)
  end

  defp next(timeout, _r, parent, name, module, new_state, _state, _msg)
       when is_integer(timeout) or timeout == :infinity do
    loop(parent, name, module, new_state, timeout)
  end

  defp next(:hibernate, _r, parent, name, module, new_state, _state, _msg) do
    loop(parent, name, module, new_state, :infinity)
  end

  defp next({:continue, continue}, _r, parent, name, module, new_state, _state, _msg) do
    continue(parent, name, module, new_state, continue)
  end

  # Runs terminate/2, logs the crash report when the reason is abnormal,
  # sends a pending {:stop, reason, reply, state} reply and exits.
  defp terminate(class, reason, stack, from, msg, _parent, name, module, state, pending \\ nil) do
    exit_reason = if class == :error, do: {reason, stack}, else: reason

    terminated =
      if function_exported?(module, :terminate, 2) do
        try do
          module.terminate(exit_reason, state)
          :ok
        catch
          c, r -> {c, r, __exlite_stack__(__STACKTRACE__) ++ otp_frames(:terminate)}
        end
      else
        :ok
      end

    case terminated do
      {c, r, s} ->
        report(r, s, name, from, msg, state, module)
        reply_pending(pending, from)
        if c == :error, do: exit({r, s}), else: exit(r)

      :ok ->
        if not normal_reason?(class, reason) do
          report(reason, stack, name, from, msg, state, module)
        end

        reply_pending(pending, from)
        exit(exit_reason)
    end
  end

  defp reply_pending({:reply, reply}, from), do: reply(from, reply)
  defp reply_pending(nil, _from), do: :ok

  defp normal_reason?(:exit, :normal), do: true
  defp normal_reason?(:exit, :shutdown), do: true
  defp normal_reason?(:exit, {:shutdown, _}), do: true
  defp normal_reason?(_, _), do: false

  ## Crash report (Elixir 1.18's Logger translation of OTP's report)

  defp report(reason, stack, name, from, msg, state, module) do
    require Logger

    report_reason = if stack == [], do: reason, else: {reason, stack}
    {msg, state, report_reason} = format_status(module, msg, state, report_reason)

    text =
      IO.iodata_to_binary([
        "GenServer ",
        inspect(name),
        " terminating",
        __format_reason__(report_reason),
        "\nLast message",
        last_message_from(from),
        ": ",
        inspect(msg),
        "\nState: ",
        inspect(state),
        client_info(from)
      ])

    Logger.error(text)
  end

  # OTP 25's format_status/1: the callback may rewrite what the report
  # shows of the state, the last message and the reason.
  defp format_status(module, msg, state, reason) do
    if function_exported?(module, :format_status, 1) do
      status = %{state: state, message: msg, reason: reason, log: []}

      formatted =
        try do
          module.format_status(status)
        catch
          _, _ -> status
        end

      case formatted do
        %{} -> {Map.get(formatted, :message, msg), Map.get(formatted, :state, state), Map.get(formatted, :reason, reason)}
        _ -> {msg, state, reason}
      end
    else
      {msg, state, reason}
    end
  end

  defp last_message_from({pid, _tag}) when is_pid(pid), do: [" (from ", inspect(client_name(pid)), ")"]
  defp last_message_from(_), do: []

  defp client_info({pid, _tag}) when is_pid(pid) do
    if Process.alive?(pid) do
      stack =
        try do
          case Process.info(pid, :current_stacktrace) do
            {:current_stacktrace, stack} when is_list(stack) -> stack
            _ -> []
          end
        rescue
          _ -> []
        end

      ["\nClient ", inspect(client_name(pid)), " is alive\n" | format_stack(stack)]
    else
      ["\nClient ", inspect(pid), " is dead"]
    end
  end

  defp client_info(_), do: []

  defp client_name(pid) do
    case Process.info(pid, :registered_name) do
      {:registered_name, name} when is_atom(name) and name != [] -> name
      _ -> pid
    end
  end

  @doc false
  # Formats an exit reason the way Logger's translator does: an
  # {exception, stacktrace} pair as the exception's banner and stack,
  # anything else as `** (stop) reason`.
  def __format_reason__({maybe_exception, [_ | _] = maybe_stack} = reason) do
    if stacktrace?(maybe_stack) do
      [normalize_banner(maybe_exception, maybe_stack) | format_stack(maybe_stack)]
    else
      format_stop(reason)
    end
  end

  # An exception raised in library code (ExUnit's assertions) has no
  # frames left: exlite's library frames are not shown.
  def __format_reason__({exception, []}) when is_exception(exception),
    do: ["\n" | Exception.format_banner(:error, exception, [])]

  def __format_reason__(reason), do: format_stop(reason)

  defp stacktrace?(list) do
    Enum.all?(list, fn
      {m, f, a, info} when is_atom(m) and is_atom(f) and (is_integer(a) or is_list(a)) and is_list(info) -> true
      {fun, a, info} when is_function(fun) and (is_integer(a) or is_list(a)) and is_list(info) -> true
      _ -> false
    end)
  end

  defp normalize_banner(reason, stack) do
    if is_exception(reason) do
      ["\n" | Exception.format_banner(:error, reason, stack)]
    else
      exception = Exception.normalize(:error, reason, stack)

      if is_exception(exception) and not is_struct(exception, ErlangError) do
        ["\n" | Exception.format_banner(:error, exception, stack)]
      else
        format_stop(reason)
      end
    end
  end

  defp format_stop(reason), do: ["\n** (stop) " | Exception.format_exit(reason)]

  defp format_stack(stack) do
    for entry <- stack, do: ["\n    " | Exception.format_stacktrace_entry(entry)]
  end

  @lib_modules [GenServer, Agent, Agent.Server, Task, Task.Supervised, Task.Supervisor,
                Supervisor, Supervisor.Default, DynamicSupervisor, Registry, :sys]

  # The frames of OTP 25's gen_server (stdlib 4.2) below a callback that
  # crashed, as the BEAM's stacktrace shows them under the module's own.
  defp otp_frames(:init) do
    [
      {:gen_server, :init_it, 2, [file: ~c"gen_server.erl", line: 851]},
      {:gen_server, :init_it, 6, [file: ~c"gen_server.erl", line: 814]},
      proc_lib_frame()
    ]
  end

  defp otp_frames(:call) do
    [
      {:gen_server, :try_handle_call, 4, [file: ~c"gen_server.erl", line: 1149]},
      {:gen_server, :handle_msg, 6, [file: ~c"gen_server.erl", line: 1178]},
      proc_lib_frame()
    ]
  end

  defp otp_frames(:continue) do
    [
      {:gen_server, :try_dispatch, 4, [file: ~c"gen_server.erl", line: 1123]},
      {:gen_server, :loop, 7, [file: ~c"gen_server.erl", line: 865]},
      proc_lib_frame()
    ]
  end

  defp otp_frames(:terminate) do
    [
      {:gen_server, :try_terminate, 3, [file: ~c"gen_server.erl", line: 1161]},
      {:gen_server, :terminate, 10, [file: ~c"gen_server.erl", line: 1351]},
      proc_lib_frame()
    ]
  end

  # a cast or an info
  defp otp_frames(_dispatch) do
    [
      {:gen_server, :try_dispatch, 4, [file: ~c"gen_server.erl", line: 1123]},
      {:gen_server, :handle_msg, 6, [file: ~c"gen_server.erl", line: 1200]},
      proc_lib_frame()
    ]
  end

  # An Agent's function runs under Agent.Server's callback: its frame at
  # its line of Elixir 1.18.4's lib/agent/server.ex.
  defp agent_frame(Agent.Server, kind, request) do
    case {kind, request} do
      {:call, {:get, _}} -> [{Agent.Server, :handle_call, 3, [file: ~c"lib/agent/server.ex", line: 12]}]
      {:call, {:get_and_update, _}} -> [{Agent.Server, :handle_call, 3, [file: ~c"lib/agent/server.ex", line: 16]}]
      {:call, {:update, _}} -> [{Agent.Server, :handle_call, 3, [file: ~c"lib/agent/server.ex", line: 23]}]
      {:cast, {:cast, _}} -> [{Agent.Server, :handle_cast, 2, [file: ~c"lib/agent/server.ex", line: 27]}]
      _ -> []
    end
  end

  defp agent_frame(_module, _kind, _request), do: []

  defp proc_lib_frame, do: {:proc_lib, :init_p_do_apply, 3, [file: ~c"proc_lib.erl", line: 240]}

  @doc false
  # Drops the trailing stack frames that belong to this library's process
  # loops, so a crash report shows the user's frames (exlite has no OTP
  # gen_server frames to show below them).
  def __exlite_stack__(stack) do
    stack
    |> Enum.reverse()
    |> Enum.drop_while(fn
      {m, _f, _a, _info} -> m in @lib_modules
      _ -> false
    end)
    |> Enum.reverse()
    |> Enum.map(&default_callback_line/1)
  end

  # The default handle_call/3 and handle_cast/2 that `use GenServer`
  # defines raise at these lines of Elixir 1.18.4's lib/gen_server.ex.
  defp default_callback_line({m, f, a, [file: ~c"lib/gen_server.ex", line: _]})
       when {f, a} in [{:handle_call, 3}, {:handle_cast, 2}] do
    line = if f == :handle_call, do: 881, else: 926
    {m, f, a, [file: ~c"lib/gen_server.ex", line: line]}
  end

  defp default_callback_line(entry), do: entry

  ## Calls, casts, replies

  def call(server, request, timeout \\ 5000)
      when (is_integer(timeout) and timeout >= 0) or timeout == :infinity do
    case whereis(server) do
      nil ->
        exit({:noproc, {GenServer, :call, [server, request, timeout]}})

      pid when pid == self() ->
        exit({:calling_self, {GenServer, :call, [server, request, timeout]}})

      {_name, node} ->
        # a name on another node: this one is not distributed, so OTP's
        # gen:call finds the node down
        exit({{:nodedown, node}, {GenServer, :call, [server, request, timeout]}})

      pid ->
        case __call__(pid, :"$gen_call", request, timeout) do
          {:ok, reply} -> reply
          {:exit, reason} -> exit({reason, {GenServer, :call, [server, request, timeout]}})
        end
    end
  end

  @doc false
  # OTP's gen:call: monitor, send {label, {self(), tag}, request}, wait for
  # {tag, reply} or the monitor's :DOWN. Returns {:ok, reply} or
  # {:exit, reason}.
  def __call__(pid, label, request, timeout) do
    # The monitor is also an alias the reply is sent to: demonitoring it
    # (after the reply, or when the call gives up) deactivates it, so a
    # reply that comes too late is dropped, as in OTP 25.
    mref = Process.monitor(pid, alias: :demonitor)
    tag = [:alias | mref]
    send(pid, {label, {self(), tag}, request})

    if timeout == :infinity do
      await_reply(tag, mref)
    else
      await_reply(tag, mref, timeout)
    end
  end

  # A call waits for its reply in one of these (OTP 25's gen:do_call/4
  # has one receive for an infinite timeout and another one with after:
  # Process.info's :current_stacktrace tells them apart by the arity).
  defp await_reply(tag, mref) do
    receive do
      {^tag, reply} ->
        Process.demonitor(mref, [:flush])
        {:ok, reply}

      {:DOWN, ^mref, _, _, reason} ->
        {:exit, reason}
    end
  end

  defp await_reply(tag, mref, timeout) do
    receive do
      {^tag, reply} ->
        Process.demonitor(mref, [:flush])
        {:ok, reply}

      {:DOWN, ^mref, _, _, reason} ->
        {:exit, reason}
    after
      timeout ->
        Process.demonitor(mref, [:flush])

        receive do
          {^tag, reply} -> {:ok, reply}
        after
          0 -> {:exit, :timeout}
        end
    end
  end

  def cast(server, request)

  def cast({:global, name}, request), do: cast({:via, :global, name}, request)

  def cast({:via, mod, name}, request) do
    try do
      apply(mod, :send, [name, {:"$gen_cast", request}])
      :ok
    catch
      _, _ -> :ok
    end
  end

  def cast({name, node}, request) when is_atom(name) and is_atom(node) do
    do_send(name, {:"$gen_cast", request})
  end

  def cast(dest, request) when is_atom(dest) or is_pid(dest) do
    do_send(dest, {:"$gen_cast", request})
  end

  defp do_send(dest, msg) do
    try do
      send(dest, msg)
      :ok
    catch
      _, _ -> :ok
    end
  end

  # One node: multi_call and abcast reach the name on this node; any
  # other node in `nodes` is a bad node.
  def multi_call(nodes \\ [node()], name, request, timeout \\ :infinity)
      when is_list(nodes) and is_atom(name) do
    {replies, bad} =
      Enum.reduce(nodes, {[], []}, fn n, {replies, bad} ->
        with true <- n == node(),
             pid when is_pid(pid) <- Process.whereis(name),
             {:ok, reply} <- __call__(pid, :"$gen_call", request, timeout) do
          {[{n, reply} | replies], bad}
        else
          _ -> {replies, [n | bad]}
        end
      end)

    {Enum.reverse(replies), Enum.reverse(bad)}
  end

  def abcast(nodes \\ [node()], name, request) when is_list(nodes) and is_atom(name) do
    for n <- nodes, n == node(), do: do_send(name, {:"$gen_cast", request})
    :abcast
  end

  # as Elixir's: a client that is no {pid, tag} fails in :gen.reply/2
  def reply(client, reply), do: :gen.reply(client, reply)

  def whereis(server)
  def whereis(pid) when is_pid(pid), do: pid
  def whereis(name) when is_atom(name), do: Process.whereis(name)

  def whereis({:global, name}), do: whereis({:via, :global, name})

  def whereis({:via, mod, name}) do
    case apply(mod, :whereis_name, [name]) do
      pid when is_pid(pid) -> pid
      :undefined -> nil
    end
  end

  def whereis({name, local}) when is_atom(name) and local == node(), do: Process.whereis(name)
  def whereis({name, node} = server) when is_atom(name) and is_atom(node), do: server

  def stop(server, reason \\ :normal, timeout \\ :infinity) do
    case whereis(server) do
      nil ->
        exit({:noproc, {GenServer, :stop, [server, reason, timeout]}})

      pid when pid == self() ->
        exit({:calling_self, {GenServer, :stop, [server, reason, timeout]}})

      pid ->
        case __stop__(pid, reason, timeout) do
          :ok -> :ok
          {:exit, err} -> exit({err, {GenServer, :stop, [server, reason, timeout]}})
        end
    end
  end

  @doc false
  # OTP's proc_lib:stop: asks the process to terminate with `reason` and
  # waits for it to go down. :ok or {:exit, reason}.
  def __stop__(pid, reason, timeout) do
    mref = Process.monitor(pid, alias: :demonitor)
    send(pid, {:system, {self(), [:alias | mref]}, {:terminate, reason}})

    receive do
      {:DOWN, ^mref, _, _, ^reason} -> :ok
      {:DOWN, ^mref, _, _, other} -> {:exit, other}
    after
      timeout ->
        # OTP gives up waiting; the process goes on terminating.
        Process.demonitor(mref, [:flush])
        {:exit, :timeout}
    end
  end
end

defmodule :gen do
  @moduledoc false
  # The part of OTP's gen module GenServer.reply/2 goes through: reply/2
  # answers a call's `from`, sending to the caller's alias when the tag
  # carries one.

  def reply({pid, [:alias | alias] = tag}, reply) when is_pid(pid) do
    send(alias, {tag, reply})
    :ok
  end

  def reply({pid, tag}, reply) when is_pid(pid) do
    send(pid, {tag, reply})
    :ok
  end
end

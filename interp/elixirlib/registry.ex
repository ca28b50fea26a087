defmodule Registry do
  @moduledoc """
  exlite's Registry, written in Elixir: one GenServer per registry, named
  after it, holding the table and monitoring the processes registered in
  it (their entries go when they exit). Keys are :unique or :duplicate;
  `{:via, Registry, {registry, key}}` (or `{registry, key, value}`) names
  GenServers, Agents and Supervisors. Lookups skip processes that are no
  longer alive, as Elixir's do for unique registries.
  """

  ## via callbacks

  def whereis_name({registry, key}), do: whereis_name(registry, key)
  def whereis_name({registry, key, _value}), do: whereis_name(registry, key)

  defp whereis_name(registry, key) do
    case kind!(registry) do
      :unique ->
        case lookup(registry, key) do
          [{pid, _}] -> pid
          [] -> :undefined
        end

      :duplicate ->
        raise ArgumentError, ":via is not supported for duplicate registries"
    end
  end

  def register_name({registry, key}, pid) when pid == self(), do: register_name(registry, key, nil)
  def register_name({registry, key, value}, pid) when pid == self(), do: register_name(registry, key, value)

  defp register_name(registry, key, value) do
    case register(registry, key, value) do
      {:ok, _} -> :yes
      {:error, _} -> :no
    end
  end

  def send({registry, key}, msg) do
    case lookup(registry, key) do
      [{pid, _}] -> Kernel.send(pid, msg)
      [] -> :erlang.error(:badarg, [{registry, key}, msg])
    end
  end

  def send({registry, key, _value}, msg), do: Registry.send({registry, key}, msg)

  def unregister_name({registry, key}), do: unregister(registry, key)
  def unregister_name({registry, key, _value}), do: unregister(registry, key)

  ## Starting

  def start_link(options) do
    keys = Keyword.get(options, :keys)

    if keys not in [:unique, :duplicate] do
      raise ArgumentError,
            "expected :keys to be given and be one of :unique or :duplicate, got: #{inspect(keys)}"
    end

    name =
      case Keyword.fetch(options, :name) do
        {:ok, name} when is_atom(name) -> name
        {:ok, other} -> raise ArgumentError, "expected :name to be an atom, got: #{inspect(other)}"
        :error -> raise ArgumentError, "expected :name option to be present"
      end

    meta = Keyword.get(options, :meta, [])

    if not Keyword.keyword?(meta) do
      raise ArgumentError, "expected :meta to be a keyword list, got: #{inspect(meta)}"
    end

    partitions = Keyword.get(options, :partitions, 1)

    if not (is_integer(partitions) and partitions >= 1) do
      raise ArgumentError, "expected :partitions to be a positive integer, got: #{inspect(partitions)}"
    end

    GenServer.start_link(Registry.Server, {keys, name, meta}, name: name)
  end

  def child_spec(options) do
    %{id: Keyword.get(options, :name, Registry), start: {Registry, :start_link, [options]}, type: :supervisor}
  end

  ## API

  def register(registry, key, value) do
    call!(registry, {:register, self(), key, value})
  end

  def unregister(registry, key) do
    call!(registry, {:unregister, self(), key})
  end

  def unregister_match(registry, key, pattern, guards \\ []) when is_list(guards) do
    matcher = matcher!(:unregister_match, 4, pattern, guards)
    call!(registry, {:unregister_match, self(), key, matcher})
  end

  def update_value(registry, key, callback) when is_function(callback, 1) do
    case kind!(registry) do
      :unique -> call!(registry, {:update_value, self(), key, callback})
      kind -> raise ArgumentError, "Registry.update_value/3 is not supported for #{kind} registries"
    end
  end

  def lookup(registry, key) do
    call!(registry, {:lookup, key}) |> alive()
  end

  def dispatch(registry, key, mfa_or_fun, _opts \\ []) do
    case lookup(registry, key) do
      [] -> :ok
      entries -> apply_dispatch(mfa_or_fun, entries)
    end

    :ok
  end

  defp apply_dispatch({m, f, a}, entries), do: apply(m, f, [entries | a])
  defp apply_dispatch(fun, entries), do: fun.(entries)

  def keys(registry, pid) when is_pid(pid) do
    call!(registry, {:keys, pid})
  end

  def values(registry, key, pid) when is_pid(pid) do
    for {^pid, value} <- lookup(registry, key), do: value
  end

  def match(registry, key, pattern, guards \\ []) when is_list(guards) do
    matcher = matcher!(:match, 4, pattern, guards)
    for {_pid, value} = entry <- lookup(registry, key), matcher.(value), do: entry
  end

  def count(registry) do
    Enum.count(call!(registry, :rows), &alive_row?/1)
  end

  def count_match(registry, key, pattern, guards \\ []) when is_list(guards) do
    length(match(registry, key, pattern, guards))
  end

  # select/2 and count_select/2 run a match specification over the
  # entries as ETS rows {key, {pid, value}} (Registry's own table layout,
  # which :"$_" shows), in registration order (ETS's own order, which
  # Elixir gives, is a hash order for unique keys).
  def select(registry, spec) when is_atom(registry) and is_list(spec) do
    spec = select_spec!(spec, :select)
    for row <- call!(registry, :rows), alive_row?(row), result <- select_row(spec, row), do: result
  end

  def count_select(registry, spec) when is_atom(registry) and is_list(spec) do
    spec = select_spec!(spec, :count_select)
    Enum.count(call!(registry, :rows), &(alive_row?(&1) and select_row(spec, &1) == [true]))
  end

  defp select_spec!(spec, fun) do
    for part <- spec do
      case part do
        {{key, pid, value}, guards, body} -> {{key, {pid, value}}, guards, body}
        _ -> raise ArgumentError, "invalid match specification in Registry.#{fun}/2: #{inspect(spec)}"
      end
    end
  end

  defp alive_row?({_key, {pid, _value}}), do: Process.alive?(pid)

  # The first clause whose head matches and whose guards hold gives the
  # row's result: its body's last expression, with :"$_" the row and
  # :"$$" the list of the head's variables.
  defp select_row([], _row), do: []

  defp select_row([{head, guards, body} | rest], row) do
    case match_pattern(head, row, %{}) do
      :nomatch ->
        select_row(rest, row)

      binds ->
        binds = Map.merge(binds, %{"$_": row, "$$": head_vars(binds)})

        with true <- Enum.all?(guards, &(guard_value(&1, binds) === true)),
             [_ | _] <- body,
             result when result != :"$fail" <- guard_value(List.last(body), binds) do
          [result]
        else
          _ -> select_row(rest, row)
        end
    end
  end

  defp head_vars(binds) do
    binds
    |> Enum.map(fn {var, value} -> {var_number(var), value} end)
    |> Enum.reject(fn {n, _} -> n == nil end)
    |> Enum.sort()
    |> Enum.map(fn {_, value} -> value end)
  end

  defp var_number(var) do
    case Integer.parse(String.trim_leading(Atom.to_string(var), "$")) do
      {n, ""} -> n
      _ -> nil
    end
  end

  def meta(registry, key) when is_atom(registry) do
    case GenServer.whereis(registry) do
      nil ->
        raise ArgumentError,
              "unknown registry: #{inspect(registry)}. Either the registry name is invalid or " <>
                "the registry is not running, possibly because its application isn't started"

      _ ->
        call!(registry, {:meta, key})
    end
  end

  def put_meta(registry, key, value) when is_atom(registry) do
    call!(registry, {:put_meta, key, value})
  end

  defp alive(entries), do: Enum.filter(entries, fn {pid, _} -> Process.alive?(pid) end)

  defp kind!(registry), do: call!(registry, :kind)

  defp call!(registry, request) do
    case GenServer.whereis(registry) do
      pid when is_pid(pid) ->
        try do
          GenServer.call(pid, request, :infinity)
        catch
          :exit, _ -> raise ArgumentError, unknown(registry)
        end

      nil ->
        raise ArgumentError, unknown(registry)
    end
  end

  defp unknown(registry), do: "unknown registry: #{inspect(registry)}"

  # Registry match patterns are ETS patterns: :_ matches anything, atoms
  # starting with :"$" are variables, anything else must be equal. Guards
  # are match-specification guards: every one must evaluate to true.
  defp matcher!(_fun, _arity, pattern, guards) do
    fn value ->
      case match_pattern(pattern, value, %{}) do
        :nomatch -> false
        binds -> Enum.all?(guards, &(guard_value(&1, binds) === true))
      end
    end
  end

  # guard_value evaluates a match-specification guard expression; an
  # expression that fails (a bad argument, an unbound variable) is not true.
  defp guard_value(expr, binds) do
    try do
      spec_eval(expr, binds)
    rescue
      _ -> :"$fail"
    catch
      _, _ -> :"$fail"
    end
  end

  defp spec_eval(atom, binds) when is_atom(atom) do
    case Atom.to_string(atom) do
      "$" <> _ ->
        case binds do
          %{^atom => value} -> value
          _ -> throw(:unbound)
        end

      _ ->
        atom
    end
  end

  defp spec_eval({:const, value}, _binds), do: value
  defp spec_eval({tuple}, binds) when is_tuple(tuple), do: spec_eval_list(Tuple.to_list(tuple), binds) |> List.to_tuple()

  defp spec_eval({:andalso, a, b}, binds) do
    case spec_eval(a, binds) do
      true -> bool!(spec_eval(b, binds))
      false -> false
    end
  end

  defp spec_eval({:orelse, a, b}, binds) do
    case spec_eval(a, binds) do
      true -> true
      false -> bool!(spec_eval(b, binds))
    end
  end

  defp spec_eval(tuple, binds) when is_tuple(tuple) and tuple_size(tuple) > 0 and is_atom(elem(tuple, 0)) do
    [op | args] = Tuple.to_list(tuple)
    spec_call(op, spec_eval_list(args, binds))
  end

  defp spec_eval(list, binds) when is_list(list), do: spec_eval_list(list, binds)
  defp spec_eval(%{} = map, binds), do: Map.new(map, fn {k, v} -> {spec_eval(k, binds), spec_eval(v, binds)} end)
  defp spec_eval(other, _binds), do: other

  defp spec_eval_list([h | t], binds), do: [spec_eval(h, binds) | spec_eval_list(t, binds)]
  defp spec_eval_list([], _binds), do: []
  defp spec_eval_list(tail, binds), do: spec_eval(tail, binds)

  defp bool!(b) when is_boolean(b), do: b

  @guard_bifs [:is_atom, :is_float, :is_integer, :is_list, :is_number, :is_pid, :is_port,
               :is_reference, :is_tuple, :is_map, :is_map_key, :is_binary, :is_bitstring,
               :is_boolean, :is_function, :abs, :element, :hd, :tl, :length, :map_size,
               :node, :round, :trunc, :float, :bit_size, :byte_size, :tuple_size, :binary_part,
               :+, :-, :*, :/, :div, :rem, :band, :bor, :bxor, :bnot, :bsl, :bsr,
               :>, :>=, :<, :"=<", :"=:=", :==, :"=/=", :"/=", :not, :self]

  defp spec_call(:and, [a, b]) when is_boolean(a) and is_boolean(b), do: a and b
  defp spec_call(:or, [a, b]) when is_boolean(a) and is_boolean(b), do: a or b
  defp spec_call(:xor, [a, b]) when is_boolean(a) and is_boolean(b), do: a != b
  defp spec_call(:map_get, [key, map]), do: :maps.get(key, map)
  defp spec_call(:size, [t]) when is_tuple(t), do: tuple_size(t)
  defp spec_call(:size, [b]) when is_binary(b), do: byte_size(b)

  defp spec_call(:is_record, [t, tag]) when is_atom(tag),
    do: is_tuple(t) and tuple_size(t) > 0 and elem(t, 0) == tag

  defp spec_call(op, args) when op in @guard_bifs, do: apply(:erlang, op, args)

  defp match_pattern(:_, _value, binds), do: binds

  defp match_pattern(pattern, value, binds) when is_atom(pattern) do
    case Atom.to_string(pattern) do
      "$" <> _ ->
        case binds do
          %{^pattern => ^value} -> binds
          %{^pattern => _} -> :nomatch
          _ -> Map.put(binds, pattern, value)
        end

      _ ->
        if pattern == value, do: binds, else: :nomatch
    end
  end

  defp match_pattern(pattern, value, binds) when is_tuple(pattern) and is_tuple(value) do
    if tuple_size(pattern) == tuple_size(value) do
      match_pattern(Tuple.to_list(pattern), Tuple.to_list(value), binds)
    else
      :nomatch
    end
  end

  defp match_pattern([p | ps], [v | vs], binds) do
    case match_pattern(p, v, binds) do
      :nomatch -> :nomatch
      binds -> match_pattern(ps, vs, binds)
    end
  end

  defp match_pattern(%{} = pattern, %{} = value, binds) when not is_struct(pattern) do
    Enum.reduce_while(pattern, binds, fn {k, p}, binds ->
      case value do
        %{^k => v} ->
          case match_pattern(p, v, binds) do
            :nomatch -> {:halt, :nomatch}
            binds -> {:cont, binds}
          end

        _ ->
          {:halt, :nomatch}
      end
    end)
  end

  defp match_pattern(pattern, value, binds) do
    if pattern === value, do: binds, else: :nomatch
  end
end

defmodule Registry.Server do
  @moduledoc false
  # The registry process: entries is a list of {key, pid, value} in
  # registration order; monitors maps each registered pid to its monitor.
  @behaviour GenServer

  @impl true
  def init({kind, name, meta}) do
    Process.flag(:trap_exit, true)
    {:ok, %{kind: kind, name: name, meta: Map.new(meta), entries: [], monitors: %{}}}
  end

  @impl true
  def handle_call(:kind, _from, state), do: {:reply, state.kind, state}

  def handle_call({:register, pid, key, value}, _from, state) do
    existing =
      if state.kind == :unique do
        Enum.find(state.entries, fn {k, p, _} -> k == key and Process.alive?(p) end)
      end

    case existing do
      {_, other, _} ->
        {:reply, {:error, {:already_registered, other}}, state}

      nil ->
        state = monitor(state, pid)
        entries = Enum.reject(state.entries, fn {k, p, _} -> state.kind == :unique and k == key and p != pid end)
        {:reply, {:ok, self()}, %{state | entries: entries ++ [{key, pid, value}]}}
    end
  end

  def handle_call({:unregister, pid, key}, _from, state) do
    entries = Enum.reject(state.entries, fn {k, p, _} -> k == key and p == pid end)
    {:reply, :ok, demonitor_if_gone(%{state | entries: entries}, pid)}
  end

  def handle_call({:unregister_match, pid, key, matcher}, _from, state) do
    entries = Enum.reject(state.entries, fn {k, p, v} -> k == key and p == pid and matcher.(v) end)
    {:reply, :ok, demonitor_if_gone(%{state | entries: entries}, pid)}
  end

  def handle_call({:update_value, pid, key, callback}, _from, state) do
    case Enum.find(state.entries, fn {k, p, _} -> k == key and p == pid end) do
      nil ->
        {:reply, :error, state}

      {_, _, old} ->
        new = callback.(old)
        entries = Enum.map(state.entries, fn {k, p, v} -> if k == key and p == pid, do: {k, p, new}, else: {k, p, v} end)
        {:reply, {new, old}, %{state | entries: entries}}
    end
  end

  def handle_call({:lookup, key}, _from, state) do
    {:reply, for({^key, pid, value} <- state.entries, do: {pid, value}), state}
  end

  def handle_call({:keys, pid}, _from, state) do
    {:reply, for({key, ^pid, _} <- state.entries, do: key), state}
  end

  def handle_call(:rows, _from, state) do
    {:reply, for({key, pid, value} <- state.entries, do: {key, {pid, value}}), state}
  end

  def handle_call({:meta, key}, _from, state) do
    {:reply, Map.fetch(state.meta, key), state}
  end

  def handle_call({:put_meta, key, value}, _from, state) do
    {:reply, :ok, %{state | meta: Map.put(state.meta, key, value)}}
  end

  @impl true
  def handle_info({:DOWN, _ref, :process, pid, _reason}, state) do
    entries = Enum.reject(state.entries, fn {_, p, _} -> p == pid end)
    {:noreply, %{state | entries: entries, monitors: Map.delete(state.monitors, pid)}}
  end

  def handle_info(_msg, state), do: {:noreply, state}

  defp monitor(state, pid) do
    if Map.has_key?(state.monitors, pid) do
      state
    else
      %{state | monitors: Map.put(state.monitors, pid, Process.monitor(pid))}
    end
  end

  defp demonitor_if_gone(state, pid) do
    if Enum.any?(state.entries, fn {_, p, _} -> p == pid end) do
      state
    else
      case Map.pop(state.monitors, pid) do
        {nil, _} ->
          state

        {ref, monitors} ->
          Process.demonitor(ref, [:flush])
          %{state | monitors: monitors}
      end
    end
  end
end

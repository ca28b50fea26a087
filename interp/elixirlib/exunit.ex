# ExUnit for exlite: the runner, the assertion error and the functions the
# assertion macros expand to (the expansion itself is Go: interp/exunit).
defmodule ExUnit.AssertionError do
  defexception left: :ex_unit_no_meaningful_value,
               right: :ex_unit_no_meaningful_value,
               message: "Assertion failed",
               expr: :ex_unit_no_meaningful_value,
               args: :ex_unit_no_meaningful_value,
               context: :==,
               doctest: :ex_unit_no_meaningful_value,
               line: nil,
               extra: []

  def message(e), do: e.message
end

defmodule ExUnit.MultiError do
  defexception errors: []
  def message(e), do: "got #{length(e.errors)} errors"
end

defmodule ExUnit do
  def start(opts \\ []) do
    configure(opts)
    :ok
  end

  def configure(opts) do
    Process.put(:ex_unit_config, Keyword.merge(Process.get(:ex_unit_config, []), opts))
    :ok
  end

  def configuration, do: Process.get(:ex_unit_config, [])

  # __run__ runs the test modules, prints ExUnit 1.18's CLI report and
  # returns mix test's exit status.
  def __run__(modules, cli, load_us) do
    config = Keyword.merge(configuration(), cli)
    seed = Keyword.get(config, :seed, Keyword.get(config, :default_seed, 0))
    exclude = Keyword.get(config, :exclude, [])
    include = Keyword.get(config, :include, [])
    trace = Keyword.get(config, :trace, false)
    machine = Keyword.get(config, :machine, false)
    Process.put(:ex_unit_machine, machine)

    if not machine do
      max_cases = if trace, do: 1, else: Keyword.get(config, :max_cases, System.schedulers_online() * 2)
      IO.puts("Running ExUnit with seed: #{seed}, max_cases: #{max_cases}")
      if exclude != [], do: IO.puts("Excluding tags: #{inspect(exclude, charlists: :as_lists)}")
      if include != [], do: IO.puts("Including tags: #{inspect(include, charlists: :as_lists)}")
      IO.puts("")
    end

    start = System.monotonic_time(:microsecond)

    state = %{
      counts: %{},
      failures: 0,
      skipped: 0,
      excluded: 0,
      invalid: 0,
      async_us: 0,
      trace: trace,
      capture_log: Keyword.get(config, :capture_log, false),
      source: Keyword.get(config, :source, %{})
    }

    # Async modules run first, as ExUnit runs them before the sync ones.
    {async, sync} = Enum.split_with(modules, fn m -> Map.get(m.__ex_unit__(), :async, false) end)

    state =
      Enum.reduce(async ++ sync, state, fn mod, state ->
        t0 = System.monotonic_time(:microsecond)
        state = ExUnit.Runner.run_module(mod, state, seed, include, exclude)

        if Map.get(mod.__ex_unit__(), :async, false),
          do: %{state | async_us: state.async_us + System.monotonic_time(:microsecond) - t0},
          else: state
      end)

    run_us = System.monotonic_time(:microsecond) - start
    if machine, do: System.halt(0)
    total = Enum.reduce(state.counts, 0, fn {_, n}, acc -> acc + n end)
    if total > 0 and state.excluded == total, do: IO.puts("All tests have been excluded.")
    IO.write("\n")
    IO.puts(format_times(run_us, load_us, state.async_us))

    counts =
      state.counts
      |> Enum.sort()
      |> Enum.map(fn {type, n} -> "#{n} #{if n == 1, do: type, else: "#{type}s"}, " end)
      |> Enum.join()

    message = "#{counts}#{state.failures} #{if state.failures == 1, do: "failure", else: "failures"}"
    message = if state.excluded > 0, do: message <> ", #{state.excluded} excluded", else: message
    message = if state.invalid > 0, do: message <> ", #{state.invalid} invalid", else: message
    message = if state.skipped > 0, do: message <> ", #{state.skipped} skipped", else: message
    IO.puts(message)
    if state.failures > 0 or state.invalid > 0, do: 2, else: 0
  end

  # format_times is ExUnit.Formatter.format_times/1's text.
  defp format_times(run, load, async) do
    run = div(run, 10_000)
    load = div(load, 10_000)
    async = div(async, 10_000)

    "Finished in #{format_us(run + load)} seconds " <>
      "(#{format_us(load)}s on load, #{format_us(async)}s async, #{format_us(run - async)}s sync)"
  end

  defp format_us(us) when us < 10, do: "0.0#{us}"

  defp format_us(us) do
    us = div(us, 10)
    "#{div(us, 10)}.#{rem(us, 10)}"
  end
end

defmodule ExUnit.Runner do
  @moduledoc false

  # shuffle orders a module's tests as ExUnit 1.18 does: kept with seed 0,
  # otherwise Enum.shuffle after seeding :rand with {seed, seed, seed}
  # (modules run in the order they were defined, the async ones first).
  def shuffle(list, 0), do: list

  def shuffle(list, seed) do
    alg = Keyword.get(ExUnit.configuration(), :rand_algorithm, :exsss)
    _ = :rand.seed(alg, {seed, seed, seed})
    Enum.shuffle(list)
  end

  def run_module(mod, state, seed, include, exclude) do
    meta = mod.__ex_unit__()
    machine = Process.get(:ex_unit_machine)
    if state.trace and not machine, do: IO.puts("\n#{inspect(mod)} [#{module_file(meta)}]")
    base = %{module: mod, case: mod, async: Map.get(meta, :async, false)}

    # Excluded and skipped tests are reported first, as ExUnit does.
    {to_run, to_skip} =
      meta.tests
      |> shuffle(seed)
      |> Enum.map(fn t ->
        tags = Map.merge(Map.new(meta.tags), Map.new(t.tags))
        tags = Map.merge(tags, %{test: t.name, line: t.line, describe: t.describe, module: mod, file: t.file, test_type: t.type})

        cond do
          excluded?(tags, include, exclude) -> {:excluded, t, tags}
          Map.get(tags, :skip) -> {:skipped, t, tags}
          true -> {:run, t, tags}
        end
      end)
      |> Enum.split_with(fn {s, _, _} -> s == :run end)

    state =
      Enum.reduce(to_skip, state, fn
        {:excluded, t, _}, state ->
          if state.trace and not machine, do: IO.puts("  * #{t.name} [L##{t.line}]\r  * #{t.name} (excluded) [L##{t.line}]")
          %{count(state, t) | excluded: state.excluded + 1}

        {:skipped, t, _}, state ->
          cond do
            machine -> :ok
            state.trace -> IO.puts("  * #{t.name} [L##{t.line}]\r  * #{t.name} (skipped) [L##{t.line}]")
            true -> IO.write("*")
          end

          %{count(state, t) | skipped: state.skipped + 1}
      end)

    if to_run == [] do
      state
    else
      {ctx, setup_all_error} =
        if meta.setup_all == [] do
          {Map.merge(Map.new(meta.tags), base), nil}
        else
          try do
            {Enum.reduce(meta.setup_all, Map.merge(Map.new(meta.tags), base), fn s, ctx -> run_setup(mod, s, ctx) end), nil}
          rescue
            e -> {base, {:error, e, prune(__STACKTRACE__)}}
          catch
            kind, v -> {base, {kind, v, prune(__STACKTRACE__)}}
          end
        end

      case setup_all_error do
        nil ->
          Enum.reduce(to_run, state, fn {:run, t, tags}, state -> run_test(mod, t, Map.merge(ctx, tags), state) end)

        {kind, reason, st} ->
          state =
            Enum.reduce(to_run, state, fn {:run, t, _}, state ->
              cond do
                machine -> IO.write("\0EXUNIT\0begin\0#{t.name}\0#{inspect(mod)}\0\n")
                state.trace -> IO.puts("  * #{t.name} [L##{t.line}]\r  * #{t.name} (0.00ms) [L##{t.line}]")
                true -> IO.write("?")
              end

              if machine do
                text = ExUnit.Formatter.all_failure(1, mod, kind, reason, st, state.source)
                IO.write("\0EXUNIT\0end\0fail\0#{text}\0\n")
              end

              %{count(state, t) | invalid: state.invalid + 1}
            end)

          if not machine do
            IO.write(if state.trace, do: "\n", else: "\n\n")
            IO.puts(ExUnit.Formatter.all_failure(state.failures, mod, kind, reason, st, state.source))
          end

          state
      end
    end
  end

  defp module_file(meta) do
    case meta.tests do
      [t | _] -> t.file
      [] -> ""
    end
  end

  defp count(state, t), do: %{state | counts: Map.update(state.counts, t.type, 1, &(&1 + 1))}

  defp prune([{ExUnit.Runner, _, _, _} | _]), do: []
  defp prune([h | t]), do: [h | prune(t)]
  defp prune([]), do: []

  defp excluded?(tags, include, exclude) do
    hit = fn filters ->
      Enum.any?(filters, fn
        {k, v} -> Map.has_key?(tags, k) and to_string(Map.get(tags, k)) == to_string(v)
        k -> Map.get(tags, k) not in [nil, false]
      end)
    end

    hit.(exclude) and not hit.(include)
  end

  def run_setup(mod, s, ctx) do
    result = apply(mod, s, [ctx])

    case result do
      :ok -> ctx
      {:ok, kw} -> Map.merge(ctx, Map.new(kw))
      %{} = m -> Map.merge(ctx, m)
      kw when is_list(kw) -> Map.merge(ctx, Map.new(kw))
      other -> raise RuntimeError, "expected ExUnit callback in #{inspect(mod)} to return :ok | keyword | map, got #{inspect(other)} instead"
    end
  end

  # outcome runs fun and tells how it ended: :ok, or {kind, reason,
  # stacktrace} with an error normalized to its exception, as rescue
  # gives it.
  defp outcome(fun) do
    try do
      fun.()
      :ok
    rescue
      e -> {:error, e, __STACKTRACE__}
    catch
      kind, v -> {kind, v, __STACKTRACE__}
    end
  end

  # on_exit_callbacks takes from the mailbox the callbacks a test process
  # registered (sent before its :DOWN), the last registered first.
  defp on_exit_callbacks(pid, acc) do
    receive do
      {:ex_unit_on_exit, ^pid, fun} -> on_exit_callbacks(pid, [fun | acc])
    after
      0 -> acc
    end
  end

  defp run_on_exit([], result), do: result

  defp run_on_exit(callbacks, result) do
    parent = self()

    {pid, ref} =
      spawn_monitor(fn ->
        errors = for f <- callbacks, (r = outcome(f)) != :ok, do: r

        send(parent, {:ex_unit_on_exit_done, self(), errors})
      end)

    errors =
      receive do
        {:ex_unit_on_exit_done, ^pid, errors} ->
          receive do
            {:DOWN, ^ref, _, _, _} -> errors
          end

        {:DOWN, ^ref, _, _, reason} ->
          [{:exit, reason, []}]
      end

    case {result, errors} do
      {:ok, [{kind, reason, st} | _]} -> {{:on_exit, kind}, reason, st}
      _ -> result
    end
  end

  defp run_test(mod, t, ctx, state) do
    machine = Process.get(:ex_unit_machine)
    if machine, do: IO.write("\0EXUNIT\0begin\0#{t.name}\0#{inspect(mod)}\0\n")
    if state.trace and not machine, do: IO.write("  * #{t.name} [L##{t.line}]")
    parent = self()
    started = System.monotonic_time(:microsecond)
    # capture_log: the test's log is shown only if it fails.
    capture_log = Map.get(ctx, :capture_log, state.capture_log)
    if capture_log, do: :exlite_capture.start(:log, "")

    {pid, ref} =
      spawn_monitor(fn ->
        Process.put(:ex_unit_runner, parent)

        result =
          outcome(fn ->
            ctx = Enum.reduce(t.setups, ctx, fn s, ctx -> run_setup(mod, s, ctx) end)
            apply(mod, t.fun, [ctx])
          end)

        send(parent, {:ex_unit_result, self(), result})
        exit(:shutdown)
      end)

    result =
      receive do
        {:ex_unit_result, ^pid, result} ->
          receive do
            {:DOWN, ^ref, _, _, _} -> result
          end

        {:DOWN, ^ref, _, _, reason} ->
          {:linked_exit, {pid, reason}, []}
      end

    # As ExUnit's OnExitHandler: once the test process has exited, its
    # on_exit callbacks run in another process, the last registered first;
    # one that fails fails a test that passed.
    result = run_on_exit(on_exit_callbacks(pid, []), result)

    us = System.monotonic_time(:microsecond) - started
    state = count(state, t)
    logs = if capture_log, do: logged(:exlite_capture.stop(:log)), else: ""

    case result do
      :ok when machine ->
        IO.write("\0EXUNIT\0end\0pass\0\0\n")
        state

      {kind, reason, st} when machine ->
        n = state.failures + 1
        text = ExUnit.Formatter.failure(n, t, mod, kind, reason, st, state.source) <> logs
        IO.write("\0EXUNIT\0end\0fail\0#{text}\0\n")
        %{state | failures: n}

      :ok ->
        if state.trace,
          do: IO.puts("\r  * #{t.name} (#{format_ms(us)}ms) [L##{t.line}]"),
          else: IO.write(".")

        state

      {kind, reason, st} ->
        n = state.failures + 1

        if state.trace do
          IO.puts("\r  * #{t.name} (#{format_ms(us)}ms) [L##{t.line}]")
          IO.write("\n")
        else
          IO.write("\n\n")
        end

        IO.puts(ExUnit.Formatter.failure(n, t, mod, kind, reason, st, state.source))
        IO.write(logs)
        %{state | failures: n}
    end
  end

  # logged is the CLI formatter's listing of a failed test's captured log.
  defp logged(""), do: ""
  defp logged(log), do: "     The following output was logged:\n     " <> String.replace(log, "\n", "\n     ") <> "\n"

  # format_ms is the CLI formatter's format_us/1 (a test's time in ms).
  defp format_ms(us) do
    us = div(us, 10)

    if us < 10 do
      "0.0#{us}"
    else
      us = div(us, 10)
      "#{div(us, 10)}.#{rem(us, 10)}"
    end
  end
end

defmodule ExUnit.Formatter do
  @moduledoc false
  @no_value :ex_unit_no_meaningful_value

  # all_failure is the report of a failed setup_all: its tests are invalid.
  def all_failure(n, mod, kind, reason, st, _source) do
    head = counter(n) <> "#{inspect(mod)}: failure on setup_all callback, all tests have been invalidated\n"
    {body, _line} = body(kind, reason, st, nil, [])

    frames =
      for {m, f, a, loc} <- st, is_list(loc), Keyword.has_key?(loc, :file), m != :elixir_compiler_0,
          not String.starts_with?(inspect(m), "ExUnit.") do
        arity = if is_list(a), do: length(a), else: a
        "#{loc[:file]}:#{loc[:line]}: #{inspect(m)}.#{f}/#{arity}"
      end

    trace = if frames == [], do: "", else: "     stacktrace:\n" <> Enum.map_join(frames, &("       " <> &1 <> "\n"))
    head <> indent(body) <> trace
  end

  defp counter(n) when n < 10, do: "  #{n}) "
  defp counter(n) when n < 100, do: " #{n}) "
  defp counter(n), do: "#{n}) "

  # A failed on_exit callback ran in no test function, so there is no
  # code line to show (ExUnit's format_code finds none).
  def failure(n, t, mod, {:on_exit, kind}, reason, st, _source), do: failure(n, t, mod, kind, reason, st, %{})

  def failure(n, t, mod, kind, reason, st, source) do
    num = String.pad_leading("#{n}", 3)
    file = t.file
    head = "#{num}) #{t.name} (#{inspect(mod)})\n     #{file}:#{t.line}\n"
    {body, line} = body(kind, reason, st, file, Map.get(source, file, []))

    frames =
      case stack(st, file, t, mod) do
        [] when line in [nil, 0] -> []
        [] -> ["#{file}:#{line}: (test)"]
        frames -> frames
      end

    trace = if frames == [], do: "", else: "     stacktrace:\n" <> Enum.map_join(frames, &("       " <> &1 <> "\n"))
    head <> indent(body) <> trace
  end

  # stack formats the frames up to the test's own.
  defp stack(st, _file, t, mod) do
    test_fun = Atom.to_string(t.fun)

    {frames, _} =
      Enum.reduce(st, {[], false}, fn
        _, {acc, true} ->
          {acc, true}

        {m, :__MODULE__, 0, loc}, {acc, false} when is_list(loc) ->
          {["#{loc[:file]}:#{loc[:line]}: #{inspect(m)} (module)" | acc], false}

        {m, f, a, loc}, {acc, false} when is_list(loc) ->
          if Keyword.has_key?(loc, :file) and m != :elixir_compiler_0 and
               not String.starts_with?(inspect(m), "ExUnit.") do
            name = Atom.to_string(f)
            arity = if is_list(a), do: length(a), else: a
            where = "#{loc[:file]}:#{Keyword.get(loc, :line)}: "

            where = if t.type == :doctest and m == mod, do: "(for doctest at) #{t.doc_file}:#{Keyword.get(loc, :line)}: ", else: where

            cond do
              name == test_fun ->
                {[where <> "(test)" | acc], true}

              String.starts_with?(name, "-" <> test_fun <> "/") ->
                {[where <> "anonymous fn/#{arity} in #{inspect(mod)}.#{inspect(Atom.to_string(t.name))}/1" | acc], false}

              true ->
                {[where <> "#{inspect(m)}.#{name}/#{arity}" | acc], false}
            end
          else
            {acc, false}
          end

        _, acc ->
          acc
      end)

    Enum.reverse(frames)
  end

  defp indent(text) do
    text
    |> String.trim_trailing("\n")
    |> String.split("\n")
    |> Enum.map(fn
      "" -> "\n"
      l -> "     " <> l <> "\n"
    end)
    |> Enum.join()
  end

  defp body(:error, %ExUnit.AssertionError{} = e, _st, _file, _lines) do
    labels =
      [{"code", e.expr}, {"left", e.left}, {"right", e.right}]
      |> Enum.filter(fn {_, v} -> v != @no_value end)

    width = labels |> Enum.map(fn {l, _} -> String.length(l) + 1 end) |> Enum.max(fn -> 0 end)

    lines =
      Enum.map(labels, fn
        {"code", v} -> String.pad_trailing("code:", width) <> " " <> v
        {l, v} -> String.pad_trailing(l <> ":", width) <> " " <> value(l, v, e)
      end)

    extra = Enum.map(e.extra, &(&1 <> "\n")) |> Enum.join()

    doctest =
      if e.doctest == @no_value,
        do: "",
        else: "doctest:" <> pad_lines(e.doctest, "  ") <> "\n"

    lines = if lines == [], do: "", else: Enum.join(lines, "\n") <> "\n"
    {e.message <> "\n" <> doctest <> lines <> extra, e.line}
  end

  defp body(:linked_exit, {pid, reason}, _st, _file, _lines) do
    {"** (EXIT from #{inspect(pid)}) #{inspect(reason)}\n", nil}
  end

  defp body(kind, reason, st, file, lines) do
    line = test_line(st, file)
    banner = Exception.format_banner(kind, reason, st)
    code = if line > 0, do: source_line(lines, line)
    {banner <> "\n" <> if(code, do: "code: " <> code <> "\n", else: ""), line}
  end

  # pad_lines indents the lines after the first, empty ones excepted (as
  # ExUnit's pad_multiline).
  defp pad_lines(text, pad) do
    [first | rest] = String.split(text, "\n")
    Enum.join([first | Enum.map(rest, fn "" -> ""; l -> pad <> l end)], "\n")
  end

  defp value(_label, {:code, text}, _e), do: text
  defp value(_label, v, _e), do: inspect(v)

  defp test_line(st, file) do

    Enum.find_value(st, 0, fn
      {_, _, _, loc} when is_list(loc) ->
        if to_string(Keyword.get(loc, :file, "")) == file, do: Keyword.get(loc, :line)

      _ ->
        nil
    end)
  end

  defp source_line(lines, line) do
    case Enum.at(lines, line - 1) do
      nil -> nil
      text -> String.trim(text)
    end
  end
end

defmodule ExUnit.Assertions do
  @no_value :ex_unit_no_meaningful_value

  def __cmp__(kind, op, left, right, code, line) do
    ok = apply(Kernel, op, [left, right])

    cond do
      kind == :assert and ok ->
        true

      kind == :refute and not ok ->
        false

      kind == :assert ->
        raise ExUnit.AssertionError, message: "Assertion with #{op} failed", expr: code, left: left, right: right, line: line

      op == :== and left === right ->
        raise ExUnit.AssertionError, message: "Refute with #{op} failed, both sides are exactly equal", expr: code, left: left, line: line

      true ->
        raise ExUnit.AssertionError, message: "Refute with #{op} failed", expr: code, left: left, right: right, line: line
    end
  end

  def __truthy__(:assert, value, code, line, msg) do
    if value do
      value
    else
      raise ExUnit.AssertionError, message: msg || "Expected truthy, got #{inspect(value)}", expr: code, line: line
    end
  end

  def __truthy__(:refute, value, code, line, msg) do
    if value do
      raise ExUnit.AssertionError, message: msg || "Expected false or nil, got #{inspect(value)}", expr: code, line: line
    else
      false
    end
  end

  def __match_fail__(:assert, op, pattern, right, code, line) do
    raise ExUnit.AssertionError, message: "match (#{op}) failed", expr: code, left: {:code, pattern}, right: right, line: line
  end

  def __matchq__(:assert, true, _p, _r, _c, _l), do: true
  def __matchq__(:refute, false, _p, _r, _c, _l), do: false

  def __matchq__(:assert, false, pattern, right, code, line) do
    raise ExUnit.AssertionError, message: "match (match?) failed", expr: code, left: {:code, pattern}, right: right, line: line
  end

  def __matchq__(:refute, true, pattern, right, code, line) do
    raise ExUnit.AssertionError, message: "match (match?) succeeded, but should have failed", expr: code, left: {:code, pattern}, right: right, line: line
  end

  def __receive_fail__(pattern, timeout, code, line, msg, pins \\ []) do
    {:messages, messages} = Process.info(self(), :messages)
    message = msg || "Assertion failed, no matching message after #{timeout}ms"

    message =
      case pins do
        [] -> message
        _ -> message <> "\nThe following variables were pinned:" <> Enum.map_join(pins, fn {n, v} -> "\n  #{n} = #{inspect(v)}" end)
      end

    extra =
      case messages do
        [] ->
          ["The process mailbox is empty."]

        _ ->
          shown = Enum.take(messages, 10)
          count = length(messages)
          word = if count == 1, do: "message", else: "messages"
          ["Showing #{length(shown)} of #{count} #{word} in the mailbox"]
      end

    mailbox =
      case messages do
        [] ->
          []

        _ ->
          ["mailbox:"] ++
            (Enum.take(messages, 10)
             |> Enum.map(fn m -> ["  pattern: " <> pattern, "  value:   " <> inspect(m)] end)
             |> Enum.intersperse([""])
             |> Enum.concat())
      end

    raise ExUnit.AssertionError, message: Enum.join([message | extra], "\n"), expr: code, line: line, extra: mailbox
  end

  def __refute_receive_fail__(message, pattern, code, line, msg) do
    raise ExUnit.AssertionError,
      message: msg || "Unexpectedly received message #{inspect(message)} (which matched #{pattern})",
      expr: code,
      line: line
  end

  def __caught__(_kind, {:ex_unit_caught, value}, _code, _line), do: value

  def __caught__(kind, :ex_unit_nothing_caught, code, line) do
    raise ExUnit.AssertionError, message: "Expected to catch #{kind}, got nothing", expr: code, line: line
  end

  def __call__(name, args, code, line) do
    apply(__MODULE__, name, args)
  rescue
    e in ExUnit.AssertionError ->
      reraise %{e | expr: if(e.expr == @no_value, do: code, else: e.expr), line: e.line || line}, __STACKTRACE__
  end

  def flunk(message \\ "Flunked!") do
    raise ExUnit.AssertionError, message: message
  end

  def assert_raise(exception, fun) do
    try do
      fun.()
    rescue
      e ->
        if e.__struct__ == exception do
          e
        else
          raise ExUnit.AssertionError,
            message: "Expected exception #{inspect(exception)} but got #{inspect(e.__struct__)} (#{Exception.message(e)})"
        end
    else
      _ -> raise ExUnit.AssertionError, message: "Expected exception #{inspect(exception)} but nothing was raised"
    end
  end

  def assert_raise(exception, message, fun) do
    e = assert_raise(exception, fun)
    actual = Exception.message(e)

    ok =
      case message do
        %Regex{} -> actual =~ message
        _ -> actual == message
      end

    if ok do
      e
    else
      raise ExUnit.AssertionError,
        message: "Wrong message for #{inspect(exception)}\nexpected:\n  #{inspect(message)}\nactual:\n  #{inspect(actual)}"
    end
  end

  def assert_in_delta(left, right, delta, message \\ nil) do
    diff = abs(left - right)

    if diff <= delta do
      true
    else
      raise ExUnit.AssertionError,
        message: message || "Expected the difference between #{inspect(left)} and #{inspect(right)} (#{inspect(diff)}) to be less than or equal to #{inspect(delta)}"
    end
  end

  def refute_in_delta(left, right, delta, message \\ nil) do
    diff = abs(left - right)

    if diff > delta do
      false
    else
      raise ExUnit.AssertionError,
        message: message || "Expected the difference between #{inspect(left)} and #{inspect(right)} (#{inspect(diff)}) to be more than #{inspect(delta)}"
    end
  end
end

defmodule ExUnit.Callbacks do
  def on_exit(fun) when is_function(fun, 0) do
    case Process.get(:ex_unit_runner) do
      nil -> Process.put(:ex_unit_on_exit, [fun | Process.get(:ex_unit_on_exit, [])])
      runner -> send(runner, {:ex_unit_on_exit, self(), fun})
    end

    :ok
  end

  def on_exit(_name, fun), do: on_exit(fun)
end

defmodule ExUnit.CaptureIO do
  # The capture itself is the evaluator's (:exlite_capture, interp/capture.go):
  # :stdio captures the calling process's group leader, inherited by the
  # processes it spawns; :stderr captures standard error of every process.

  def capture_io(fun) when is_function(fun, 0), do: capture_io(:stdio, [], fun)

  def capture_io(device, fun) when is_atom(device) and is_function(fun, 0), do: capture_io(device, [], fun)
  def capture_io(input, fun) when is_binary(input) and is_function(fun, 0), do: capture_io(:stdio, [input: input], fun)
  def capture_io(options, fun) when is_list(options) and is_function(fun, 0), do: capture_io(:stdio, options, fun)

  def capture_io(device, input_or_options, fun) do
    {_, output} = with_io(device, input_or_options, fun)
    output
  end

  def with_io(fun) when is_function(fun, 0), do: with_io(:stdio, [], fun)

  def with_io(device, fun) when is_atom(device) and is_function(fun, 0), do: with_io(device, [], fun)
  def with_io(input, fun) when is_binary(input) and is_function(fun, 0), do: with_io(:stdio, [input: input], fun)
  def with_io(options, fun) when is_list(options) and is_function(fun, 0), do: with_io(:stdio, options, fun)

  def with_io(device, input, fun) when is_atom(device) and is_binary(input) and is_function(fun, 0),
    do: with_io(device, [input: input], fun)

  def with_io(device, options, fun) when is_atom(device) and is_list(options) and is_function(fun, 0) do
    device =
      case device do
        :standard_io -> :stdio
        :standard_error -> :stderr
        :stdio -> :stdio
        :stderr -> :stderr
        other -> raise "could not find IO device registered at #{inspect(other)}"
      end

    :exlite_capture.start(device, Keyword.get(options, :input, ""))

    try do
      fun.()
    catch
      kind, reason ->
        :exlite_capture.stop(device)
        :erlang.raise(kind, reason, __STACKTRACE__)
    else
      result -> {result, :exlite_capture.stop(device)}
    end
  end
end

defmodule ExUnit.CaptureLog do
  # Logger calls of every process are formatted into the capture while it
  # runs (:exlite_capture, interp/capture.go), and do not reach the logger.

  def capture_log(opts \\ [], fun) do
    {_, log} = with_log(opts, fun)
    log
  end

  def with_log(opts \\ [], fun) when is_list(opts) and is_function(fun, 0) do
    _ = opts
    :exlite_capture.start(:log, "")

    try do
      fun.()
    catch
      kind, reason ->
        :exlite_capture.stop(:log)
        :erlang.raise(kind, reason, __STACKTRACE__)
    else
      result -> {result, :exlite_capture.stop(:log)}
    end
  end
end

defmodule ExUnit.DocTest do
  # The checks of doctests (the examples themselves are expanded in Go:
  # interp/exunit/doctest.go). A failure's stacktrace is the documented
  # module's line, as ExUnit's.

  defmodule Error do
    defexception [:message]
  end

  def __test__(value, expected, doctest, last_expr, expected_expr, module, file, line) do
    if value === expected do
      {:ok, value}
    else
      error = [message: "Doctest failed", doctest: doctest, expr: "#{last_expr} === #{expected_expr}", left: value, right: expected]
      reraise ExUnit.AssertionError, error, stack(module, file, line)
    end
  end

  def __inspect__(value, expected, doctest, last_expr, module, file, line) do
    case inspect(value) do
      ^expected ->
        {:ok, value}

      actual ->
        error = [doctest: doctest, expr: "inspect(#{last_expr}) === #{inspect(expected)}", left: actual, right: expected, message: "Doctest failed"]
        reraise ExUnit.AssertionError, error, stack(module, file, line)
    end
  end

  def __error__(fun, message, exception, doctest, module, file, line) do
    exception = Module.concat([exception])

    try do
      fun.()
    rescue
      error ->
        actual_exception = error.__struct__
        actual_message = Exception.message(error)

        failed =
          cond do
            actual_exception != exception ->
              "Doctest failed: expected exception #{inspect(exception)} but got " <>
                "#{inspect(actual_exception)} with message #{inspect(actual_message)}"

            actual_message != message ->
              "Doctest failed: wrong message for #{inspect(actual_exception)}\n" <>
                "expected:\n" <>
                "  #{inspect(message)}\n" <>
                "actual:\n" <> "  #{inspect(actual_message)}"

            true ->
              nil
          end

        if failed do
          reraise ExUnit.AssertionError, [message: failed, doctest: doctest], stack(module, file, line)
        end
    else
      _ ->
        failed = "Doctest failed: expected exception #{inspect(exception)} but nothing was raised"
        reraise ExUnit.AssertionError, [message: failed, doctest: doctest], stack(module, file, line)
    end
  end

  def __fail__(message, doctest, module, file, line) do
    reraise ExUnit.AssertionError, [message: message, doctest: doctest], stack(module, file, line)
  end

  defp stack(module, file, line), do: [{module, :__MODULE__, 0, [line: line, file: String.to_charlist(file)]}]
end

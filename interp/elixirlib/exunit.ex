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

  # As ExUnit 1.18's: the failure's text as a test report lists it,
  # without its indentation (a crash log shows it).
  def message(e), do: "\n\n" <> ExUnit.Formatter.format_assertion_error(e)
end

defmodule ExUnit.TimeoutError do
  defexception [:timeout, :type]

  def message(%{timeout: timeout, type: type}) do
    """
    #{type} timed out after #{timeout}ms. You can change the timeout:

      1. per test by setting "@tag timeout: x" (accepts :infinity)
      2. per test module by setting "@moduletag timeout: x" (accepts :infinity)
      3. globally via "ExUnit.start(timeout: x)" configuration
      4. by running "mix test --timeout x" which sets timeout
      5. or by running "mix test --trace" which sets timeout to infinity
         (useful when using IEx.pry/0)

    where "x" is the timeout given as integer in milliseconds (defaults to 60_000).
    """
  end
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
    # The machine-readable report is complete: the run ends as the
    # program does, with status 0 (exunit.Program halts only the CLI's).
    if machine, do: 0, else: report(state, run_us, load_us)
  end

  # report prints the CLI report's ending and returns mix test's exit status.
  defp report(state, run_us, load_us) do
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

  # __test_name__ names a test made by a comprehension of the module body
  # (ExUnit.Case.register_test/6).
  def __test_name__(nil, name), do: :"test #{name}"
  def __test_name__(describe, name), do: :"test #{describe} #{name}"

  def shuffle(list, seed) do
    alg = Keyword.get(ExUnit.configuration(), :rand_algorithm, :exsss)
    _ = :rand.seed(alg, {seed, seed, seed})
    Enum.shuffle(list)
  end

  def run_module(mod, state, seed, include, exclude) do
    meta = mod.__ex_unit__()
    machine = Process.get(:ex_unit_machine)
    if state.trace and not machine, do: IO.puts("\n#{inspect(mod)} [#{module_file(meta)}]")
    base = %{module: mod, async: Map.get(meta, :async, false), registered: %{}}

    # Excluded and skipped tests are reported first, as ExUnit does.
    {to_run, to_skip} =
      meta.tests
      |> shuffle(seed)
      |> Enum.map(fn t ->
        tags = Map.merge(Map.new(meta.tags), Map.new(t.tags))
        tags = Map.merge(tags, %{test: t.name, line: t.line, describe: t.describe, describe_line: Map.get(t, :describe_line), module: mod, file: t.file, test_type: t.type})

        # As ExUnit.Filters.eval/4: a test with an included tag runs,
        # unless skipped; else one with an excluded tag does not.
        skipped? =
          case Map.get(tags, :skip) do
            skip when is_binary(skip) or skip == true -> not has_tag?(include, %{skip: skip})
            _ -> false
          end

        cond do
          has_tag?(include, tags) and skipped? -> {:skipped, t, tags}
          has_tag?(include, tags) -> {:run, t, tags}
          has_tag?(exclude, tags) -> {:excluded, t, tags}
          skipped? -> {:skipped, t, tags}
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
          # setup_all's on_exit callbacks run once the module's tests ran.
          Process.put(:ex_unit_setup_all, true)

          try do
            {mod.__ex_unit__(:setup_all, Map.merge(Map.new(meta.tags), base)), nil}
          rescue
            e -> {base, {:error, e, prune(__STACKTRACE__)}}
          catch
            kind, v -> {base, {kind, v, prune(__STACKTRACE__)}}
          after
            Process.delete(:ex_unit_setup_all)
          end
        end

      case setup_all_error do
        nil ->
          before = state.failures
          state = Enum.reduce(to_run, state, fn {:run, t, tags}, state -> run_test(mod, t, Map.merge(ctx, tags), state) end)
          setup_all_on_exit(mod, state, length(to_run) - (state.failures - before))

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

          setup_all_on_exit(mod, state, nil)
      end
    end
  end

  # setup_all_on_exit runs the callbacks setup_all registered, as
  # ExUnit's runner once the module's tests ran. One that fails fails the
  # module when its setup_all did not (passed is then how many of its tests
  # passed: they count as failures).
  defp setup_all_on_exit(mod, state, passed) do
    callbacks = (Process.delete(:ex_unit_on_exit) || []) |> Enum.reverse() |> Enum.map(&elem(&1, 1))

    case run_on_exit(callbacks, :ok) do
      {{:on_exit, kind}, reason, st} when is_integer(passed) ->
        state = %{state | failures: state.failures + passed}

        if not Process.get(:ex_unit_machine) do
          IO.write(if state.trace, do: "\n", else: "\n\n")
          IO.puts(ExUnit.Formatter.all_failure(state.failures, mod, kind, reason, prune(st), state.source))
        end

        state

      _ ->
        state
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

  # has_tag? tells whether one of the filters (tag or {tag, value})
  # matches the tags, as ExUnit.Filters' has_tag/2.
  defp has_tag?(filters, tags) do
    Enum.any?(filters, fn
      {k, %Regex{} = v} -> Map.has_key?(tags, k) and to_string(Map.get(tags, k)) =~ v
      {k, v} -> Map.has_key?(tags, k) and (Map.get(tags, k) == v or compare_tag(to_string(Map.get(tags, k)), to_string(v)))
      k -> Map.has_key?(tags, k)
    end)
  end

  defp compare_tag("Elixir." <> t1, t2), do: compare_tag(t1, t2)
  defp compare_tag(t1, "Elixir." <> t2), do: compare_tag(t1, t2)
  defp compare_tag(t, t), do: true
  defp compare_tag(_, _), do: false

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
  # A callback registered again under the same name replaces the first in
  # its place (ExUnit.OnExitHandler.add/3's List.keystore).
  defp on_exit_callbacks(pid, acc) do
    receive do
      {:ex_unit_on_exit, ^pid, name, fun} -> on_exit_callbacks(pid, on_exit_store(acc, name, fun))
    after
      0 -> acc |> Enum.reverse() |> Enum.map(&elem(&1, 1))
    end
  end

  # An unnamed callback (registered without taking a reference, as
  # ExUnit's make_ref/0 default would) is added last.
  def on_exit_store(acc, :"$ex_unit_unnamed", fun), do: acc ++ [{:"$ex_unit_unnamed", fun}]
  def on_exit_store(acc, name, fun), do: List.keystore(acc, name, 0, {name, fun})

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
            ctx = mod.__ex_unit__(:setup, Map.put(ctx, :test_pid, self()))
            apply(mod, t.fun, [ctx | Map.get(t, :args, [])])
          end)

        send(parent, {:ex_unit_result, self(), result})
        exit(:shutdown)
      end)

    timeout = Map.get(ctx, :timeout, Keyword.get(ExUnit.configuration(), :timeout, 60_000))

    result =
      receive do
        {:ex_unit_result, ^pid, result} ->
          receive do
            {:DOWN, ^ref, _, _, _} -> result
          end

        {:DOWN, ^ref, _, _, reason} ->
          {:linked_exit, {pid, reason}, []}
      after
        timeout ->
          # As ExUnit's runner: the test is killed, and its failure shows
          # where it was.
          st =
            case Process.info(pid, :current_stacktrace) do
              {:current_stacktrace, st} -> st
              _ -> []
            end

          Process.demonitor(ref, [:flush])
          Process.exit(pid, :kill)
          {:error, ExUnit.TimeoutError.exception(timeout: timeout, type: Atom.to_string(t.type)), st}
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
    {body, _line} = body(kind, reason, st, nil)

    frames =
      for {m, f, a, loc} <- st, is_list(loc), Keyword.has_key?(loc, :file), m != :elixir_compiler_0,
          not String.starts_with?(inspect(m), "ExUnit.") do
        arity = if is_list(a), do: length(a), else: a
        "#{loc[:file]}:#{loc[:line]}: #{Exception.format_mfa(m, f, arity)}"
      end

    trace = if frames == [], do: "", else: "     stacktrace:\n" <> Enum.map_join(frames, &("       " <> &1 <> "\n"))
    head <> indent(body) <> trace
  end

  defp counter(n) when n < 10, do: "  #{n}) "
  defp counter(n) when n < 100, do: " #{n}) "
  defp counter(n), do: "#{n}) "

  # A failed on_exit callback ran in no test function, so there is no
  # code line to show (ExUnit's format_code finds none).
  # Nor is the test's line a frame of its stacktrace.
  def failure(n, t, mod, {:on_exit, kind}, reason, st, _source), do: failure(n, t, mod, kind, reason, st, %{}, false)

  def failure(n, t, mod, kind, reason, st, source), do: failure(n, t, mod, kind, reason, st, source, true)

  defp failure(n, t, mod, kind, reason, st, source, test_frame?) do
    num = String.pad_leading("#{n}", 3)
    file = t.file
    head = "#{num}) #{t.name} (#{inspect(mod)})\n     #{file}:#{t.line}\n"
    {reason, st} = blame(kind, reason, st)
    code = get_code(st, mod, t, Map.get(source, file, []))
    {body, line} = body(kind, reason, st, code)

    frames =
      case stack(st, file, t, mod) do
        [] when line in [nil, 0] or not test_frame? -> []
        [] -> ["#{file}:#{line}: (test)"]
        frames -> frames
      end

    trace = if frames == [], do: "", else: "     stacktrace:\n" <> Enum.map_join(frames, &("       " <> &1 <> "\n"))
    head <> indent(body) <> trace
  end

  # get_code is the source line of the test's own frame (ExUnit's
  # get_code/2), shown for a failure that has no code of its own.
  defp get_code(st, mod, t, lines) do
    fun = t.fun

    Enum.find_value(st, fn
      {^mod, ^fun, _, loc} when is_list(loc) ->
        line = Keyword.get(loc, :line, 0)
        if is_integer(line) and line > 0, do: source_line(lines, line)

      _ ->
        nil
    end)
  end

  # blame is Exception.blame/3 of a test's error: a
  # FunctionClauseError gets the arguments of its first frame (which then
  # shows the arity) and its message lists them; an ArithmeticError's
  # names its operation.
  defp blame(kind, reason, st) when kind in [:error, :throw, :exit], do: Exception.blame(kind, reason, st)
  defp blame(_kind, reason, st), do: {reason, st}

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
            # A call that failed on its arguments keeps them (Mod.fun(args)),
            # as Exception.format_stacktrace_entry/1 prints it.
            arity = a
            where = "#{loc[:file]}:#{Keyword.get(loc, :line)}: "

            where = if t.type == :doctest and m == mod, do: "(for doctest at) #{t.doc_file}:#{Keyword.get(loc, :line)}: ", else: where

            cond do
              name == test_fun and m == mod and Keyword.get(loc, :line) == 0 ->
                {acc, true}

              name == test_fun and m == mod ->
                {[where <> "(test)" | acc], true}

              # Generated code (the setup of a describe block) has no
              # location.
              Keyword.get(loc, :line) == 0 ->
                {[Exception.format_mfa(m, f, arity) | acc], false}

              # a frame of OTP's or Elixir's own code names its
              # application: "(stdlib 4.2) gen.erl:256: :gen.do_call/4"
              true ->
                line = Exception.format_stacktrace_entry({m, f, arity, loc})
                line = if String.starts_with?(line, "("), do: line, else: where <> Exception.format_mfa(m, f, arity)
                {[line | acc], false}
            end
          else
            # A call that failed on its arguments, without location (an
            # undefined function, a BIF): Mod.fun(args).
            if is_list(a) and m != :elixir_compiler_0 and not Keyword.has_key?(loc, :file),
              do: {[Exception.format_mfa(m, f, a) | acc], false},
              else: {acc, false}
          end

        _, acc ->
          acc
      end)

    Enum.reverse(frames)
  end

  # indent indents a failure's text (its last newline dropped) by 5.
  defp indent(text) do
    text
    |> String.replace_suffix("\n", "")
    |> String.split("\n")
    |> Enum.map(fn
      "" -> "\n"
      l -> "     " <> l <> "\n"
    end)
    |> Enum.join()
  end

  # The report's width: ExUnit's CLI formatter uses 80 columns without a
  # terminal.
  @width 80

  defp body(:error, %ExUnit.AssertionError{} = e, _st, source_code) do
    # As ExUnit.Formatter's format_exception: labels are padded to 7
    # columns (6 when there is no right side), values nested under them.
    label_pad = if e.right != @no_value, do: 7, else: 6
    label = fn l -> String.pad_trailing(l <> ":", label_pad) end

    code =
      cond do
        e.expr != @no_value -> [label.("code") <> pad_lines(e.expr, spaces(label_pad))]
        source_code != nil -> [label.("code") <> source_code]
        true -> []
      end

    args = if e.args != @no_value, do: [format_args(e.args)], else: []

    sides =
      for {l, v} <- [{"left", e.left}, {"right", e.right}], v != @no_value do
        label.(l) <> value(v, label_pad)
      end

    doctest =
      if e.doctest == @no_value,
        do: [],
        else: ["doctest:" <> pad_lines(e.doctest, "  ")]

    mailbox =
      case e.context do
        {:mailbox, pattern, [_ | _] = messages} ->
          entries =
            Enum.map(messages, fn m ->
              "\n  pattern: " <> pad_lines(pattern, spaces(label_pad + 5)) <>
                "\n  value:   " <> multiline(m, label_pad + 5)
            end)

          ["mailbox:" <> Enum.join(entries, "\n")]

        _ ->
          []
      end

    lines = [e.message] ++ doctest ++ code ++ args ++ sides ++ mailbox
    {Enum.join(lines, "\n") <> "\n", e.line}
  end

  defp body({:on_exit, kind}, reason, st, _code), do: body(kind, reason, st, nil)

  # An assertion or a FunctionClauseError raised in a linked process, or
  # in the server of a GenServer.call, reads as its own failure would,
  # nested under the exit (ExUnit.Formatter's linked_or_trapped_exit);
  # there is no code: line.
  defp body(:linked_exit, {pid, {reason, st}}, _st, _code) when is_list(st) and (reason == :function_clause or is_struct(reason, FunctionClauseError) or is_struct(reason, ExUnit.AssertionError)),
    do: {nested("** (EXIT from #{inspect(pid)}) an exception was raised:\n", reason, st), nil}

  defp body(:linked_exit, {pid, reason}, _st, _code) do
    {"** (EXIT from #{inspect(pid)}) " <> Exception.format_exit(reason) <> "\n", nil}
  end

  defp body(:exit, {{reason, st}, {m, f, a}}, _st, _code)
       when is_list(st) and is_atom(m) and is_atom(f) and is_list(a) and (reason == :function_clause or is_struct(reason, FunctionClauseError) or is_struct(reason, ExUnit.AssertionError)),
       do: {nested("** (exit) exited in: #{Exception.format_mfa(m, f, a)}\n   ** (EXIT) an exception was raised:", reason, st), nil}

  defp body(kind, reason, st, code) do
    banner = Exception.format_banner(kind, reason, st)
    {banner <> "\n" <> if(code, do: "code: " <> code <> "\n", else: ""), nil}
  end

  # format_assertion_error is an assertion's failure text without the
  # report's indentation, a multi-line message's lines after the first
  # indented by five, as ExUnit.Formatter's (ExUnit.AssertionError's
  # message/1).
  def format_assertion_error(e) do
    {text, _} = body(:error, %{e | message: pad_lines(e.message, "     ")}, [], nil)
    text
  end

  # nested is ExUnit's text for an exception of another process under a
  # header: the exception and its stacktrace formatted as a failure's,
  # padded by five more columns (returned without the failure's own five,
  # which indent/1 adds).
  defp nested(header, reason, st) do
    {exc, st} = blame(:error, Exception.normalize(:error, reason, st), st)
    {text, _} = body(:error, exc, st, nil)
    text = ex_pad(String.replace_suffix(text, "\n", ""))

    trace = ex_pad("stacktrace:") <> Enum.map_join(st, &("       " <> Exception.format_stacktrace_entry(&1) <> "\n"))

    (ex_pad(header) <> ex_pad(text <> trace))
    |> String.split("\n")
    |> Enum.map_join("\n", &String.replace_prefix(&1, "     ", ""))
  end

  # ex_pad is ExUnit.Formatter's pad/1: five columns before every line
  # that is not empty, and a newline after.
  defp ex_pad(text) do
    [first | rest] = String.split(text, "\n")
    "     " <> first <> Enum.map_join(rest, fn "" -> "\n"; l -> "\n     " <> l end) <> "\n"
  end

  # format_args is ExUnit's listing of a failed call's arguments.
  defp format_args(args) do
    "arguments:\n" <>
      (args
       |> Enum.with_index(1)
       |> Enum.map_join(fn {arg, i} -> "\n    # #{i}\n    " <> multiline(arg, 9, 4) <> "\n" end))
  end

  defp spaces(n), do: String.duplicate(" ", n)

  # multiline inspects a value as ExUnit's inspect_multiline/3 does: to
  # the report's width less the column it starts at, its lines after the
  # first nested under that column (the failure's 5 columns of
  # indentation are added later).
  defp multiline(v, pad), do: multiline(v, pad + 5, pad)

  defp multiline(v, column, pad) do
    v
    |> Inspect.Algebra.to_doc(%{width: @width - column})
    |> Inspect.Algebra.group()
    |> Inspect.Algebra.nest(column)
    |> Inspect.Algebra.format(@width - column)
    |> IO.iodata_to_binary()
    |> String.replace("\n" <> spaces(column), "\n" <> spaces(pad))
  end

  defp value({:code, text}, pad), do: pad_lines(text, spaces(pad))
  defp value(v, pad), do: multiline(v, pad)

  # pad_lines indents the lines after the first, empty ones excepted (as
  # ExUnit's pad_multiline).
  defp pad_lines(text, pad) do
    [first | rest] = String.split(text, "\n")
    Enum.join([first | Enum.map(rest, fn "" -> ""; l -> pad <> l end)], "\n")
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

  # __cmp__ is assert/refute of a comparison (ExUnit's translate_operator):
  # with these operators a failure whose sides are exactly equal says so.
  def __cmp__(kind, op, left, right, code, line) do
    ok = if op == :in, do: Enum.member?(right, left), else: apply(Kernel, op, [left, right])
    equality = if kind == :assert, do: op in [:<, :>, :!==, :!=], else: op in [:<=, :>=, :===, :==, :=~]
    message = if kind == :assert, do: "Assertion with #{op} failed", else: "Refute with #{op} failed"

    cond do
      equality and left === right ->
        raise ExUnit.AssertionError, message: message <> ", both sides are exactly equal", expr: code, left: left, line: line

      kind == :assert and ok ->
        true

      kind == :refute and not ok ->
        false

      true ->
        raise ExUnit.AssertionError, message: message, expr: code, left: left, right: right, line: line
    end
  end

  def __truthy__(kind, value, code, line, msg, args \\ @no_value)

  def __truthy__(:assert, value, code, line, msg, args) do
    if value do
      value
    else
      raise ExUnit.AssertionError, message: msg || "Expected truthy, got #{inspect(value)}", expr: code, line: line, args: args
    end
  end

  def __truthy__(:refute, value, code, line, msg, args) do
    if value do
      raise ExUnit.AssertionError, message: msg || "Expected false or nil, got #{inspect(value)}", expr: code, line: line, args: args
    else
      if msg, do: false, else: value
    end
  end

  def __match_fail__(:assert, op, pattern, right, code, line, pins \\ []) do
    raise ExUnit.AssertionError, message: "match (#{op}) failed" <> __pins__(pins), expr: code, left: {:code, pattern}, right: right, line: line
  end

  def __matchq__(kind, matched, pattern, right, code, line, pins \\ [])
  def __matchq__(:assert, true, _p, _r, _c, _l, _pins), do: true
  def __matchq__(:refute, false, _p, _r, _c, _l, _pins), do: false

  def __matchq__(:assert, false, pattern, right, code, line, pins) do
    raise ExUnit.AssertionError, message: "match (match?) failed" <> __pins__(pins), expr: code, left: {:code, pattern}, right: right, line: line
  end

  def __matchq__(:refute, true, pattern, right, code, line, pins) do
    raise ExUnit.AssertionError,
      message: "match (match?) succeeded, but should have failed" <> __pins__(pins),
      expr: code,
      left: {:code, pattern},
      right: right,
      line: line
  end

  # __pins__ lists the pinned variables of a pattern ({"name", value}),
  # ordered as ExUnit's __pins__/1 lists them.
  def __pins__([]), do: ""

  def __pins__(pins) do
    listed = pins |> Enum.sort() |> Enum.reverse() |> Enum.map_join("\n  ", fn {n, v} -> "#{n} = #{inspect(v)}" end)
    "\nThe following variables were pinned:\n  " <> listed
  end

  def __receive_fail__(pattern, timeout, code, line, msg, pins \\ [])

  # With a message of its own, assert_receive flunks with it.
  def __receive_fail__(_pattern, _timeout, _code, line, msg, _pins) when msg != nil do
    raise ExUnit.AssertionError, message: msg, line: line
  end

  def __receive_fail__(pattern, timeout, code, line, nil, pins) do
    {:messages, messages} = Process.info(self(), :messages)
    count = length(messages)

    listing =
      cond do
        count == 0 -> "\nThe process mailbox is empty."
        count == 1 -> "\nShowing 1 of 1 message in the mailbox"
        count > 10 -> "\nShowing 10 of #{count} messages in the mailbox"
        true -> "\nShowing #{count} of #{count} messages in the mailbox"
      end

    raise ExUnit.AssertionError,
      message: "Assertion failed, no matching message after #{timeout}ms" <> __pins__(pins) <> listing,
      expr: code,
      line: line,
      context: {:mailbox, pattern, Enum.take(messages, -10)}
  end

  def __refute_receive_fail__(message, pattern, _code, line, msg) do
    raise ExUnit.AssertionError,
      message: msg || "Unexpectedly received message #{inspect(message)} (which matched #{pattern})",
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

  # __unquoted__ shows the values of a generated test's unquote fragments
  # in an assertion's code, where their placeholders are.
  def __unquoted__(code, values) do
    Enum.reduce(values, code, fn {name, v}, code ->
      text =
        case v do
          {:exu_code, text} -> text
          v -> inspect(v, limit: :infinity, printable_limit: :infinity)
        end

      code |> String.replace("^" <> name, text) |> String.replace(name, text)
    end)
  end

  def flunk(message \\ "Flunked!") do
    raise ExUnit.AssertionError, message: message
  end

  def assert_raise(exception, fun) do
    try do
      fun.()
    rescue
      e ->
        # As ExUnit's: a wrong exception fails with its own stacktrace.
        cond do
          e.__struct__ == exception ->
            e

          e.__struct__ == ExUnit.AssertionError ->
            reraise e, __STACKTRACE__

          true ->
            reraise ExUnit.AssertionError,
                    [message: "Expected exception #{inspect(exception)} but got #{inspect(e.__struct__)} (#{Exception.message(e)})"],
                    __STACKTRACE__
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

    message =
      if message do
        message <> " (difference between #{inspect(left)} and #{inspect(right)} is less than #{inspect(delta)})"
      else
        "Expected the difference between #{inspect(left)} and #{inspect(right)} (#{inspect(diff)}) to be more than #{inspect(delta)}"
      end

    if diff < delta do
      raise ExUnit.AssertionError, message: message
    else
      false
    end
  end
end

defmodule ExUnit.Callbacks do
  # on_exit/2 registers with the runner: a test's callbacks go to the
  # runner's mailbox, setup_all's (run by the runner itself) to its
  # process dictionary; other processes may not register.
  def on_exit(name \\ :"$ex_unit_unnamed", fun) when is_function(fun, 0) do
    cond do
      runner = Process.get(:ex_unit_runner) ->
        send(runner, {:ex_unit_on_exit, self(), name, fun})

      Process.get(:ex_unit_setup_all) ->
        Process.put(:ex_unit_on_exit, ExUnit.Runner.on_exit_store(Process.get(:ex_unit_on_exit, []), name, fun))

      true ->
        raise ArgumentError, "on_exit/2 callback can only be invoked from the test process"
    end

    :ok
  end

  @reserved [:case, :file, :line, :test, :async, :registered, :describe]

  # __merge__ merges a setup callback's result into the context, as
  # ExUnit.Callbacks.__merge__/4 does.
  def __merge__(_mod, _kind, context, :ok), do: context
  def __merge__(mod, kind, context, {:ok, value}), do: unwrapped_merge(mod, kind, context, value, {:ok, value})
  def __merge__(mod, kind, context, value), do: unwrapped_merge(mod, kind, context, value, value)

  defp unwrapped_merge(mod, kind, _context, %_{}, original), do: raise_merge_failed!(mod, kind, original)
  defp unwrapped_merge(mod, kind, context, data, _original) when is_list(data), do: context_merge(mod, kind, context, Map.new(data))
  defp unwrapped_merge(mod, kind, context, data, _original) when is_map(data), do: context_merge(mod, kind, context, data)
  defp unwrapped_merge(mod, kind, _context, _data, original), do: raise_merge_failed!(mod, kind, original)

  defp context_merge(mod, kind, context, data) do
    Map.merge(context, data, fn
      k, v1, v2 when k in @reserved ->
        if v1 == v2, do: v1, else: raise("ExUnit #{kind} callback in #{inspect(mod)} is trying to set reserved field #{inspect(k)} to #{inspect(v2)}")

      _, _, v ->
        v
    end)
  end

  defp raise_merge_failed!(mod, kind, value) do
    raise "expected ExUnit #{kind} callback in #{inspect(mod)} to return the atom :ok, a keyword, or a map, got #{inspect(value)} instead"
  end

  # The test's supervisor, started by its first start_supervised and
  # linked to the test process: its children stop when the test ends.
  defp test_supervisor(fun) do
    case Process.get(:ex_unit_test_supervisor) do
      nil ->
        if Process.get(:ex_unit_runner) == nil,
          do: raise(ArgumentError, "#{fun} can only be invoked from the test process")

        {:ok, sup} = Supervisor.start_link([], strategy: :one_for_one, max_restarts: 1_000_000, max_seconds: 1)
        Process.put(:ex_unit_test_supervisor, sup)
        sup

      sup ->
        sup
    end
  end

  def start_supervised(child_spec_or_module, opts \\ []) do
    sup = test_supervisor("start_supervised/2")
    Supervisor.start_child(sup, Supervisor.child_spec(child_spec_or_module, opts))
  end

  def start_supervised!(child_spec_or_module, opts \\ []) do
    case start_supervised(child_spec_or_module, opts) do
      {:ok, pid} ->
        pid

      {:ok, pid, _info} ->
        pid

      {:error, reason} ->
        raise "failed to start child with the spec #{inspect(child_spec_or_module)}.\n" <>
                "Reason: #{start_supervised_error(reason)}"
    end
  end

  defp start_supervised_error({{:EXIT, reason}, info}) when is_tuple(info), do: Exception.format_exit(reason)
  defp start_supervised_error({reason, info}) when is_tuple(info), do: Exception.format_exit(reason)
  defp start_supervised_error(reason), do: Exception.format_exit({:start_spec, reason})

  def start_link_supervised!(child_spec_or_module, opts \\ []) do
    pid = start_supervised!(child_spec_or_module, opts)
    Process.link(pid)
    pid
  end

  def stop_supervised(id) do
    case Process.get(:ex_unit_test_supervisor) do
      nil ->
        if Process.get(:ex_unit_runner) == nil,
          do: raise(ArgumentError, "stop_supervised/1 can only be invoked from the test process")

        {:error, :not_found}

      sup ->
        pid =
          case List.keyfind(Supervisor.which_children(sup), id, 0) do
            {_id, pid, _type, _modules} -> pid
            nil -> nil
          end

        if is_pid(pid), do: Process.unlink(pid)

        with :ok <- Supervisor.terminate_child(sup, id) do
          true = Supervisor.delete_child(sup, id) in [:ok, {:error, :not_found}]
          :ok
        end
    end
  end

  def stop_supervised!(id) do
    case stop_supervised(id) do
      :ok -> :ok
      {:error, :not_found} -> raise "could not stop child ID #{inspect(id)} because it was not found"
    end
  end
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
    level = if opts[:level] == :warn, do: :warning, else: opts[:level]
    :exlite_capture.start(:log, level)

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

# Exception.format_exit/1 on the exit reasons of errors, calls and supervisors.
st = [{M, :f, 1, [file: ~c"a.ex", line: 3]}]
for r <- [{:badarith, st}, {%RuntimeError{message: "x"}, st}, {:foo, [1, 2]}, {{:badmatch, 1}, st},
          {:shutdown, {:failed_to_start_child, :w, {:EXIT, {:badarith, st}}}}, {:shutdown, {:failed_to_start_child, :w, :nope}},
          {:bad_return, {M, :init, :x}}, {:bad_start_spec, 1}, {:start_spec, {:invalid_shutdown, -1}},
          {:supervisor_data, {:invalid_strategy, :x}}, {:start_spec, {:duplicate_child_name, :a}},
          {{:timeout, st}, {GenServer, :call, [:a, :b, 1]}}, {:nodedown, :n@h}, {:normal, {Task, :await, [1, 2]}}] do
  IO.puts(Exception.format_exit(r))
end

# Expectation: &1 and &3 without &2: elixir_fn.erl validate's capture_arg_without_predecessor, at the captured call (capture_import passes the + call's metadata), one column.
f = &(&1 + &3)
IO.puts(f.(1, 2, 3))

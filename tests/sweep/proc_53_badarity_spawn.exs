# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc_53_badarity_spawn.exs), nothing in it
# differs in 1.18 (no charlists, stack frames or version-specific messages).
# Learner mistakes around spawn and Process: a non-fun, a non-pid.
try do
  spawn(:not_a_fun)
rescue
  e in ArgumentError -> IO.puts("spawn atom: " <> Exception.message(e))
end

try do
  Process.alive?(:not_a_pid)
rescue
  e -> IO.puts("alive? of atom: " <> inspect(e.__struct__))
end

IO.inspect(Process.whereis(:nobody), label: "whereis unknown")
IO.puts("done")

# Expectation: _ as cond's last clause: elixir_expand.erl underscore_in_cond, file_error at the -> (one column).
x = 5
cond do
  x > 10 -> IO.puts("big")
  _ -> IO.puts("small")
end

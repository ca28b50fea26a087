# Expectation: ^ of a variable never bound: elixir_expand undefined_var_pin (1.14 = 1.18 text) at the variable, a file error at the top level.
case 1 do
  ^expected -> IO.puts("same")
  _ -> IO.puts("different")
end

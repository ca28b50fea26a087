# Expectation: a receive pattern's variable never used: elixir_env unused_var at the clause's end (1.14 = 1.18 text), 1.18 span and layout, top level.
send(self(), {:msg, 1, :extra})
receive do
  {:msg, n, info} -> IO.puts("got #{n}")
end

# Expectation: try with only else: elixir_clauses 1.18 try_with_only_else_clause file_warn (file only) at the try, then the TryClauseError.
result =
  try do
    :maybe
  else
    :ok -> "fine"
    :error -> "bad"
  end

IO.puts(result)

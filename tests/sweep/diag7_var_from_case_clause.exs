# Expectation: bound in case clauses, read after: the clauses' unused-variable warnings (elixir_env merge_and_check_unused_vars, printed as each clause ends) before 1.18's undefined_var error.
defmodule Grade do
  def label(score) do
    case score do
      s when s >= 50 -> result = :pass
      _ -> result = :fail
    end
    result
  end
end

IO.inspect(Grade.label(70))

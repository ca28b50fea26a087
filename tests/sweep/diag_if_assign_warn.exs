# Expectation: assigning inside if and expecting it outside: elixir_env.erl unused_var, overridden wording (1.14's message and position), 1.18's span and layout.
defmodule Check do
  def run(list) do
    result = nil
    if length(list) > 0 do
      result = :non_empty
    end
    result
  end
end

IO.inspect(Check.run([1]))

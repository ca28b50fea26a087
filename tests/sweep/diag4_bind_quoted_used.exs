# Expectation: bind_quoted reads its values: Elixir 1.14 prints no warning for label/expr (1.18 the same, elixir_quote/elixir_expand), and 1 + 2 = 3.
defmodule Tracer do
  defmacro trace(expr) do
    label = Macro.to_string(expr)
    quote bind_quoted: [label: label, expr: expr] do
      IO.puts("#{label} = #{inspect(expr)}")
    end
  end
end

defmodule Main do
  require Tracer
  def run do
    Tracer.trace(1 + 2)
  end
end

Main.run()

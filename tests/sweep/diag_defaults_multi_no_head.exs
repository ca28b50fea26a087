# Expectation: defaults in two clauses: elixir_def.erl duplicate_defaults, file_error at the line and name column, the file's CompileError.
defmodule Greet do
  def hi(name \\ "you", greeting \\ "Hello")
  def hi(name, greeting) when is_binary(name), do: "#{greeting}, #{name}"
  def hi(nil, greeting \\ "Hey"), do: greeting
end

IO.puts(Greet.hi())

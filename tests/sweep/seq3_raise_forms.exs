# raise, reraise, throw and exit in their different forms.
defmodule Risky do
  def run(:string), do: raise("plain message")
  def run(:module), do: raise(ArgumentError)
  def run(:module_msg), do: raise(ArgumentError, "bad thing")
  def run(:module_kw), do: raise(KeyError, key: :k, term: %{})
  def run(:struct), do: raise(%RuntimeError{message: "from struct"})
  def run(:throw), do: throw({:thrown, 1})
  def run(:exit), do: exit(:bye)
  def run(:erlang), do: :erlang.error(:badarith)
  def run(:error_tuple), do: :erlang.error({:custom, 1})
end

for kind <- [:string, :module, :module_msg, :module_kw, :struct, :throw, :exit, :erlang, :error_tuple] do
  try do
    Risky.run(kind)
  rescue
    e -> IO.puts("#{kind}: rescued #{inspect(e.__struct__)}: #{Exception.message(e)}")
  catch
    k, v -> IO.puts("#{kind}: caught #{inspect(k)} #{inspect(v)}")
  end
end

wrapped =
  try do
    try do
      raise "inner"
    rescue
      e -> reraise RuntimeError, [message: "wrapped: " <> e.message], __STACKTRACE__
    end
  rescue
    e -> e.message
  end
IO.puts(wrapped)

again =
  try do
    try do
      Risky.run(:module_msg)
    rescue
      e ->
        IO.puts("logging #{Exception.message(e)}")
        reraise e, __STACKTRACE__
    end
  rescue
    e in ArgumentError -> "outer got #{e.message}"
  end
IO.puts(again)

IO.inspect(Exception.format_banner(:error, %RuntimeError{message: "x"}))
IO.inspect(Exception.format_banner(:throw, :ball))
IO.inspect(Exception.format_banner(:exit, :normal))
IO.inspect(Exception.format(:error, %ArgumentError{message: "fmt"}, []))
IO.inspect(Exception.message(%MatchError{term: {:a, 1}}))
IO.inspect(Exception.message(%CaseClauseError{term: 5}))
IO.inspect(Exception.message(%FunctionClauseError{module: Foo, function: :bar, arity: 2}))
IO.inspect(Exception.message(%UndefinedFunctionError{module: Foo, function: :bar, arity: 0}))
IO.inspect(Exception.message(%ArithmeticError{}))
IO.inspect(Exception.message(%BadMapError{term: 3}))
IO.inspect(Exception.message(%Protocol.UndefinedError{protocol: Enumerable, value: 1}))
IO.inspect(Exception.normalize(:error, :badarg, []))
IO.inspect(Exception.normalize(:error, {:badkey, :a, %{}}, []))
raise ArgumentError, message: "final uncaught"

# try with rescue, catch, else and after in a config loader.
defmodule Loader do
  def load(source) do
    try do
      fetch(source)
    rescue
      e in KeyError -> {:error, {:missing, e.key}}
      e in [ArgumentError, ArithmeticError] -> {:error, Exception.message(e)}
    catch
      :throw, {:skip, why} -> {:skipped, why}
      :exit, reason -> {:exited, reason}
    else
      {:ok, value} when is_integer(value) -> {:ok, value * 2}
      {:ok, value} -> {:ok, value}
      other -> {:weird, other}
    after
      IO.puts("cleanup for #{inspect(source)}")
    end
  end

  defp fetch(:good), do: {:ok, 21}
  defp fetch(:text), do: {:ok, "hi"}
  defp fetch(:missing), do: Map.fetch!(config(), :port)
  defp fetch(:arith), do: 1 / zero()
  defp fetch(:arg), do: to_int("x")
  defp fetch(:throw), do: throw({:skip, "disabled"})
  defp fetch(:exit), do: exit(:shutdown)
  defp fetch(:other), do: :unexpected

  defp zero, do: 0
  defp config, do: %{host: "localhost"}
  defp to_int(s), do: String.to_integer(s)
end

for s <- [:good, :text, :missing, :arith, :arg, :throw, :exit, :other] do
  IO.inspect(Loader.load(s))
end

result =
  try do
    throw(:early)
  catch
    value -> "caught #{value}"
  end
IO.puts(result)

x =
  try do
    :ok
  after
    IO.puts("after runs, value kept")
  end
IO.inspect(x)

try do
  exit({:bad, 1})
catch
  kind, reason -> IO.inspect({kind, reason})
end

try do
  :erlang.error(:custom_reason)
rescue
  e -> IO.inspect(e)
end

try do
  :erlang.error({:badmatch, 3})
rescue
  e -> IO.puts(Exception.message(e))
end

try do
  raise "boom"
catch
  :error, e -> IO.inspect(e)
end

try do
  try do
    raise "inner"
  after
    IO.puts("inner after")
  end
rescue
  e -> IO.puts("outer rescued #{e.message}")
end

try do
  raise ArgumentError
rescue
  e -> IO.puts(Exception.message(e))
end

try do
  Enum.fetch!([1], 5)
rescue
  e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
end

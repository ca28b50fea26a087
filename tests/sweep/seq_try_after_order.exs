defmodule Resource do
  def with_resource(name, fun) do
    IO.puts("open #{name}")
    try do
      fun.(name)
    after
      IO.puts("close #{name}")
    end
  end
end

r = Resource.with_resource("a", fn n -> "used #{n}" end)
IO.inspect(r)

r2 =
  try do
    Resource.with_resource("b", fn _ -> raise "boom" end)
  rescue
    e in RuntimeError -> {:rescued, e.message}
  end

IO.inspect(r2)

r3 =
  try do
    Resource.with_resource("c", fn _ -> throw(:ball) end)
  catch
    :ball -> :caught_ball
  end

IO.inspect(r3)

nested =
  try do
    try do
      raise ArgumentError, "inner"
    rescue
      e in ArgumentError -> raise RuntimeError, "outer from " <> e.message
    after
      IO.puts("inner after")
    end
  rescue
    e -> Exception.message(e)
  end

IO.inspect(nested)

defmodule Retry do
  def run(0, _fun), do: {:error, :gave_up}
  def run(n, fun) do
    try do
      {:ok, fun.(n)}
    rescue
      _ in ArithmeticError ->
        IO.puts("attempt #{n} failed")
        run(n - 1, fun)
    end
  end
end

IO.inspect(Retry.run(3, fn n -> 10 / (n - 1) end))
IO.inspect(Retry.run(2, fn n -> 10 / (n - n) end))

value =
  try do
    :ok
  after
    :ignored
  end

IO.inspect(value)

try do
  exit(:bye)
catch
  :exit, reason -> IO.inspect(reason, label: "exit")
end

try do
  :erlang.error(:badarg)
rescue
  e -> IO.inspect(e)
end

try do
  :erlang.error({:custom, 1})
rescue
  e -> IO.inspect(e)
end

try do
  raise %ArgumentError{message: "struct raise"}
rescue
  e -> IO.inspect(e)
end

Resource.with_resource("d", fn _ -> raise ArgumentError end)

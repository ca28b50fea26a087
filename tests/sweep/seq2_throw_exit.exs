# throw/catch and exit values.
defmodule Finder do
  def first_negative(list) do
    try do
      Enum.each(list, fn x -> if x < 0, do: throw({:found, x}) end)
      :none
    catch
      {:found, x} -> x
    end
  end
end

IO.inspect(Finder.first_negative([1, 2, -3, 4, -5]))
IO.inspect(Finder.first_negative([1, 2]))
r = catch_all = fn f ->
  try do
    f.()
  catch
    kind, value -> {kind, value}
  end
end
IO.inspect(r == catch_all)
IO.inspect(catch_all.(fn -> throw(:ball) end))
IO.inspect(catch_all.(fn -> exit(:shutdown) end))
IO.inspect(catch_all.(fn -> exit({:custom, 1}) end))
IO.inspect(catch_all.(fn -> raise "err" end))
IO.inspect(catch_all.(fn -> :erlang.error(:badarg) end))
IO.inspect(catch_all.(fn -> 1 / Enum.random([0]) end))
IO.inspect(catch_all.(fn -> :erlang.error({:my_error, 1}) end))
IO.inspect(catch_all.(fn -> Map.fetch!(Enum.random([%{}]), :x) end))
IO.inspect(catch_all.(fn -> elem(Enum.random([{1}]), 3) end))
try do
  exit(:bye)
catch
  :exit, reason -> IO.inspect(reason, label: "exit reason")
end
try do
  throw(42)
catch
  x when is_integer(x) -> IO.puts("int thrown #{x}")
end
try do
  :erlang.error(:something)
rescue
  e -> IO.inspect(e)
end
try do
  :erlang.error({:badmatch, 3})
rescue
  e -> IO.inspect(e)
end
try do
  :erlang.raise(:throw, :via_raise, [])
catch
  :throw, v -> IO.inspect(v)
end
result =
  try do
    throw(:early)
  catch
    :early -> :recovered
  after
    IO.puts("cleanup")
  end
IO.inspect(result)
throw({:uncaught, [1, 2]})

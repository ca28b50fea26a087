defmodule ValidationError do
  defexception message: "validation failed", field: nil
end

defmodule Safe do
  def run(label, fun) do
    try do
      result = fun.()
      IO.puts("#{label}: ok #{inspect(result)}")
    rescue
      e in [ArithmeticError, ArgumentError] ->
        IO.puts("#{label}: math/arg #{inspect(e.__struct__)}: #{Exception.message(e)}")

      e in KeyError ->
        IO.puts("#{label}: key #{inspect(e.key)} #{Exception.message(e)}")

      e ->
        IO.puts("#{label}: #{inspect(e.__struct__)}: #{Exception.message(e)}")
    catch
      :throw, v -> IO.puts("#{label}: thrown #{inspect(v)}")
      :exit, v -> IO.puts("#{label}: exit #{inspect(v)}")
    after
      IO.puts("#{label}: after")
    end
  end
end

Safe.run("div", fn -> 1 / 0 end)
Safe.run("intdiv", fn -> div(10, 0) end)
Safe.run("atom", fn -> String.to_integer("x1") end)
Safe.run("key", fn -> Map.fetch!(%{a: 1}, :b) end)
Safe.run("kw", fn -> Keyword.fetch!([a: 1], :z) end)
Safe.run("match", fn -> {:ok, _} = {:error, :nope} end)
Safe.run("case", fn -> case 5 do 1 -> :one end end)
Safe.run("cond", fn -> cond do false -> 1 end end)
Safe.run("raise", fn -> raise "plain" end)
Safe.run("custom", fn -> raise ValidationError, field: :age end)
Safe.run("custom msg", fn -> raise ValidationError, message: "too young", field: :age end)
Safe.run("throw", fn -> throw({:found, 42}) end)
Safe.run("exit", fn -> exit(:shutdown) end)
Safe.run("fn clause", fn -> (fn :a -> 1 end).(:b) end)
Safe.run("badarity", fn -> f = fn x -> x end; try do f.(1, 2) rescue e in BadArityError -> {:badarity, e.args} end end)
Safe.run("undef", fn -> apply(String, :no_such, [1]) end)
Safe.run("bad map", fn -> Map.get(:notamap, :a) end)
Safe.run("enum", fn -> Enum.map(123, & &1) end)
Safe.run("elem", fn -> elem({1, 2}, 5) end)
Safe.run("hd", fn -> hd([]) end)
Safe.run("concat", fn -> b = :b; "a" <> b end)
Safe.run("add", fn -> 1 + :a end)
Safe.run("list to atom", fn -> List.to_existing_atom(~c"surely_not_existing_atom_xyz") end)
Safe.run("reraise", fn ->
  try do
    raise ArgumentError, "inner"
  rescue
    e -> reraise e, __STACKTRACE__
  end
end)
Safe.run("ok", fn -> :fine end)

x =
  try do
    throw(:early)
  catch
    value -> {:caught, value}
  end

IO.inspect(x)

y =
  try do
    10
  rescue
    _ -> :never
  else
    n when n > 5 -> {:big, n}
    n -> {:small, n}
  end

IO.inspect(y)
e = RuntimeError.exception("made")
IO.inspect(e)
IO.inspect(Exception.message(e))
IO.inspect(ArgumentError.exception("bad arg"))
IO.puts(Exception.format(:error, e, []))
IO.inspect(Exception.exception?(e))

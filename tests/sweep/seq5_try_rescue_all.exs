# raise/rescue/try/after/else/throw/catch/exit in many shapes.
defmodule InsufficientFunds do
  defexception [:balance, :amount]
  @impl true
  def message(%{balance: b, amount: a}), do: "cannot withdraw #{a}, balance is only #{b}"
end

defmodule ValidationError do
  defexception message: "validation failed", field: nil
end

defmodule ParseError do
  defexception [:line]
  @impl true
  def exception(line), do: %ParseError{line: line}
  @impl true
  def message(e), do: "parse error on line #{e.line}"
end

defmodule Bank do
  def withdraw(balance, amount) when amount > balance,
    do: raise(InsufficientFunds, balance: balance, amount: amount)
  def withdraw(balance, amount), do: balance - amount
end

defmodule Runner do
  def attempt(label, fun) do
    result =
      try do
        fun.()
      rescue
        e in [ArithmeticError, ArgumentError] -> {:arith_or_arg, e.__struct__, Exception.message(e)}
        e in InsufficientFunds -> {:funds, e.amount, Exception.message(e)}
        e in KeyError -> {:key, e.key, e.term}
        e -> {:other, inspect(e.__struct__), Exception.message(e)}
      catch
        :throw, value -> {:thrown, value}
        :exit, reason -> {:exited, reason}
      else
        value -> {:ok, value}
      after
        IO.write("[after #{label}] ")
      end
    IO.inspect(result, label: label)
  end
end

[zero, atom, empty, map, str] = Enum.map([0, :a, [], %{a: 1}, "1.5"], & &1)
Runner.attempt("ok", fn -> 1 + 1 end)
Runner.attempt("div", fn -> 1 / zero end)
Runner.attempt("int div", fn -> div(1, zero) end)
Runner.attempt("funds", fn -> Bank.withdraw(10, 50) end)
Runner.attempt("funds ok", fn -> Bank.withdraw(50, 10) end)
Runner.attempt("key", fn -> Map.fetch!(map, :b) end)
Runner.attempt("kw key", fn -> Keyword.fetch!([a: 1], :z) end)
Runner.attempt("raise string", fn -> raise "plain" end)
Runner.attempt("raise module", fn -> raise ValidationError end)
Runner.attempt("raise with field", fn -> raise ValidationError, field: :email end)
Runner.attempt("raise with msg", fn -> raise ValidationError, message: "bad email", field: :email end)
Runner.attempt("custom exception/1", fn -> raise ParseError, 42 end)
Runner.attempt("throw", fn -> throw({:found, 3}) end)
Runner.attempt("exit", fn -> exit(:shutdown) end)
Runner.attempt("exit tuple", fn -> exit({:bad, 1}) end)
Runner.attempt("badmatch", fn -> {:ok, _} = Enum.at([{:error, :nope}], 0) end)
Runner.attempt("case", fn -> case atom do :y -> 1 end end)
Runner.attempt("badarg", fn -> String.to_integer(str) end)
Runner.attempt("atom arith", fn -> atom + 1 end)
Runner.attempt("undef", fn -> apply(String, :no_such_fun, [1]) end)
Runner.attempt("fun clause", fn -> Enum.map([2], fn 1 -> :one end) end)
Runner.attempt("badfun", fn -> atom.() end)
Runner.attempt("hd empty", fn -> hd(empty) end)
Runner.attempt("elem", fn -> elem(Enum.at([{1}], 0), 3) end)
Runner.attempt("list_to_atom", fn -> String.to_existing_atom("surely_not_an_existing_atom_xyz") end)
Runner.attempt("reraise", fn ->
  try do
    raise ArgumentError, "inner"
  rescue
    e -> reraise RuntimeError, [message: "outer: " <> e.message], __STACKTRACE__
  end
end)
Runner.attempt("nested after", fn ->
  try do
    try do
      throw(:deep)
    after
      IO.write("(inner after) ")
    end
  catch
    x -> {:caught_inside, x}
  end
end)

e = RuntimeError.exception("built by hand")
IO.inspect(e)
IO.inspect(Exception.message(e))
IO.inspect(ArgumentError.exception(message: "kw"))
IO.inspect(InsufficientFunds.exception(balance: 1, amount: 2))
IO.inspect(Exception.format(:error, e))
IO.inspect(Exception.format(:throw, :ball))
IO.inspect(Exception.format(:exit, :normal))
IO.inspect(Exception.format_banner(:error, %KeyError{key: :k, term: %{}}))
IO.inspect(Exception.exception?(e))
result = try do
  :ok
catch
  _ -> :never
end
IO.inspect(result)
v = try do
  throw(:x)
catch
  :x -> :caught_x
end
IO.inspect(v)
IO.inspect(catch_all = (try do exit(:boom) catch :exit, r -> r end))
IO.inspect(catch_all)

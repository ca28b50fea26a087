# defexception, raise, reraise, rescue forms.
defmodule InsufficientFunds do
  defexception [:needed, :available]

  @impl true
  def message(%{needed: n, available: a}), do: "need #{n}, have #{a}"
end

defmodule ParseError do
  defexception message: "could not parse", line: nil
end

defmodule Plain do
  defexception [:message]
end

defmodule Bank do
  def withdraw(balance, amount) when amount > balance do
    raise InsufficientFunds, needed: amount, available: balance
  end

  def withdraw(balance, amount), do: balance - amount

  def parse!(text) do
    case Integer.parse(text) do
      {n, ""} -> n
      _ -> raise ParseError, line: 3
    end
  end

  def safe(fun) do
    try do
      {:ok, fun.()}
    rescue
      e in [InsufficientFunds, ParseError] -> {:error, Exception.message(e)}
      e in ArgumentError -> {:arg, e.message}
    end
  end

  def wrapped(fun) do
    try do
      fun.()
    rescue
      e ->
        IO.puts("logging: " <> Exception.format(:error, e, []))
        reraise e, __STACKTRACE__
    end
  end
end

defmodule Main do
  def run do
    IO.inspect(Bank.safe(fn -> Bank.withdraw(10, 50) end))
    IO.inspect(Bank.safe(fn -> Bank.withdraw(100, 50) end))
    IO.inspect(Bank.safe(fn -> Bank.parse!("12x") end))
    IO.inspect(Bank.safe(fn -> Bank.parse!("12") end))
    IO.inspect(Bank.safe(fn -> raise ArgumentError, "bad thing" end))
    IO.inspect(Bank.safe(fn -> raise ArgumentError end))
    e = %InsufficientFunds{needed: 5, available: 1}
    IO.inspect(e)
    IO.inspect(Exception.message(e))
    IO.inspect(Exception.exception?(e))
    IO.inspect(is_exception(e))
    IO.inspect(is_exception(e, InsufficientFunds))
    IO.inspect(%ParseError{})
    IO.inspect(ParseError.exception(line: 9))
    IO.inspect(ParseError.exception(message: "custom"))
    IO.inspect(Plain.exception("hi"))
    IO.inspect(RuntimeError.exception("boom"))
    IO.inspect(KeyError.exception(key: :k, term: %{}))
    IO.inspect(Exception.message(KeyError.exception(key: :k, term: %{a: 1})))
    IO.inspect(Exception.format(:throw, :ball, []))
    IO.inspect(Exception.format(:exit, :normal, []))
    IO.inspect(Exception.format_banner(:error, %RuntimeError{message: "x"}, []))
    IO.inspect(Exception.normalize(:error, :badarg, []))
    IO.inspect(Exception.normalize(:error, {:badkey, :a, %{}}, []))
    IO.inspect(Exception.normalize(:error, :undef, []) |> Map.get(:__struct__))
    try do
      raise "plain message"
    rescue
      e in RuntimeError -> IO.inspect(e)
    end
    try do
      raise Plain, message: "with kw"
    rescue
      e -> IO.inspect(e)
    end
    try do
      raise %Plain{message: "struct given"}
    rescue
      e -> IO.inspect(e)
    end
    try do
      Bank.wrapped(fn -> raise "inner failure" end)
    rescue
      e -> IO.puts("outer got: " <> e.message)
    end
    x =
      try do
        String.to_integer("42")
      rescue
        _ -> :error
      else
        n when n > 40 -> {:big, n}
        n -> {:small, n}
      after
        IO.puts("after runs")
      end
    IO.inspect(x)
    y =
      try do
        :ok
      catch
        :never -> :caught
      else
        :ok -> :else_branch
      end
    IO.inspect(y)
    Bank.withdraw(1, 2)
  end
end

Main.run()

# Custom exceptions with message/1 and exception/1.
defmodule InsufficientFunds do
  defexception [:needed, :available]

  @impl true
  def message(%{needed: n, available: a}) do
    "insufficient funds: needed #{n}, available #{a}"
  end
end

defmodule ValidationError do
  defexception [:field, message: "validation failed"]

  @impl true
  def exception(opts) do
    field = Keyword.fetch!(opts, :field)
    %ValidationError{field: field, message: "#{field} is invalid"}
  end
end

defmodule NotFound do
  defexception message: "not found", id: nil
end

defmodule Bank do
  def withdraw(balance, amount) when amount > balance do
    raise InsufficientFunds, needed: amount, available: balance
  end

  def withdraw(balance, amount), do: balance - amount
end

defmodule Retry do
  def run(0, _f), do: {:error, :gave_up}

  def run(n, f) do
    {:ok, f.(n)}
  rescue
    e in ArgumentError ->
      IO.puts("attempt #{n} failed: #{e.message}")
      run(n - 1, f)
  end
end

defmodule Main do
  def run do
    IO.inspect(Bank.withdraw(100, 30))

    try do
      Bank.withdraw(10, 30)
    rescue
      e in InsufficientFunds ->
        IO.puts(Exception.message(e))
        IO.inspect(e)
    end

    try do
      raise ValidationError, field: :email
    rescue
      e -> IO.puts("#{inspect(e.__struct__)}: #{e.message}")
    end

    try do
      raise NotFound
    rescue
      e -> IO.inspect(e)
    end

    try do
      raise NotFound, message: "user 7 not found", id: 7
    rescue
      e in NotFound -> IO.puts("#{e.message} (id #{e.id})")
    end

    try do
      raise NotFound, "plain string message"
    rescue
      e -> IO.inspect(e)
    end

    e = NotFound.exception(id: 3)
    IO.inspect(e)
    IO.inspect(Exception.exception?(e))
    IO.inspect(Exception.message(%InsufficientFunds{needed: 1, available: 0}))

    try do
      raise %NotFound{id: 99}
    rescue
      e -> IO.inspect(e.id)
    end

    IO.inspect(Retry.run(3, fn n -> if n > 1, do: raise(ArgumentError, "n=#{n}"), else: :done end))
  end

  def fail do
    raise InsufficientFunds, needed: 5, available: 1
  end
end

Main.run()
Main.fail()

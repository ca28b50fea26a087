defmodule ValidationError do
  defexception [:field, :reason]

  @impl true
  def message(%{field: f, reason: r}), do: "#{f} is invalid: #{r}"
end

defmodule Demo do
  def run do
    try do
      raise ValidationError, field: :email, reason: "missing @"
    rescue
      e in ValidationError -> IO.puts("caught: " <> Exception.message(e))
    end

    try do
      raise "plain"
    rescue
      e in RuntimeError -> IO.inspect(e)
    end

    try do
      raise ArgumentError
    rescue
      e -> IO.inspect(e)
    end

    try do
      1 / 0
    rescue
      e in ArithmeticError -> IO.inspect(e.message)
    end

    try do
      :erlang.error(:badarg)
    rescue
      e -> IO.inspect(e)
    end

    result =
      try do
        {:ok, 42}
      rescue
        _ -> :error
      else
        {:ok, v} -> v * 2
      after
        IO.puts("after runs")
      end

    IO.inspect(result)

    r =
      try do
        throw(:found)
      catch
        :throw, v -> {:thrown, v}
      end

    IO.inspect(r)

    r2 =
      try do
        exit(:bye)
      catch
        :exit, reason -> {:exited, reason}
      end

    IO.inspect(r2)

    try do
      String.to_existing_atom("definitely_not_an_atom_xyz")
    rescue
      e -> IO.puts(Exception.message(e))
    end

    try do
      Map.fetch!(%{a: 1}, :b)
    rescue
      e in KeyError -> IO.inspect({e.key, e.term})
    end

    try do
      raise ValidationError, field: :x, reason: "y"
    rescue
      e -> IO.inspect(e)
    end

    e = RuntimeError.exception("built")
    IO.inspect(e)
    IO.inspect(Exception.message(e))
    IO.inspect(is_exception(e))
    IO.inspect(is_exception(e, RuntimeError))

    try do
      try do
        raise "inner"
      after
        IO.puts("inner after")
      end
    rescue
      e -> IO.puts("outer got #{e.message}")
    end

    try do
      raise "reraise me"
    rescue
      e ->
        try do
          reraise e, __STACKTRACE__
        rescue
          e2 -> IO.puts("again: " <> e2.message)
        end
    end

    x =
      try do
        Integer.parse("zz") |> elem(0)
      rescue
        ArgumentError -> :arg
        MatchError -> :match
      end

    IO.inspect(x)

    IO.inspect(catch_it(fn -> throw({:a, 1}) end))
    IO.inspect(catch_it(fn -> :ok end))

  end

  def catch_it(f) do
    f.()
  catch
    v -> {:caught, v}
  end
end

Demo.run()

# defmacro with quote/unquote, hygiene, var!, unquote_splicing, macros defining functions.
defmodule M do
  defmacro hyg do
    quote do
      x = 100
      x
    end
  end
  defmacro set_x(v) do
    quote do
      var!(x) = unquote(v)
    end
  end
  defmacro my_unless(c, do: a, else: b) do
    quote do
      if unquote(c), do: unquote(b), else: unquote(a)
    end
  end
  defmacro my_unless(c, do: a) do
    quote do
      if unquote(c), do: nil, else: unquote(a)
    end
  end
  defmacro sum_all(list) do
    quote do
      Enum.sum(unquote(list))
    end
  end
  defmacro call_all(fs) do
    quote do
      [unquote_splicing(fs)]
    end
  end
  defmacro defgetters(names) do
    for n <- names do
      quote do
        def unquote(n)(), do: unquote(Atom.to_string(n))
      end
    end
  end
  defmacro log(msg) do
    if is_binary(msg) do
      quote do: IO.puts("[static] " <> unquote(msg))
    else
      quote do: IO.puts("[dynamic] " <> to_string(unquote(msg)))
    end
  end
  defmacro debug(expr) do
    quote do
      v = unquote(expr)
      IO.puts(unquote(Macro.to_string(expr)) <> " => " <> inspect(v))
      v
    end
  end
end

defmodule User do
  require M
  M.defgetters([:alpha, :beta])
  def run do
    x = 1
    y = M.hyg()
    IO.inspect({x, y})
    M.set_x(5)
    IO.inspect(x)
    IO.inspect(M.my_unless(false, do: :a, else: :b))
    IO.inspect(M.my_unless(true, do: :a))
    IO.inspect(M.sum_all([1, 2, 3]))
    IO.inspect(M.call_all([1, 2]))
    M.log("hello")
    name = "bob"
    M.log(name)
    v = 10
    M.debug(v * 2 + 1)
    IO.inspect(v)
  end
end
User.run()
IO.inspect({User.alpha(), User.beta()})

# An alias in a quote names what it names where the quote is written
# (alias: meta), whatever the caller aliases: a library's __using__ and a
# program's macros alike.
defmodule MyApp.Supervisor do
  def child_spec(_, _), do: :wrong
end

defmodule MyApp.Worker do
  alias MyApp.Supervisor, warn: false
  use GenServer
  def init(x), do: {:ok, x}
end

defmodule Foo.Bar do
  def hi, do: :bar
end

defmodule Q do
  alias Foo.Bar
  def q1, do: quote(do: Bar.Baz)
  def q2, do: quote(do: Foo.Bar)
  defmacro m, do: quote(do: Bar.hi())
end

defmodule User do
  require Q
  alias Other.Bar, warn: false
  def call, do: Q.m()
end

IO.inspect(MyApp.Worker.child_spec(1))
IO.inspect({Q.q1(), Q.q2()})
IO.inspect(User.call())
IO.inspect(quote(do: Map.field))
IO.inspect(quote(do: IO.puts("x")))

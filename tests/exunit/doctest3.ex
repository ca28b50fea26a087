defmodule Doctest3 do
  @doc """
  A plain function.
  """
  def f(x), do: x + 1

  @doc """
  Several expressions, the last one compared.

      iex> x = Doctest3.f(1)
      iex> y = Doctest3.f(x)
      iex> {x, y}
      {2, 4}
  """
  def g, do: :ok

  @doc """
  An inspected value that is opaque.

      iex> Doctest3.pid_like()
      #PID<0.1.0>
  """
  def pid_like, do: :not_a_pid

  @doc """
  A struct result.

      iex> Doctest3.range()
      1..4
  """
  def range, do: 1..3

  @doc """
  Expected exception with a different message.

      iex> Doctest3.boom()
      ** (RuntimeError) bang
  """
  def boom, do: raise("boom")

  @doc """
  Expected exception, none raised.

      iex> Doctest3.g()
      ** (ArgumentError) nope
  """
  def h, do: :ok
end

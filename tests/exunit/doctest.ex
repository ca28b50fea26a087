defmodule Calc do
  @moduledoc """
  A calculator.

      iex> Calc.add(1, 2)
      3

      iex> a = 1
      iex> Calc.add(a,
      ...>   2)
      4
  """

  @doc """
  Adds.

  ## Examples

      iex> Calc.add(2, 2)
      4
      iex> Calc.add(1, 1)
      2

      iex(1)> Calc.add(0, 0)
      0
  """
  def add(a, b), do: a + b

  @doc """
  Divides.

      iex> Calc.div(1, 0)
      ** (ArithmeticError) bad argument in arithmetic expression

      iex> Calc.div(4, 2)
      ** (ArithmeticError) oops

      iex> Calc.div(4, 2)
      2.0

      iex> {:ok, x} = Calc.wrap(3)
      iex> x
      3

      iex> {:error, _} = Calc.wrap(3)

      iex> Calc.div(1, 0)
      1
  """
  def div(a, b), do: a / b

  @doc false
  def hidden, do: :ok

  @doc "Wraps."
  def wrap(x), do: {:ok, x}
end

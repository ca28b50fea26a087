defmodule DocInterp do
  @two 2
  @name "interp"

  @moduledoc """
  Docs whose examples are built by interpolation.

      iex> DocInterp.name()
      "#{@name}"
  """

  @doc """
  Adds.

      iex> DocInterp.add(#{@two}, 1)
      #{@two + 1}
  """
  def add(a, b), do: a + b

  @doc "iex> DocInterp.double(#{@two})\n#{@two * 2}"
  def double(x), do: x * 2

  @doc """
      iex> DocInterp.add(#{@two}, #{@two})
      #{@two * 3}
  """
  def wrong, do: :ok

  def name, do: @name
end

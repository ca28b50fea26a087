# Every clause's guard runs and fails: the FunctionClauseError's frame is
# still at the function's first clause (the BEAM's line for it), and a
# function with a default argument is blamed at its full arity. A script's
# module keeps no debug info, so no "Attempted function clauses" (see
# seq_clauses_script). Expectation from Debian's 1.14.
defmodule Temp do
  def label(c) when is_number(c) and c < 0, do: "freezing"
  def label(c) when is_number(c) and c < 20, do: "cool"
  def label(c) when is_number(c), do: "warm"

  def convert(value, unit \\ :celsius)
  def convert(c, :celsius) when is_number(c), do: c
  def convert(f, :fahrenheit) when is_number(f), do: (f - 32) * 5 / 9
end

IO.puts(Temp.label(-3))
IO.puts(Temp.convert(50, :fahrenheit))

try do
  Temp.convert(10, :kelvin)
rescue
  e in FunctionClauseError -> IO.puts(Exception.message(e))
end

Temp.label("25")

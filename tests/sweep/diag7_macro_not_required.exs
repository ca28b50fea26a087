# Expectation: Integer.is_even/1 without require: a remote call at run time, UndefinedFunctionError with 1.18's macro hint ("However, there is a macro...", 1.14 had no comma); the tail call leaves no frame of even?/1.
defmodule Parity do
  def even?(n), do: Integer.is_even(n)
end

IO.inspect(Parity.even?(4))

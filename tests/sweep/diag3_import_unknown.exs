# Expectation: import of a module that does not exist: elixir_aliases 1.18 unloaded_module, a file error in the module body (Mod (module)).
defmodule Shout do
  import Strng
  def shout(s), do: upcase(s)
end

IO.puts(Shout.shout("hi"))

# Expectation: a macro body's bare unquote(x) is an unquote fragment expanded with the module body, where x does not exist: 1.14 "undefined function x/0", 1.18 elixir_expand undefined_var (an error since 1.15) at the x, in the module body (Mod (module)).
defmodule Shout do
  defmacro shout(text) do
    unquote(text)
  end
end

defmodule Main do
  require Shout
  def run, do: Shout.shout("hi")
end

IO.puts(Main.run())

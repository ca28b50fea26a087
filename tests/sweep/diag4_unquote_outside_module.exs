# Expectation: unquote in a module body, outside any definition: elixir_expand unquote_outside_quote (1.14 = 1.18 text), a file error in the module body (Mod (module)).
defmodule Settings do
  port = 4000
  IO.inspect(unquote(port))
end

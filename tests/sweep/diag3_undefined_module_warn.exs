# Expectation: a call to a module that does not exist in a def: Module.Types 1.18 undefined module warning with hint_for_missing_alias, printed once the file has run.
defmodule Report do
  def run(list), do: Formater.format(list)
end

IO.puts("loaded")

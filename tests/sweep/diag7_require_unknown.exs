# Expectation: require of a module that does not exist: elixir_aliases ensure_loaded unloaded_module (1.14 = 1.18 text), a file error with one caret.
require Loggr
IO.puts("start")

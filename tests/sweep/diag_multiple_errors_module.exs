# Expectation: several errors in a module: the undefined variable is reported while expanding; the undefined functions would be reported by Module.Types after compile_error_if_tainted, which stops first.
defmodule Multi do
  def a, do: foo()
  def b(x), do: x + y
  def c, do: bar(1, 2)
end

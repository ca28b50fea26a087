IO.puts("printed: the module compiles when its defmodule runs")

defmodule Outer do
  def make do
    def inner, do: 1
  end
end

# Naive doubly recursive Fibonacci, timed inside the program.
defmodule Fib do
  def fib(0), do: 0
  def fib(1), do: 1
  def fib(n), do: fib(n - 1) + fib(n - 2)
end

{us, result} = :timer.tc(fn -> Fib.fib(32) end)
IO.puts("fib(32) = #{result}")
IO.puts("time_ms #{div(us, 1000)}")

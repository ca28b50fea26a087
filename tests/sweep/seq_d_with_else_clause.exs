defmodule Flow do
  def run(x) do
    with {:ok, a} <- x,
         {:ok, b} <- {:ok, a * 2} do
      b
    else
      {:error, :known} -> :handled
    end
  end
end

IO.inspect(Flow.run({:ok, 2}))
IO.inspect(Flow.run({:error, :known}))
IO.inspect(Flow.run({:error, :other}))

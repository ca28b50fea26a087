defmodule Parser do
  def parse!(input) do
    case Integer.parse(input) do
      {n, ""} -> n
      _ -> raise ArgumentError, "invalid number: #{inspect(input)}"
    end
  end
end

IO.inspect(Parser.parse!("12"))
IO.inspect(Parser.parse!("12a"))

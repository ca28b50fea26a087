defmodule Div do
  def safe(a, b) do
    case b do
      0 -> {:error, :zero}
      _ -> {:ok, a / b}
    end
  end
end
IO.inspect(Div.safe(1, 0))
{:ok, v} = Div.safe(1, 0)
IO.inspect(v)

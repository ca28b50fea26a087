IO.puts("start")

defmodule Shapes do
  def unit, do: %Squre{side: 1}
end

defmodule Report do
  def header(title) do
    unused = String.length(title)
    format_title(title)
  end

  def body(lines), do: Enum.map(lines, fn l -> indent(l) end)
end

IO.puts(Report.header("x"))

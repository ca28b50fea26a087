# CaseClauseError inside a function called from a pipeline.
defmodule Http do
  def describe(code) do
    case code do
      200 -> "ok"
      404 -> "not found"
      c when c >= 500 -> "server error"
    end
  end

  def run(codes), do: codes |> Enum.map(&describe/1) |> Enum.join(", ")
end

IO.puts(Http.run([200, 404, 503]))
IO.puts(Http.run([200, 302]))

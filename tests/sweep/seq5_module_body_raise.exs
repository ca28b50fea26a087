# Errors raised while a module body runs: (module) frames.
defmodule Settings do
  def parse(text), do: String.to_integer(text)
end

IO.puts("before")

defmodule AppConfig do
  @port Settings.parse("4000")
  IO.puts("port is #{@port}")

  defmodule Nested do
    IO.puts("inside nested")
    @retries Settings.parse("three")
    def retries, do: @retries
  end
end

IO.puts("after")

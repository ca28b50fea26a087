# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc2_34_async_stream_timeout.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# Task.async_stream's default on_timeout: the caller exits; caught here.
try do
  [1]
  |> Task.async_stream(fn _ -> receive do: (:never -> :ok) end, timeout: 30)
  |> Enum.to_list()
catch
  :exit, {:timeout, {Task.Supervised, :stream, [30]}} -> IO.puts("stream timed out")
end

IO.puts("still here")

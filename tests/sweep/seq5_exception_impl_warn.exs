# defexception declares @behaviour Exception: @impl checks and the
# missing message/1 warning (printed once the file has run, as 1.18's
# module checker does).
defmodule NoMessage do
  defexception [:code]
end

defmodule WithMessage do
  defexception [:message, :code]
  @impl true
  def message(e), do: "failed with #{e.code}"
end

defmodule CustomBuild do
  defexception [:value]

  @impl true
  def exception(value), do: %CustomBuild{value: value}

  @impl true
  def message(%{value: v}), do: "bad value #{inspect(v)}"

  @impl true
  def describe(e), do: "value=#{e.value}"
end

defmodule Plain do
  defexception message: "plain failure"
  def message(_), do: "overridden without @impl"
end

IO.inspect(NoMessage.exception(code: 7))
IO.puts(Exception.message(WithMessage.exception(code: 3)))
IO.puts(Exception.message(CustomBuild.exception([1, 2])))
IO.puts(CustomBuild.describe(CustomBuild.exception(:x)))
IO.puts(Exception.message(Plain.exception([])))
try do
  raise CustomBuild, :oops
rescue
  e -> IO.puts("rescued #{inspect(e)}: #{Exception.message(e)}")
end

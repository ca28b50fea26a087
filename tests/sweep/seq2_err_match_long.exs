# MatchError with a long value: the value is pretty printed.
defmodule Loader do
  def load do
    %{
      users: Enum.map(1..6, fn i -> %{id: i, name: "user number #{i}", tags: [:a, :b]} end),
      status: :partial
    }
  end
end

data = Loader.load()
IO.puts("loaded #{length(data.users)} users")
%{status: :complete} = data

# What `use` injects: plain definitions stay (a later clause of the same
# function is only another clause), defoverridable ones can be replaced
# and reached with super.
defmodule Starter do
  defmacro __using__(opts) do
    quote do
      def kind, do: unquote(Keyword.get(opts, :kind, :base))
      def greet(name), do: "hello #{name}"
      def size(list) when is_list(list), do: length(list)
      def tag, do: :injected
      defoverridable greet: 1, tag: 0
    end
  end
end

defmodule Plain do
  use Starter
end

defmodule Custom do
  use Starter, kind: :custom
  def greet(name), do: String.upcase(super(name)) <> "!"
  def size(map) when is_map(map), do: map_size(map)
end

defmodule Tagged do
  use Starter
  def tag, do: {:mine, super()}
end

defmodule BadOverride do
  defmacro __using__(_) do
    quote do
      def only, do: :one
      defoverridable missing: 2
    end
  end
end

for m <- [Plain, Custom, Tagged] do
  IO.inspect({m, m.kind(), m.greet("ann"), m.tag()})
end
IO.inspect(Custom.size([1, 2, 3]))
IO.inspect(Custom.size(%{a: 1}))
IO.inspect(Plain.size([1]))
try do
  Plain.size(%{a: 1})
rescue
  e in FunctionClauseError -> IO.puts(Exception.message(e))
end

defmodule UsesBad do
  use BadOverride
end
IO.puts("not reached")

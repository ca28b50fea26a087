# `use` of a program's module and of a library module expand the same way:
# quote's location: :keep, bind_quoted: and unquote: false options,
# unquote fragments, defoverridable, @before_compile with Module.defines?/2.
defmodule Hooks do
  defmacro __using__(opts) do
    quote location: :keep, bind_quoted: [opts: opts] do
      @before_compile Hooks
      def opts, do: unquote(Macro.escape(opts))
      def kept_line, do: __ENV__.line
      defoverridable opts: 0
    end
  end

  defmacro __before_compile__(env) do
    if Module.defines?(env.module, {:extra, 0}) do
      quote do
        def has_extra?, do: true
      end
    else
      quote do
        def has_extra?, do: false
      end
    end
  end

  defmacro square(x) do
    quote bind_quoted: [x: x] do
      x * x
    end
  end
end

defmodule WithExtra do
  n = 3
  use Hooks, n: n, name: :with_extra
  def extra, do: :yes
end

defmodule Without do
  use Hooks
  def opts, do: :overridden
end

defmodule Calc do
  require Hooks
  def sq(y), do: Hooks.square(y + 1)
end

defmodule Srv do
  @restart :temporary
  use GenServer, restart: @restart, id: :srv
  def init(x), do: {:ok, x}
end

defmodule Sup do
  use Supervisor, restart: :transient
  def init(_), do: Supervisor.init([], strategy: :one_for_one)
end

IO.inspect(WithExtra.opts())
IO.inspect({WithExtra.has_extra?(), Without.has_extra?()})
IO.inspect(Without.opts())
IO.inspect(WithExtra.kept_line())
IO.inspect(Calc.sq(2))
IO.inspect(quote(bind_quoted: [v: 1], do: v) |> elem(0))
IO.inspect(quote(unquote: false, do: unquote(v)) |> elem(0))
IO.inspect(Srv.child_spec(1))
IO.inspect(Sup.child_spec(2))
IO.inspect(Srv.module_info(:attributes)[:behaviour])
{:ok, pid} = GenServer.start(Srv, :state)
IO.inspect(:sys.get_state(pid))

try do
  Module.defines?(Calc, {:sq, 1})
rescue
  e -> IO.puts(Exception.message(e))
end

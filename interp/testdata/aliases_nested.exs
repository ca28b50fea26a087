# Module nesting and aliases: a nested defmodule A.B inside M defines M.A.B and
# aliases A from there on; a top-level defmodule Tk.Sup aliases nothing.
defmodule Sup do
  def who, do: :top_sup
end
defmodule Sup.Default do
  def who, do: :top_sup_default
end
defmodule Tk.Sup do
  def who, do: :tk_sup
  def test do
    IO.inspect({Sup.who(), Sup.Default.who(), __MODULE__, Sup})
  end
end
defmodule Tk.Sup.Default do
  def who, do: :tk_sup_default
end
defmodule Outer do
  defmodule Inner.Deep do
    def who, do: :deep
  end
  def test, do: IO.inspect({Inner.Deep.who(), Inner.Deep})
end
defmodule Outer2 do
  defmodule Outer2.X do
    def who, do: :x
  end
  def test, do: IO.inspect({Outer2.X, Outer2.X.who()})
end
defmodule Tk.Sup3 do
  @x Sup.Default
  def x, do: @x
  defmodule Inner do
    def who, do: {Sup.Default, Sup, __MODULE__}
  end
  defmodule Sup.Default do
    def who, do: {__MODULE__, Sup}
  end
  def y, do: {Sup.Default, Sup}
end
defmodule Tk.Sup4 do
  def y, do: {Sup.Default, Sup}
  defmodule Sup4.X do
    def who, do: __MODULE__
  end
  def z, do: {Sup4.X, Sup4}
end
IO.inspect({Tk.Sup3.x(), Tk.Sup3.Inner.who(), Tk.Sup3.y(), Tk.Sup3.Sup.Default.who(), Tk.Sup4.y(), Tk.Sup4.z()})
Tk.Sup.test()
Outer.test()
Outer2.test()
IO.inspect(Inner.Deep)

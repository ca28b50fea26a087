# Expectation: an unknown key building the module's own struct: the KeyError of __struct__/1 while expanding (1.14's output).
defmodule User do
  defstruct name: nil
  def new, do: %User{nam: "x"}
end

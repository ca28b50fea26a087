ExUnit.start()

defmodule DocInterpTest do
  use ExUnit.Case
  # @doc and @moduledoc strings with interpolations are doctested as
  # ExUnit does: with the text the compiler made of them.
  doctest DocInterp
end

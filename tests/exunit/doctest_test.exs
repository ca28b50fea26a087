ExUnit.start(seed: 0, colors: [enabled: false])

defmodule DoctestTest do
  use ExUnit.Case
  doctest Calc
end

ExUnit.start(seed: 0, colors: [enabled: false])

defmodule Doctest3Test do
  use ExUnit.Case
  doctest Doctest3
end

ExUnit.start(seed: 0, colors: [enabled: false])

defmodule Doctest4Test do
  use ExUnit.Case, async: true
  doctest Inventory, except: [skipped: 0]
end

ExUnit.start(seed: 0, colors: [enabled: false])

defmodule Doctest2Test do
  use ExUnit.Case
  doctest Shop

  test "a plain test next to the doctests" do
    assert Shop.total([%{price: 1}]) == 1
  end
end

defmodule Doctest2OnlyTest do
  use ExUnit.Case
  doctest Shop, only: [total: 1]
end

ExUnit.start(seed: 0, colors: [enabled: false])

defmodule NamesTest do
  use ExUnit.Case

  test :an_atom_name do
    assert 1 == 2
  end

  @name "from an attribute"
  test @name do
    assert 1 == 3
  end

  test "interpolated #{1 + 1}" do
    assert 1 == 4
  end
end

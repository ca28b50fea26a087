ExUnit.start(seed: 0, colors: [enabled: false])

defmodule Names2Test do
  use ExUnit.Case

  test "unicode: ünïcödé ✓ 日本" do
    assert 1 == 2
  end

  test "with #{"interpolation"} in the name" do
    assert 1 == 2
  end

  test "with 'single' quotes and a backslash \\ and a tab\tinside" do
    assert 1 == 2
  end

  test "ends with a question?" do
    assert 1 == 2
  end

  test "has: colons, commas, and (parens)" do
    assert 1 == 2
  end

  test "a very long name that goes on and on and on and on and on and on and on and on and on and on" do
    assert 1 == 2
  end

  test "  leading and trailing spaces  " do
    assert 1 == 2
  end

  test "UPPER case and CamelCase" do
    assert 1 == 2
  end

  describe "Module.fun/2 when given :atoms" do
    test "and an emoji 🎉" do
      assert 1 == 2
    end
  end

  test "percent %{a: 1} and ~s sigil-like text" do
    assert 1 == 2
  end
end

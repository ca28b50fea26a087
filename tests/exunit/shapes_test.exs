ExUnit.start()

defmodule ShapesTest do
  use ExUnit.Case

  test "square" do
    assert Shapes.area({:square, -1}) == 1
  end

  test "other shape" do
    assert Shapes.area({:triangle, 1.5})
  end

  test "arity 2" do
    Shapes.area([], 3)
  end

  test "arity 3" do
    Shapes.area([1], "str", 2)
  end

  test "defaults" do
    Shapes.scale("x")
  end

  test "more than ten" do
    Shapes.many(13)
  end

  test "repeated variable" do
    Shapes.pick(:a, :c)
  end

  test "private" do
    Shapes.call_priv(:no)
  end
end

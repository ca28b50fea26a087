ExUnit.start()

defmodule Clauses2Test do
  use ExUnit.Case

  test "many kinds" do
    Clauses2.f(:zz)
  end

  test "a float equal to the attribute" do
    Clauses2.f(3.0)
  end
end

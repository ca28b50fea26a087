ExUnit.start(seed: 0, colors: [enabled: false])

defmodule Raise2Test do
  use ExUnit.Case

  test "regex message that does not match" do
    assert_raise ArgumentError, ~r/invalid/, fn -> raise ArgumentError, "bad argument given" end
  end

  test "regex message that matches" do
    e = assert_raise ArgumentError, ~r/bad/, fn -> raise ArgumentError, "bad argument given" end
    assert e.message == "bad argument given!"
  end

  test "string message that matches" do
    assert_raise RuntimeError, "boom", fn -> raise "boom" end
  end

  test "wrong exception with a message check" do
    assert_raise ArgumentError, "boom", fn -> raise "boom" end
  end

  test "wrong exception from the runtime" do
    assert_raise ArgumentError, fn -> 1 + String.to_integer("1") + :a end
  end

  test "nothing raised, with a message" do
    assert_raise KeyError, "key :a not found", fn -> %{a: 1}.a end
  end

  test "arithmetic error" do
    assert_raise ArithmeticError, fn -> 1 / 1 end
  end

  test "a throw inside assert_raise" do
    assert_raise RuntimeError, fn -> throw(:oops) end
  end

  test "an exit inside assert_raise" do
    assert_raise RuntimeError, fn -> exit(:bye) end
  end

  test "custom exception" do
    defmodule MyError do
      defexception message: "my error"
    end

    assert_raise MyError, "other", fn -> raise MyError end
  end

  test "function clause error" do
    assert_raise FunctionClauseError, fn -> String.upcase(1) end
  end
end

ExUnit.start(seed: 0, colors: [enabled: false])

defmodule Misc3Test do
  use ExUnit.Case

  test "not written yet"

  test "a name with \"quotes\" and Mod.fun/1" do
    assert 1 == 2
  end

  describe "Calc.add/2" do
    test "adds" do
      assert 1 + 1 == 3
    end
  end

  test "a map pattern in assert_receive" do
    send(self(), %{event: :click, x: 1})
    assert_receive %{event: :key}
  end

  test "an exception struct compared" do
    assert %RuntimeError{message: "a"} == %RuntimeError{message: "b"}
  end

  test "a raise with a long message" do
    assert_raise ArgumentError, fn -> raise "this is a rather long message that goes on and on for a while" end
  end

  test "String functions" do
    assert String.trim("  hi  ") == "hi "
  end

  test "a tuple with a string containing newlines" do
    assert {:ok, "a\nb"} == {:ok, "a\nc"}
  end

  test "unicode" do
    assert "héllo" == "hello"
  end

  test "refute_received with a message" do
    send(self(), :ping)
    refute_received :ping, "got a ping"
  end

  test "assert_received with a message" do
    assert_received :pong, "no pong"
  end

  test "exit normal from the test" do
    exit(:normal)
  end

  test "raise a non-exception" do
    raise ArgumentError
  end
end

ExUnit.start(seed: 0, colors: [enabled: false])

defmodule Greeter do
  def greet(name), do: IO.puts("Hello, #{name}!")

  def ask do
    name = IO.gets("Name? ") |> String.trim()
    IO.puts("Hi #{name}")
  end
end

defmodule Capture3Test do
  use ExUnit.Case
  import ExUnit.CaptureIO

  test "puts and write" do
    out =
      capture_io(fn ->
        IO.puts("a")
        IO.write("b")
        IO.inspect(%{c: 1})
      end)

    assert out == "a\nb%{c: 2}\n"
  end

  test "greet" do
    assert capture_io(fn -> Greeter.greet("Ann") end) == "Hello, Bob!\n"
  end

  test "input and prompt" do
    assert capture_io("Zed\n", fn -> Greeter.ask() end) == "Name? Hi Ann\n"
  end

  test "stderr" do
    assert capture_io(:stderr, fn -> IO.puts(:stderr, "oops") end) =~ "error"
  end

  test "matching with =~" do
    assert capture_io(fn -> IO.puts("the answer is 42") end) =~ "43"
  end

  test "capture_io returns what the function prints, not its value" do
    assert capture_io(fn -> :value end) == :value
  end

  test "IO.inspect with a label" do
    assert capture_io(fn -> IO.inspect([1, 2], label: "list") end) == "list: [1, 2]\n\n"
  end
end

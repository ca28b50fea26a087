ExUnit.start(seed: 0, colors: [enabled: false])

defmodule Capture2Test do
  use ExUnit.Case
  import ExUnit.CaptureIO

  def greet(name), do: IO.puts("Hello, #{name}!")

  test "compare captured output" do
    assert capture_io(fn -> greet("Ann") end) == "Hello, Ann\n"
  end

  test "input" do
    out = capture_io("Bob\n", fn ->
      name = IO.gets("Name: ") |> String.trim()
      IO.puts("Hi #{name}")
    end)

    assert out == "Name: Hi Bob\n"
  end

  test "output of a failing test is not captured" do
    IO.puts("printed by the test")
    assert 1 == 2
  end

  test "matches" do
    assert capture_io(fn -> IO.write("abc") end) =~ "abd"
  end

  test "with_io" do
    assert {:ok, "x"} == with_io(fn -> IO.write("x"); :ok end)
  end
end

ExUnit.start()

defmodule HelloTest do
  use ExUnit.Case
  import ExUnit.CaptureIO

  test "says hello" do
    assert capture_io(fn -> Hello.say() end) == "Hello!\n"
  end
end

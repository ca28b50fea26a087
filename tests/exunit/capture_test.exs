ExUnit.start(seed: 0, colors: [enabled: false])

defmodule CaptureTest do
  use ExUnit.Case
  import ExUnit.CaptureIO
  import ExUnit.CaptureLog
  require Logger

  test "capture_io returns what the function printed" do
    assert capture_io(fn -> IO.puts("hello") end) == "hello\n"
  end

  test "capture_io with input" do
    assert capture_io("Ann\n", fn -> IO.write("Hi " <> IO.gets("name? ")) end) == "name? Hi Ann\n"
  end

  test "capture_io of standard error" do
    assert capture_io(:stderr, fn -> IO.puts(:stderr, "oops") end) == "oops\n"
  end

  test "processes spawned inside the capture print into it" do
    out = capture_io(fn -> Task.await(Task.async(fn -> IO.write("from a task") end)) end)
    assert out == "from a task"
  end

  test "capture_log" do
    log = capture_log(fn -> Logger.error("disk full") end)
    assert log =~ "[error] disk full"
  end

  test "a failed comparison shows the captured text" do
    assert capture_io(fn -> IO.puts("hello") end) == "hello"
  end

  test "a failed match on the log" do
    assert capture_log(fn -> Logger.warning("low") end) =~ "high"
  end
end

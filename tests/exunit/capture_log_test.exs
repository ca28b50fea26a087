ExUnit.start(seed: 0, colors: [enabled: false])

defmodule CaptureLogTest do
  use ExUnit.Case
  import ExUnit.CaptureLog
  require Logger

  test "log levels" do
    log =
      capture_log(fn ->
        Logger.info("info message")
        Logger.error("error message")
      end)

    assert log =~ "error message"
    assert log =~ "debug message"
  end

  test "log with a level option" do
    log = capture_log([level: :error], fn ->
      Logger.warning("careful")
      Logger.error("broken")
    end)

    assert log =~ "broken"
    assert log =~ "careful"
  end

  test "with_log returns the value and the log" do
    {value, log} = with_log(fn ->
      Logger.warning("computing")
      42
    end)

    assert value == 42
    assert log =~ "[warning] computing"
    assert log == "nothing"
  end

  test "a process spawned inside logs too" do
    log =
      capture_log(fn ->
        task = Task.async(fn -> Logger.error("from a task") end)
        Task.await(task)
      end)

    refute log =~ "from a task"
  end

  test "nested captures" do
    outer =
      capture_log(fn ->
        inner = capture_log(fn -> Logger.error("inner") end)
        assert inner =~ "inner"
        Logger.error("outer")
      end)

    assert outer =~ "outer"
    refute outer =~ "inner"
  end
end

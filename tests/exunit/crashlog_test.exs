ExUnit.start(seed: 0, colors: [enabled: false])

defmodule Measure do
  def loop(n) do
    receive do
      {:measure, x} -> loop(n + String.length(x))
      {:get, from} -> send(from, {:total, n})
    end
  end
end

defmodule CrashlogTest do
  use ExUnit.Case
  import ExUnit.CaptureLog

  test "a library function's clause error in a process: the caller's frame keeps its arity" do
    log =
      capture_log(fn ->
        pid = spawn(fn -> Measure.loop(0) end)
        send(pid, {:measure, 3})
        Process.sleep(50)
      end)

    assert log =~ "no function clause matching in String.length/1"
    assert log =~ "crashlog_test.exs:6: Measure.loop/1"
    refute log =~ "Measure.loop(3)"
  end

  test "the process answers" do
    pid = spawn(fn -> Measure.loop(0) end)
    send(pid, {:measure, "abc"})
    send(pid, {:get, self()})
    assert_receive {:total, 4}
  end
end

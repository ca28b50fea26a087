ExUnit.start()

defmodule OnExitTest do
  use ExUnit.Case

  test "callbacks run after the test process, the last registered first" do
    me = self()
    on_exit(fn -> IO.puts("first registered; test process alive? #{Process.alive?(me)}") end)
    on_exit(fn -> IO.puts("second registered; same process? #{self() == me}") end)
    assert true
  end

  test "a raising callback fails the test" do
    on_exit(fn -> raise "boom" end)
    assert true
  end

  # ExUnit 1.18's runner keeps a test's own failure when its on_exit
  # callback fails too (exec_on_exit: test.state || the callback's).
  test "a failing test keeps its own failure when its callback fails too" do
    on_exit(fn -> raise "cleanup failed" end)
    assert 1 == 2
  end
end

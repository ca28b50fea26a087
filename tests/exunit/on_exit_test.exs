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
end

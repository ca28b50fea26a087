ExUnit.start(seed: 0, colors: [enabled: false])

defmodule OnExit2Test do
  use ExUnit.Case

  setup_all do
    on_exit(fn -> IO.puts("setup_all on_exit") end)
    :ok
  end

  setup do
    on_exit(fn -> IO.puts("first registered") end)
    on_exit(fn -> IO.puts("second registered") end)
    :ok
  end

  test "callbacks run in reverse order" do
    IO.puts("in the test")
    assert 1 == 2
  end

  test "a named callback is replaced" do
    on_exit(:cleanup, fn -> IO.puts("cleanup A") end)
    on_exit(:cleanup, fn -> IO.puts("cleanup B") end)
    :ok
  end

  test "an on_exit that raises" do
    on_exit(fn -> raise "cleanup failed" end)
    :ok
  end

  test "an on_exit that fails an assertion" do
    on_exit(fn -> assert 1 == 4 end)

    on_exit(fn ->
      assert 1 == 3
      :ok
    end)
    assert true
  end

  test "on_exit runs in another process" do
    test_pid = self()
    on_exit(fn -> IO.puts("same process? #{self() == test_pid}") end)
    raise "test failed"
  end
end

defmodule OnExit2AllTest do
  use ExUnit.Case

  setup_all do
    on_exit(fn -> raise "setup_all cleanup failed" end)
    :ok
  end

  test "passes" do
    assert true
  end

  test "fails" do
    assert :a == :b
  end

  test "passes too" do
    assert true
  end
end

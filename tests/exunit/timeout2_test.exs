ExUnit.start(seed: 0, colors: [enabled: false])

defmodule Timeout2Test do
  use ExUnit.Case

  @moduletag timeout: 200

  test "sleeps past the module timeout" do
    Process.sleep(1000)
  end

  @tag timeout: 50
  test "waits in receive" do
    receive do
      :never -> :ok
    end
  end

  test "finishes in time" do
    Process.sleep(10)
    assert 1 == 2
  end

  describe "a describe with its own timeout" do
    @describetag timeout: 100

    test "waits for a GenServer that never answers" do
      {:ok, pid} = Agent.start_link(fn -> 0 end)
      Agent.get(pid, fn _ -> Process.sleep(:infinity) end, :infinity)
    end
  end

  @tag timeout: :infinity
  test "infinity passes a long sleep" do
    Process.sleep(300)
    assert :slow == :fast
  end

  @tag timeout: 100
  test "a loop that never ends" do
    loop(0)
  end

  defp loop(n) when n < 0, do: :done
  defp loop(n), do: loop(n + 1)
end

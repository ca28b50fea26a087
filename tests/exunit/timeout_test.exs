ExUnit.start(seed: 0, colors: [enabled: false])

defmodule TimeoutTest do
  use ExUnit.Case

  @tag timeout: 50
  test "too slow" do
    Process.sleep(200)
  end

  @tag timeout: 500
  test "fast enough" do
    Process.sleep(10)
  end
end

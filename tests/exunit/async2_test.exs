ExUnit.start(seed: 0, colors: [enabled: false])

defmodule Async2SyncTest do
  use ExUnit.Case

  test "sync one" do
    assert :sync == :one
  end
end

defmodule Async2ATest do
  use ExUnit.Case, async: true

  test "async a1" do
    assert 1 == 2
  end

  test "async a2" do
    assert "a" == "b"
  end
end

defmodule Async2SyncTwoTest do
  use ExUnit.Case, async: false

  test "sync two" do
    assert [] == [1]
  end
end

defmodule Async2BTest do
  use ExUnit.Case, async: true

  setup do
    %{value: 1}
  end

  test "async b", %{value: value} do
    assert value == 2
  end

  test "context says async", context do
    assert context.async == false
  end
end

ExUnit.start(seed: 0, colors: [enabled: false])

defmodule AsyncOneTest do
  use ExUnit.Case, async: true

  test "first" do
    assert 1 == 1
  end

  test "second fails" do
    assert 1 == 2
  end
end

defmodule SyncTest do
  use ExUnit.Case

  test "third" do
    assert :a == :b
  end
end

defmodule AsyncTwoTest do
  use ExUnit.Case, async: true

  test "fourth" do
    assert true
  end
end

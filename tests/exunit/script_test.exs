ExUnit.start()
ExUnit.configure(exclude: [pending: true], colors: [enabled: false])

defmodule ScriptTest do
  use ExUnit.Case

  test "runs" do
    assert String.length("abc") == 4
  end

  @tag :pending
  test "excluded by configure" do
    flunk("excluded")
  end

  @tag pending: false
  test "not excluded: another value" do
    assert :pending
  end
end

ExUnit.start(seed: 0, colors: [enabled: false])

defmodule Tags2Test do
  use ExUnit.Case

  @moduletag level: 1
  @moduletag :integration

  test "module tags", context do
    assert {context.level, context.integration} == {1, false}
  end

  @tag level: 3
  test "a test tag overrides", context do
    assert context.level == 2
  end

  describe "describe tags" do
    @describetag level: 2
    @describetag :slowish

    test "override the module's", context do
      assert {context.level, context[:slowish]} == {3, true}
    end

    @tag level: 4
    test "the test's overrides the describe's", %{level: level} do
      assert level == 5
    end
  end

  @tag user: %{name: "ann"}, list: [1, 2]
  test "tags with data", %{user: user, list: list} do
    assert user.name <> inspect(list) == "bob"
  end

  @tag :skip
  test "skipped" do
    flunk("never")
  end

  @tag skip: "flaky on CI"
  test "skipped with a reason" do
    flunk("never")
  end

  test "registered is empty", context do
    assert context.registered == %{x: 1}
  end

  @tag :a
  @tag :b
  test "two tags", context do
    assert Map.take(context, [:a, :b, :c]) == %{a: true, b: true, c: true}
  end
end

ExUnit.start(seed: 0, colors: [enabled: false])

defmodule DiffStringsTest do
  use ExUnit.Case

  test "multi-line strings" do
    expected = """
    first line
    second line
    third line
    """

    actual = """
    first line
    second line changed
    third line
    """

    assert actual == expected
  end

  test "a long string" do
    assert String.duplicate("abcdefghij", 12) == String.duplicate("abcdefghij", 11) <> "abcdefghiX"
  end

  test "trailing whitespace" do
    assert "hello " == "hello"
  end

  test "escapes" do
    assert "tab\there\n" == "tab here\n"
  end

  test "unicode strings" do
    assert "naïve café" == "naive cafe"
  end

  test "quotes inside" do
    assert ~s(say "hi") == ~s(say 'hi')
  end

  test "an empty string" do
    assert "" == "something"
  end

  test "string building" do
    name = "World"
    assert "Hello, " <> name <> "!" == "Hello, world!"
  end

  test "String.split result" do
    assert String.split("a,b,,c", ",") == ["a", "b", "c"]
  end

  test "interpolated expected" do
    n = 3
    assert "#{n} items" == "#{n + 1} items"
  end

  test "a string with many lines in a tuple" do
    report = Enum.map_join(1..5, "\n", &"line #{&1}")
    assert {:ok, report} == {:ok, String.replace(report, "3", "three")}
  end

  test "binaries that are not valid UTF-8" do
    assert <<255, 1>> == <<255, 2>>
  end

  test "String.reverse" do
    assert String.reverse("hello") == "hello"
  end

  test "refute equal strings" do
    refute "same" == "same"
  end
end

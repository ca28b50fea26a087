ExUnit.start(seed: 0, colors: [enabled: false])

defmodule Words do
  def count(text) do
    text
    |> String.downcase()
    |> String.split(~r/[^a-z]+/, trim: true)
    |> Enum.frequencies()
  end
end

defmodule PipelineTest do
  use ExUnit.Case

  test "a pipeline on the left" do
    assert [1, 2, 3] |> Enum.map(&(&1 * 2)) |> Enum.sum() == 13
  end

  test "a pipeline on the right" do
    assert 12 == [1, 2, 3] |> Enum.map(&(&1 * 2)) |> Enum.sum()
  end

  test "word count" do
    assert Words.count("The cat and the hat") == %{"the" => 2, "cat" => 1, "and" => 1, "hat" => 2}
  end

  test "Enum.filter with a capture" do
    assert Enum.filter(1..10, &(rem(&1, 2) == 0)) == [2, 4, 6, 8]
  end

  test "Enum.reduce with an anonymous function" do
    assert Enum.reduce([1, 2, 3], 0, fn x, acc -> x + acc end) == 7
  end

  test "comprehension" do
    assert (for x <- 1..3, y <- [:a, :b], do: {x, y}) == []
  end

  test "String functions chained" do
    assert "  Hello World  " |> String.trim() |> String.downcase() |> String.replace(" ", "_") == "hello-world"
  end

  test "Enum.sort_by and Enum.take" do
    people = [%{name: "a", age: 30}, %{name: "b", age: 20}, %{name: "c", age: 40}]
    assert people |> Enum.sort_by(& &1.age) |> Enum.take(2) |> Enum.map(& &1.name) == ["b", "c"]
  end

  test "Enum.group_by" do
    assert Enum.group_by(~w(apple avocado banana cherry), &String.first/1) == %{"a" => ["apple"], "b" => ["banana"]}
  end

  test "with in an assertion" do
    result =
      with {:ok, a} <- {:ok, 1},
           {:ok, b} <- {:error, :b_missing} do
        a + b
      end

    assert result == 3
  end

  test "case in an assertion" do
    assert (case 5 do
              n when n > 3 -> :big
              _ -> :small
            end) == :small
  end

  test "Enum.zip and Map.new" do
    assert Enum.zip([:a, :b], [1, 2]) |> Map.new() == %{a: 1, b: 3}
  end
end

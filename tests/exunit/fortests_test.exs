ExUnit.start(seed: 0, colors: [enabled: false])

defmodule Temperature do
  def to_fahrenheit(c), do: c * 9 / 5 + 32
  def classify(c) when c < 0, do: :freezing
  def classify(c) when c < 20, do: :cold
  def classify(_), do: :warm
end

defmodule ForTestsTest do
  use ExUnit.Case

  for {c, f} <- [{0, 32.0}, {100, 212.0}, {-40, -40.0}, {37, 99.0}] do
    test "#{c} Celsius is #{f} Fahrenheit" do
      assert Temperature.to_fahrenheit(unquote(c)) == unquote(f)
    end
  end

  for {c, kind} <- [freezing: -5, cold: 10, warm: 25, cold: 20] |> Enum.map(fn {k, v} -> {v, k} end) do
    @tag kind: kind
    test "classify #{c}", %{kind: kind} do
      assert Temperature.classify(unquote(c)) == kind
    end
  end

  describe "inside a describe" do
    for n <- 1..3 do
      test "number #{n} is odd" do
        assert rem(unquote(n), 2) == 1
      end
    end
  end

  test "a for comprehension inside a test" do
    for x <- [1, 2, 3, 4] do
      assert x < 3
    end
  end

  test "Enum.each inside a test" do
    Enum.each([1, 2, 3], fn x ->
      assert x * 2 != 4, "#{x} doubled is 4"
    end)
  end
end

defmodule ForTests2Test do
  use ExUnit.Case

  @words ~w(apple kiwi banana)

  for word <- @words do
    @word word
    test "#{word} is short" do
      assert String.length(@word) < 6
    end
  end

  for {input, expected} <- [{"1", 1}, {"x", :error}, {"22", 23}] do
    test "parse #{inspect(input)}" do
      result =
        case Integer.parse(unquote(input)) do
          {n, ""} -> {:ok, n}
          _ -> :error
        end

      assert {:ok, unquote(expected)} = result
    end
  end

  for n <- [2, 3], do: (test "send #{n}" do
    send(self(), {:n, unquote(n) * 2})
    assert_receive {:n, unquote(n)}, 10
  end)

  for n <- 1..2 do
    test "pending #{n}"
  end

  for {a, b} <- [{1, 1}, {1, 2}] do
    @tag pair: {a, b}
    test "refute #{a} == #{b}", %{pair: pair} do
      refute unquote(a) == unquote(b), "#{inspect(pair)} are equal"
    end
  end
end

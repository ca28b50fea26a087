ExUnit.start(seed: 0, colors: [enabled: false])

defmodule Calc do
  def divide(a, b), do: div(a, b)

  def parse!(s) do
    case Integer.parse(s) do
      {n, ""} -> n
      _ -> raise ArgumentError, "not a number: #{inspect(s)}"
    end
  end

  def nested(x), do: helper(x) + 1

  defp helper(x), do: x.value
end

defmodule Errors2Test do
  use ExUnit.Case

  test "error in a module function" do
    Calc.divide(1, 0)
  end

  test "raise in a module function" do
    Calc.parse!("abc")
  end

  test "error in a private helper of the test module" do
    boom(1)
  end

  test "error inside an anonymous function" do
    f = Enum.at([fn x -> x * :a end], 0)
    f.(1)
  end

  test "error inside Enum.map" do
    Enum.map([1, 2, 3], fn x -> 10 / (x - 2) end)
  end

  test "KeyError on map.key" do
    m = %{a: 1}
    m.b
  end

  test "BadMapError" do
    Map.get(:not_a_map, :a)
  end

  test "nested function calls" do
    Calc.nested(%{other: 1})
  end

  test "BadArityError" do
    f = &Kernel.+/2
    f.(1)
  end

  test "BadFunctionError" do
    f = :not_a_fun
    f.(1)
  end

  test "undefined module" do
    NoSuchModule.run()
  end

  test "undefined function of a known module" do
    String.no_such_function("x")
  end

  test "reraise" do
    try do
      raise "original"
    rescue
      e -> reraise e, __STACKTRACE__
    end
  end

  test "raise with a custom exception module and fields" do
    raise KeyError, key: :missing, term: %{a: 1}
  end

  test "badmatch in the test body" do
    {:ok, value} = Calc.parse!("12") |> then(&{:error, &1})
    value
  end

  test "a raised error after IO output" do
    IO.puts("about to fail")
    raise "after output"
  end

  defp boom(x) do
    x + Process.get(:not_set)
  end
end

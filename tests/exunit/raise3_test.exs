ExUnit.start(seed: 0, colors: [enabled: false])

defmodule InsufficientFunds do
  defexception [:amount]

  @impl true
  def message(%{amount: amount}), do: "insufficient funds: #{amount}"
end

defmodule Bank do
  def withdraw(balance, amount) when amount > balance, do: raise(InsufficientFunds, amount: amount)
  def withdraw(balance, amount), do: balance - amount
end

defmodule Raise3Test do
  use ExUnit.Case

  test "message string differs" do
    assert_raise RuntimeError, "boom", fn -> raise "bam" end
  end

  test "regex does not match" do
    assert_raise ArgumentError, ~r/invalid/, fn -> raise ArgumentError, "bad argument" end
  end

  test "nothing raised with a message" do
    assert_raise RuntimeError, "boom", fn -> :ok end
  end

  test "returns the exception" do
    error = assert_raise InsufficientFunds, fn -> Bank.withdraw(10, 20) end
    assert error.amount == 30
  end

  test "custom message/1" do
    assert_raise InsufficientFunds, "insufficient funds: 5", fn -> Bank.withdraw(1, 20) end
  end

  test "KeyError" do
    assert_raise KeyError, fn -> Map.fetch!(%{a: 1}, :a) end
  end

  test "KeyError raised, other expected" do
    assert_raise ArgumentError, fn -> Map.fetch!(%{a: 1}, :b) end
  end

  test "ArithmeticError message" do
    assert_raise ArithmeticError, "division by zero", fn -> 1 / 0 end
  end

  test "FunctionClauseError expected" do
    assert_raise FunctionClauseError, fn -> String.upcase("a") end
  end

  test "Enum.fetch! out of bounds" do
    assert_raise Enum.OutOfBoundsError, fn -> Enum.fetch!([1], 0) end
  end

  test "ErlangError" do
    assert_raise ErlangError, fn -> :erlang.error(:oops) end
    assert_raise ErlangError, "Erlang error: :other", fn -> :erlang.error(:oops) end
  end

  test "message of a raised struct" do
    exception = assert_raise RuntimeError, fn -> raise "first" end
    assert exception.message == "second"
  end

  test "several statements in the function" do
    assert_raise MatchError, fn ->
      x = 1
      {:ok, _} = {:error, x}
    end

    assert_raise MatchError, fn ->
      x = 2
      x + 1
    end
  end

  test "Integer.parse-like ArgumentError" do
    assert_raise ArgumentError, "bad", fn -> String.to_integer("x") end
  end
end

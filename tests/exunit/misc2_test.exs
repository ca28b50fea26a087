ExUnit.start(seed: 0, colors: [enabled: false])

defmodule Misc2Test do
  use ExUnit.Case

  def find(_id), do: nil

  test "a match that succeeds on nil" do
    assert user = find(1)
    user
  end

  test "boolean operators" do
    a = 1
    assert a > 0 and a > 5
  end

  test "or" do
    assert nil || false
  end

  test "is_nil is a macro" do
    x = 1
    assert is_nil(x)
  end

  test "refute match? with a pin" do
    expected = 1
    refute match?(^expected, 1)
  end

  test "assert match? with a pin" do
    expected = 1
    assert match?({^expected, _}, {2, 3})
  end

  test "assert_receive with a pin" do
    ref = :some_ref
    send(self(), {:reply, :other_ref, 1})
    assert_receive {:reply, ^ref, _}
  end

  test "output and a failure" do
    IO.puts("some output")
    assert String.length("abc") == 4
  end

  test "a list with a pipe" do
    assert [1, 2, 3] |> Enum.reverse() == [1, 2, 3]
  end

  test "a keyword list compare" do
    opts = [timeout: 10, retries: 3]
    assert Keyword.get(opts, :retries) == 5
  end

  test "a charlist compare" do
    assert Enum.count([1, 2]) === 2.0
  end

  test "a nested describe-less assertion in a helper" do
    check_positive(-1)
  end

  defp check_positive(n) do
    assert n > 0
  end
end

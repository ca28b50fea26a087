defmodule Roman do
  @numerals [{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"},
             {50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}]

  def to_roman(0), do: ""
  def to_roman(n) when n > 0 do
    {value, letters} = Enum.find(@numerals, fn {v, _} -> v <= n end)
    letters <> to_roman(n - value)
  end
end

defmodule Words do
  def palindrome?(s) do
    clean = s |> String.downcase() |> String.replace(~r/[^a-z0-9]/, "")
    clean == String.reverse(clean)
  end

  def anagrams?(a, b), do: normalize(a) == normalize(b)
  defp normalize(s), do: s |> String.downcase() |> String.graphemes() |> Enum.sort()

  def acronym(phrase) do
    phrase
    |> String.split([" ", "-"], trim: true)
    |> Enum.map(&String.first/1)
    |> Enum.join()
    |> String.upcase()
  end

  def caesar(text, shift) do
    text
    |> String.to_charlist()
    |> Enum.map(fn
      c when c in ?a..?z -> rem(c - ?a + shift, 26) + ?a
      c when c in ?A..?Z -> rem(c - ?A + shift, 26) + ?A
      c -> c
    end)
    |> List.to_string()
  end

  def rle(s) do
    s
    |> String.graphemes()
    |> Enum.chunk_by(& &1)
    |> Enum.map_join(fn [c | _] = run -> "#{length(run)}#{c}" end)
  end
end

defmodule Numbers do
  def prime?(n) when n < 2, do: false
  def prime?(2), do: true
  def prime?(n), do: Enum.all?(2..trunc(:math.sqrt(n)), &(rem(n, &1) != 0))

  def collatz(1, steps), do: steps
  def collatz(n, steps) when rem(n, 2) == 0, do: collatz(div(n, 2), steps + 1)
  def collatz(n, steps), do: collatz(3 * n + 1, steps + 1)

  def digits_sum(n), do: n |> Integer.digits() |> Enum.sum()
  def factorial(0), do: 1
  def factorial(n), do: n * factorial(n - 1)
end

IO.inspect(Enum.map([1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999], &Roman.to_roman/1))
IO.inspect(Words.palindrome?("A man, a plan, a canal: Panama"))
IO.inspect(Words.palindrome?("hello"))
IO.inspect(Words.anagrams?("Listen", "Silent"))
IO.inspect(Words.acronym("Portable Network-Graphics"))
IO.puts(Words.caesar("Hello, World!", 3))
IO.puts(Words.caesar(Words.caesar("Round Trip", 13), 13))
IO.puts(Words.rle("aaabccdddd"))
IO.inspect(Enum.filter(1..50, &Numbers.prime?/1))
IO.inspect(Numbers.collatz(27, 0))
IO.inspect(Numbers.digits_sum(98765))
IO.inspect(Numbers.factorial(25))
IO.inspect(Numbers.factorial(30) |> Integer.to_string() |> String.length())
IO.puts(Roman.to_roman(-1))

# Exercise: anagrams, isograms, pangrams and acronyms.
defmodule Words do
  def anagrams(base, candidates) do
    key = normalize(base)
    Enum.filter(candidates, fn c ->
      String.downcase(c) != String.downcase(base) and normalize(c) == key
    end)
  end

  defp normalize(w), do: w |> String.downcase() |> String.graphemes() |> Enum.sort()

  def isogram?(w) do
    letters = w |> String.downcase() |> String.replace(~r/[\s-]/, "") |> String.graphemes()
    length(letters) == length(Enum.uniq(letters))
  end

  def pangram?(s) do
    s |> String.downcase() |> String.graphemes() |> MapSet.new() |> MapSet.subset?(MapSet.new(~w(a b c d e f g h i j k l m n o p q r s t u v w x y z))) |> Kernel.not() |> Kernel.not() and
      Enum.all?(?a..?z, &String.contains?(String.downcase(s), <<&1>>))
  end

  def acronym(s) do
    s
    |> String.split([" ", "-", "_"], trim: true)
    |> Enum.map(&String.first/1)
    |> Enum.join()
    |> String.upcase()
  end

  def group_anagrams(words) do
    words
    |> Enum.group_by(&normalize/1)
    |> Map.values()
    |> Enum.filter(&(length(&1) > 1))
    |> Enum.map(&Enum.sort/1)
    |> Enum.sort()
  end
end

IO.inspect(Words.anagrams("listen", ~w(enlists google inlets banana silent Listen tinsel)))
IO.inspect(Enum.map(~w(lumberjacks background six-year-old isograms Alphabet), &{&1, Words.isogram?(&1)}))
IO.inspect(Words.pangram?("The quick brown fox jumps over the lazy dog"))
IO.inspect(Words.pangram?("a quick movement of the enemy"))
IO.inspect(Words.acronym("Portable Network Graphics"))
IO.inspect(Words.acronym("Complementary metal-oxide semiconductor"))
IO.inspect(Words.acronym("as_soon_as possible"))
IO.inspect(Words.group_anagrams(~w(eat tea tan ate nat bat tab cab)))
longest = ~w(a abc ab abcd abd) |> Enum.max_by(&String.length/1)
IO.inspect(longest)
IO.inspect(~w(b a c) |> Enum.sort() |> Enum.with_index(1) |> Map.new(fn {w, i} -> {w, i} end))

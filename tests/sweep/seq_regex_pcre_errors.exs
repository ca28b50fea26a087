# Building patterns at run time: Regex.compile's errors as PCRE words
# them, compile! raising, escaping user input, Unicode and bytes.
defmodule Patterns do
  def try_compile(source) do
    case Regex.compile(source) do
      {:ok, re} -> {:ok, Regex.source(re)}
      {:error, {reason, at}} -> {:error, List.to_string(reason), at}
    end
  end

  def find_all(words, text) do
    alternation = Enum.map_join(words, "|", &Regex.escape/1)
    re = Regex.compile!("(?<![\\w])(?:" <> alternation <> ")(?![\\w])", "i")
    Regex.scan(re, text) |> List.flatten()
  end
end

for src <- ["(a|b)+", "(", "a)", "[a-", "x{3,2}", "(?<=a*)b", "\\1(a)", "(a)\\2", "(?<n>a)(?<n>b)", "(?P<name", "\\k<missing>", "*"] do
  IO.inspect(Patterns.try_compile(src))
end

try do
  Regex.compile!("(?<=x+)y")
rescue
  e in Regex.CompileError -> IO.puts("CompileError: " <> Exception.message(e))
end

IO.inspect(Patterns.find_all(["c++", "c", "f#"], "I like C, c++ and F# but not cobol"))
IO.inspect(Regex.escape("1+1=2? (yes) [sure] {ok} ^$ a.b|c"))

# bytes without u, codepoints with u
IO.inspect(Regex.run(~r/^(.)/, "élan"))
IO.inspect(Regex.run(~r/^(.)/u, "élan"))
IO.inspect(Regex.scan(~r/[[:alpha:]]+/u, "über-große Äpfel"))
IO.inspect(String.split("один, два,три", ~r/,\s*/u))
IO.inspect(Regex.run(~r/(?<=ü)ber/u, "über", return: :index))
IO.inspect(String.replace("naïve café", ~r/\b(\w)/u, "<\\1>"))

# scan, split and replace corner cases
IO.inspect(Regex.scan(~r/(\d)(?:-(\d))?/, "1-2 3 4-5"))
IO.inspect(Regex.split(~r/\s*;\s*/, "a ; b;;c ;", trim: true))
IO.inspect(Regex.split(~r/(?=[A-Z])/, "OneTwoThree"))
IO.inspect(Regex.split(~r/-/, "a-b-c-d", parts: 3))
IO.inspect(Regex.replace(~r/(?<first>\w+) (?<last>\w+)/, "Ada Lovelace", "\\2, \\1"))
IO.inspect(Regex.replace(~r/\s+/, "  trim   me  ", " ") |> String.trim())
IO.inspect(String.replace("2024-05-06", ~r/(\d+)-(\d+)-(\d+)/, "\\3/\\2/\\1"))

# a pattern that backtracks catastrophically gives up instead of hanging
long = String.duplicate("a", 40) <> "!"
IO.inspect(Regex.match?(~r/^(a+)+$/, long))
IO.inspect(Regex.match?(~r/^(?>a+)+$/, long))
IO.inspect(Regex.match?(~r/^a++$/, String.duplicate("a", 40)))

# Text processing with PCRE features a course uses: lookaround,
# backreferences, named groups, possessive and lazy quantifiers.
defmodule TextTools do
  @doc "Thousands separators with a lookahead."
  def group_digits(n) do
    Regex.replace(~r/\B(?=(\d{3})+(?!\d))/, Integer.to_string(n), ",")
  end

  @doc "Words doubled by mistake (a backreference)."
  def doubled_words(text) do
    Regex.scan(~r/\b(\w+)\s+\1\b/i, text, capture: :all_but_first) |> List.flatten()
  end

  def fix_doubled(text), do: Regex.replace(~r/\b(\w+)(\s+\1\b)+/i, text, "\\1")

  @doc "camelCase and PascalCase to snake_case with lookarounds."
  def snake(name) do
    name
    |> String.split(~r/(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])/)
    |> Enum.map_join("_", &String.downcase/1)
  end

  @doc "A password needs a digit, a lower and an upper letter, 8+ chars."
  def strong?(pw), do: pw =~ ~r/^(?=.*\d)(?=.*[a-z])(?=.*[A-Z]).{8,}$/

  @doc "Quoted strings with either quote (named backreference)."
  def quoted(text) do
    Regex.scan(~r/(?<q>["'])(?<body>.*?)\k<q>/, text, capture: ["body"]) |> List.flatten()
  end

  @doc "Prices not preceded by a minus sign (negative lookbehind)."
  def prices(text) do
    Regex.scan(~r/(?<!-)\$(\d+(?:\.\d\d)?)/, text, capture: :all_but_first)
    |> List.flatten()
  end
end

IO.puts(TextTools.group_digits(1234567))
IO.puts(TextTools.group_digits(999))
IO.puts(TextTools.group_digits(1000))
IO.inspect(TextTools.doubled_words("This is is a test test of the the checker"))
IO.puts(TextTools.fix_doubled("Paris in the the spring spring Spring"))
for name <- ["helloWorld", "HTTPServerError", "userID2Name", "already_snake"] do
  IO.puts("#{name} -> #{TextTools.snake(name)}")
end
for pw <- ["abc", "abcdefgh", "Abcdefg1", "ABCDEFG1", "xY9xxxxx"] do
  IO.puts("#{pw}: #{TextTools.strong?(pw)}")
end
IO.inspect(TextTools.quoted(~s(he said "hi" and 'bye' then "it's")))
IO.inspect(TextTools.prices("costs $5, refund -$3, total $12.50"))

# named captures over lines, multiline anchors
log = """
2024-01-05 ERROR disk full
2024-01-06 INFO started
2024-01-07 WARN slow response
"""
for line <- String.split(log, "\n", trim: true) do
  IO.inspect(Regex.named_captures(~r/^(?<date>\d{4}-\d\d-\d\d) (?<level>[A-Z]+) (?<msg>.+)$/, line))
end
IO.inspect(Regex.scan(~r/^\S+ (?:ERROR|WARN)\b.*$/m, log))

# possessive and atomic groups never give back
IO.inspect(Regex.match?(~r/^\d++5$/, "12345"))
IO.inspect(Regex.match?(~r/^\d+5$/, "12345"))
IO.inspect(Regex.run(~r/"(?>[^"\\]+|\\.)*"/, ~S(x = "a \"q\" b";)))

# inline options and extended mode
IO.inspect(Regex.scan(~r/(?i)elixir|(?-i)ERLANG/, "Elixir ELIXIR erlang ERLANG"))
date = ~r/
  (?<y>\d{4}) - (?<m>\d{2}) - (?<d>\d{2})   # ISO date
/x
IO.inspect(Regex.named_captures(date, "due 2025-12-31"))

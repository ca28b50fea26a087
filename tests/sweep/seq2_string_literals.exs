# String literals, sigils, heredocs and interpolation.
name = "World"
IO.puts("Hello, #{name}!")
IO.puts("Sum: #{1 + 2}, list: #{inspect([1, 2])}, atom: #{:ok}, float: #{1.5}, nil: [#{nil}]")
IO.puts("Nested: #{"inner #{String.upcase(name)}"}")
IO.puts(~s(parens "quotes" #{name}))
IO.puts(~S(no #{interp} \n here))
IO.puts(~s[brackets])
IO.puts(~s{braces})
IO.puts(~s<angle>)
IO.puts(~s|pipes|)
IO.inspect(~w(one two three))
IO.inspect(~w(one two three)a)
IO.inspect(~w(one two three)c)
IO.inspect(~c(char list))
heredoc = """
  indented
    more
  back
"""
IO.write(heredoc)
IO.inspect(heredoc)
raw = ~S"""
raw \t #{x}
"""
IO.write(raw)
IO.puts("tab:\tnewline escaped:\\n unicode:\u00e9 hex:\x41")
IO.puts("multi
line literal")
IO.inspect("a" <> "b" <> "c")
IO.inspect(<<"abc", 100>>)
IO.inspect("abc" == ~s(abc))
IO.inspect(?a)
IO.inspect(?\n)
IO.inspect(?\s)
IO.inspect(?é)
IO.puts(String.duplicate("ab", 3) <> "|")
IO.puts("percent: 50%, braces: {}, hash: #")
IO.puts("#{1}#{2}#{3}")
x = 5
IO.puts("x is #{if x > 3, do: "big", else: "small"}")
IO.puts("list: #{Enum.join([1, 2, 3], ", ")}")
IO.puts("map: #{inspect(%{a: 1})}")

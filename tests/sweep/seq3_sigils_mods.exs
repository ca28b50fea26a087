# Sigils with modifiers and custom sigils.
IO.inspect(~w(apple banana cherry))
IO.inspect(~w(apple banana cherry)a)
IO.inspect(~w(apple banana cherry)c)
IO.inspect(~w(apple banana cherry)s)
IO.inspect(~w[one two])
IO.inspect(~w/a b/)
IO.inspect(~w|x y|a)
IO.inspect(~s(with "quotes" and #{1 + 1}))
IO.inspect(~S(no #{interpolation} here\n))
IO.inspect(~c(charlist #{:yes}))
IO.inspect(~C(raw #{no}))
IO.inspect(~s{braces [nested]})
IO.inspect(~s<angle>)
IO.inspect(~s"double")
IO.inspect(~s'single')
IO.inspect(~r/ab+c/i)
IO.inspect(Regex.match?(~r/^HELLO$/i, "hello"))
IO.inspect(Regex.run(~r/(\d+)-(\d+)/, "tel 555-1234"))
IO.inspect(Regex.scan(~r/\w+@\w+\.com/, "a@b.com, c@d.com"))
IO.inspect(~r/x/ |> Regex.source())
IO.inspect(~w"""
multi
line words
""")
text = ~s"""
Dear #{"Ana"},
  thanks!
"""
IO.write(text)
raw = ~S"""
keep \n and #{this}
"""
IO.write(raw)

defmodule MySigils do
  def sigil_u(string, []), do: String.upcase(string)
  def sigil_u(string, [?r]), do: string |> String.upcase() |> String.reverse()

  def sigil_i(string, mods) do
    n = String.to_integer(string)
    if ?n in mods, do: -n, else: n
  end

  def sigil_p(string, _mods) do
    string |> String.split(",") |> Enum.map(&String.trim/1)
  end
end

defmodule UseSigils do
  import MySigils

  def run do
    IO.inspect(~u(hello))
    IO.inspect(~u(hello)r)
    IO.inspect(~i(42))
    IO.inspect(~i(42)n)
    IO.inspect(~p(a, b ,c))
    name = "world"
    IO.inspect(~u(hello #{name}))
    IO.inspect(~U[2024-01-02 03:04:05Z])
    IO.inspect(~D[2024-02-29])
    IO.inspect(~T[10:20:30])
    IO.inspect(~N[2024-01-01 00:00:00])
  end
end

UseSigils.run()

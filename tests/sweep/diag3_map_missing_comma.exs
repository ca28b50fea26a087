# Expectation: a keyword right after a value in a map: elixir_parser.yrl error_invalid_kw_identifier names it 'age:' (1.14's text), framed.
user = %{name: "Ann" age: 30}
IO.inspect(user)

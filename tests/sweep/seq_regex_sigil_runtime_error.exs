# With interpolation, ~r compiles when its line runs; a bad modifier is
# Regex.compile!'s "invalid_option at position REST". Recorded with
# Debian's 1.14 (its own "(elixir ...)" frames left out).
IO.puts("before")
x = "a"
IO.inspect(~r/#{x}+/)
re = ~r/#{x}(/
IO.inspect(re)

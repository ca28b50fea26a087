# Expectation: a variable rebound inside if: elixir_env.erl unused_var with the overridden variable's wording (1.14's message and position), 1.18's span and layout.
count = 1
if true do
  count = count + 1
end
IO.puts(count)

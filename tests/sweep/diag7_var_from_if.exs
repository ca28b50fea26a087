# Expectation: bound in an if at the top level, read after: the clause's unused-variable warning, then 1.18's undefined_var file error.
x = 5
if x > 3 do
  message = "big"
end
IO.puts(message)

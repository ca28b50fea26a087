# Expectation: bidirectional character in a string: elixir_interpolation.erl's error (1.14 gives the same text), in 1.18's framed layout (elixir_errors.erl format_snippet).
access = "user"
if access != "user‮ ⁦// Check if admin⁩ ⁦" do
  IO.puts("admin")
end

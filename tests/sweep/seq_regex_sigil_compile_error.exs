# A ~r literal without interpolation is compiled while Elixir expands the
# file (Kernel.sigil_r/2 on OTP < 28 calls Regex.compile! at expansion),
# so an invalid one stops the file before anything prints. Recorded with
# Debian's 1.14, whose expansion error 1.18.4 prints the same way (its own
# "(elixir ...)" frames left out).
IO.puts("before")
Regex.match?(~r/ok/, "ok") |> IO.inspect()
~r/(/

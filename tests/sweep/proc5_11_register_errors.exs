# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc5_11_register_errors.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# Process.register/2 errors: a taken name, an already named process, a
# dead process, nil/true/false/:undefined as names.
p1 = spawn(fn -> receive do: (_ -> :ok) end)
p2 = spawn(fn -> receive do: (_ -> :ok) end)
dead = spawn(fn -> :ok end)
Process.sleep(20)
Process.register(p1, :taken)

attempt = fn label, f ->
  try do
    IO.inspect(f.(), label: label)
  rescue
    e -> IO.puts("#{label}: #{Exception.message(e)}")
  end
end

attempt.("taken", fn -> Process.register(p2, :taken) end)
attempt.("already named", fn -> Process.register(p1, :other) end)
attempt.("dead", fn -> Process.register(dead, :ghost) end)
attempt.("nil", fn -> Process.register(p2, nil) end)
attempt.("undefined", fn -> Process.register(p2, :undefined) end)
attempt.("string", fn -> Process.register(p2, "name") end)
attempt.("ok", fn -> Process.register(p2, :fine) end)

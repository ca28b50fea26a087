# Expectation: derived from Elixir 1.18.4's lib/elixir/lib/process.ex
# (Process.set_label/1, since 1.17: it puts the label in the process
# dictionary under :"$process_label" and returns :ok); Debian's 1.14 lacks
# the function. The rest was recorded with 1.14 / OTP 25.
# Labelling worker processes and reading the label back.
me = self()

for role <- [:reader, {:writer, 1}] do
  spawn(fn ->
    :ok = Process.set_label(role)
    send(me, {:label, Process.get(:"$process_label")})
  end)

  receive do: ({:label, l} -> IO.inspect(l, label: "label"))
end

IO.inspect(Process.set_label("main"), label: "set in main")
IO.inspect(Process.get(:"$process_label"), label: "main label")
IO.inspect(Process.delete(:"$process_label"), label: "deleted")

# Expectation: recorded with Elixir 1.14 / OTP 25 (elixir proc3_63_bad_process_args.exs); nothing in
# it differs in 1.18 (no charlists, stack frames, anonymous function names or
# version-specific messages).
# Wrong arguments to process APIs, each caught: what is raised or exited.
tests = [
  {"call nil", fn -> GenServer.call(nil, :x) end},
  {"call string", fn -> GenServer.call("name", :x) end},
  {"call remote-looking tuple", fn -> GenServer.call({:server, :elsewhere@host}, :x) end},
  {"call local-node tuple", fn -> GenServer.call({:nobody, node()}, :x) end},
  {"cast string", fn -> GenServer.cast("name", :x) end},
  {"cast remote tuple", fn -> GenServer.cast({:server, :elsewhere@host}, :x) end},
  {"stop unknown", fn -> GenServer.stop(:nobody) end},
  {"await map", fn -> Task.await(%{}) end},
  {"async atom", fn -> Task.async(:not_a_fun) end},
  {"agent atom", fn -> Agent.start_link(:not_fun) end},
  {"send_after negative", fn -> Process.send_after(self(), :x, -1) end},
  {"send_after string", fn -> Process.send_after("bad", :x, 10) end},
  {"send string", fn -> send("bad", :x) end},
  {"monitor string", fn -> Process.monitor("bad") end},
  {"link atom", fn -> Process.link(:not_pid) end},
  {"exit atom", fn -> Process.exit(:name, :kill) end},
  {"alive? atom", fn -> Process.alive?(:name) end},
  {"register unknown registry", fn -> Registry.register(:x, :y, :z) end},
  {"reply bad from", fn -> GenServer.reply(:bad, :x) end}
]

for {label, t} <- tests do
  r =
    try do
      {:ok, t.()}
    rescue
      e -> {:raise, e.__struct__, Exception.message(e)}
    catch
      k, v -> {k, v}
    end

  IO.inspect(r, label: label)
end

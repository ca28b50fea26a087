# Loaded by run_real.sh only. Elixir 1.14 (Debian's, built on OTP 24) trips
# an OTP 25 compiler bug (beam_ssa_recv) on a script's top-level
# `ref = Process.monitor(pid)` followed by `receive ... ^ref`; the harness
# rewrites Process.monitor( in test programs to XH.monitor( to avoid it.
defmodule XH do
  def monitor(pid), do: Process.monitor(pid)
  def monitor(type, pid), do: :erlang.monitor(type, pid)
end

# Lesson "Processes", section "Links", seen from outside: a middle process
# runs the lesson's spawn_link; the script monitors the middle process and
# sees it die of its linked process's exception. The raising process's
# crash report comes on stdout from the logger; the script waits 200 ms
# after the :DOWN so that the report is printed before its own line.
{middle, ref} =
  spawn_monitor(fn ->
    spawn_link(fn ->
      raise "something went wrong"
    end)

    Process.sleep(:infinity)
  end)

receive do
  {:DOWN, ^ref, :process, ^middle, {%RuntimeError{message: msg}, _stacktrace}} ->
    Process.sleep(200)
    IO.puts("the linked middle process crashed too: #{msg}")
end

# Expectation: exit({:shutdown, term}): Kernel.CLI 1.18 exec_fun takes any {:shutdown, _} as a clean exit, status 0, nothing printed.
IO.puts("before")
exit({:shutdown, :done})

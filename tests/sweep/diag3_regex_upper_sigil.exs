# Expectation: ~R (deprecated in 1.18): Kernel.sigil_R IO.warn with Macro.Env.stacktrace(__CALLER__), no snippet, the stack entry indented below.
IO.puts("start")
re = ~R/a+b/
IO.puts(Regex.match?(re, "aab"))

# Elixir 1.18's URI and Duration derive Inspect with optional fields: a
# field equal to its default is left out (URI: authority nil; Duration:
# every unit 0, microsecond {0, 0}). Expected output from 1.18's sources
# (uri.ex, calendar/duration.ex, inspect.ex), not a 1.14 run.
IO.inspect(URI.parse("/path?q=1"))
IO.inspect(%URI{})
IO.inspect(Duration.new!(hour: 2, minute: 30))
IO.inspect(Duration.new!([]))
IO.inspect(Duration.new!(second: 1, microsecond: {5000, 3}))
IO.inspect(Duration.new!(year: -1, day: 3))
IO.inspect(Duration.new!(microsecond: {0, 6}))
IO.inspect([d: Duration.new!(week: 1)])
IO.puts(inspect(Duration.new!(month: 1, week: 2)))

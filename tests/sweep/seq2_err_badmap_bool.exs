# BadMapError and BadBooleanError at the top level.
defmodule Settings do
  def enabled?(settings, key), do: Map.get(settings, key, false) and settings.active
end

IO.inspect(Settings.enabled?(%{dark: true, active: true}, :dark))
IO.inspect(Settings.enabled?(%{dark: false, active: true}, :dark))
try do
  Settings.enabled?(%{dark: "yes", active: true}, :dark)
rescue
  e -> IO.puts(Exception.message(e))
end
Settings.enabled?([dark: true], :dark)

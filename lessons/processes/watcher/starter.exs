defmodule Watcher do
  # Run fun in a new, monitored process and report how it ended:
  # "NAME finished", "NAME crashed: REASON" or "NAME timed out".
  def watch(name, fun, timeout) do
  end
end

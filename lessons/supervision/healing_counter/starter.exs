defmodule Counter do
  use GenServer

  # Start the counter linked to the caller, registered as Counter, with
  # `initial` as its state. init/1 prints "Counter starting at INITIAL".
  def start_link(initial) do
  end

  # Add 1 to the count and return the new count.
  def increment do
  end

  # Return the count.
  def value do
  end
end

defmodule Counter.Supervisor do
  use Supervisor

  # Start the supervisor, registered as Counter.Supervisor. Its init/1
  # gives the list of children and the options (Supervisor.init/2).
  def start_link(initial) do
  end
end

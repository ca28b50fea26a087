defmodule Cli do
  def main(args) do
    case args do
      [] ->
        IO.puts(:stderr, "usage: cli NAME")
        System.halt(2)
      [name | _] ->
        IO.puts("hi #{name}")
    end
  end
end

Cli.main(System.argv())
IO.puts("not reached")

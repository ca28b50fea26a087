defmodule Traffic do
  def action(light) do
    case light do
      :green -> "go"
      :yellow -> "slow"
      :red -> "stop"
    end
  end
end

IO.puts(Traffic.action(:green))
IO.puts(Traffic.action(:blue))

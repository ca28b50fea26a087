# Version: parse, compare, match? and requirements (Elixir 1.14 on OTP 25;
# inspect of a requirement as Version.parse_requirement!(...) is the same in 1.18).
IO.inspect Version.parse("1.2.3")
IO.inspect Version.parse("2.0.1-alpha1")
IO.inspect Version.parse("2.0-alpha1")
IO.inspect Version.parse("1.0.0-rc.1+build.5")
IO.inspect Version.parse!("1.14.0-rc.0+build0") |> to_string()
IO.puts "v#{Version.parse!("1.2.3-dev")}"
IO.inspect Version.compare("2.0.1-alpha1", "2.0.0")
IO.inspect Version.compare("1.0.0-beta", "1.0.0-rc1")
IO.inspect Version.compare("1.0.0-10", "1.0.0-2")
IO.inspect Version.compare("2.0.1+build0", "2.0.1")
IO.inspect Version.compare("1.0.0-alpha.1", "1.0.0-alpha.beta")
IO.inspect Version.match?("2.0.0", "> 1.0.0")
IO.inspect Version.match?("2.0.0", "== 1.0.0")
IO.inspect Version.match?("2.1.6-dev", "~> 2.1.2")
IO.inspect Version.match?("2.1.6-dev", "~> 2.1.2", allow_pre: false)
IO.inspect Version.match?("1.3.0", "~> 1.2")
IO.inspect Version.match?("2.0.0", "~> 1.2")
IO.inspect Version.match?("1.2.9", "~> 1.2.3 and < 1.2.8 or >= 1.2.9")
IO.inspect Version.match?("1.0.0", "1.0.0")
{:ok, req} = Version.parse_requirement("== 2.0.1")
IO.inspect req
IO.puts req
IO.inspect Version.parse_requirement("== == 2.0.1")
IO.inspect Version.parse_requirement(">= 1.0")
IO.inspect Version.parse_requirement("~> 1.0")
IO.inspect [Version.parse!("1.0.0"), Version.parse!("1.0.0-rc.1+abc")]
for s <- ["1.0.0", "01.0.0", "1.0.0-01", "1.0.0-0", "1.0.0+", "1.0.0-a..b", "1.0", "a.b.c", "1.0.0.0", "1.0.0-x-y", "1.0.0+001"] do
  IO.inspect {s, Version.parse(s)}
end
try do Version.parse!("foo") rescue e -> IO.inspect(e); IO.puts Exception.message(e) end
try do Version.match?("foo", "== 1.0.0") rescue e -> IO.puts Exception.message(e) end
try do Version.match?("2.0.0", "== == 1.0.0") rescue e -> IO.puts Exception.message(e) end
try do Version.parse_requirement!("> 1") rescue e -> IO.inspect e end
versions = ["1.10.0", "1.2.0", "1.2.0-rc.1", "0.9.9"] |> Enum.map(&Version.parse!/1)
IO.inspect Enum.sort(versions, Version) |> Enum.map(&to_string/1)
IO.inspect Enum.max(versions, Version) |> to_string()
%Version{major: major} = Version.parse!("3.1.4")
IO.inspect major
defmodule Deps do
  def check(deps, installed) do
    for {name, req} <- deps do
      case Map.fetch(installed, name) do
        {:ok, v} -> if Version.match?(v, req), do: {name, :ok}, else: {name, {:mismatch, v, req}}
        :error -> {name, :missing}
      end
    end
  end
end

IO.inspect Deps.check([jason: "~> 1.4", plug: ">= 1.14.0 and < 2.0.0", ecto: "~> 3.10"], %{jason: "1.4.1", plug: "2.0.0"})
Version.parse!("1.2")

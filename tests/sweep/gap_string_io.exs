# StringIO: an IO device process; IO functions given its pid read its
# input and write its output.
{:ok, pid} = StringIO.open("foo\nbar\nbaz")
IO.inspect(IO.gets(pid, "ignored> "))
IO.inspect(IO.read(pid, :line))
IO.inspect(IO.getn(pid, "", 2))
IO.inspect(IO.read(pid, :eof))
IO.inspect(IO.read(pid, :line))
IO.inspect(IO.gets(pid, ""))
IO.write(pid, "out")
IO.puts(pid, [?a, "b"])
IO.binwrite(pid, "!")
IO.inspect(pid, %{a: 1}, label: "map")
IO.inspect(StringIO.contents(pid))
IO.inspect(StringIO.flush(pid))
IO.inspect(StringIO.contents(pid))
IO.inspect(StringIO.close(pid))
IO.inspect(Process.alive?(pid))

{:ok, prompt} = StringIO.open("yes\n", capture_prompt: true)
IO.inspect(IO.gets(prompt, "continue? "))
IO.inspect(StringIO.contents(prompt))

IO.inspect(
  StringIO.open("in", fn dev ->
    input = IO.read(dev, :eof)
    IO.write(dev, "The input was #{input}")
    StringIO.contents(dev)
  end)
)

{:ok, lines} = StringIO.open("1\n2\n3")
IO.inspect(lines |> IO.stream(:line) |> Enum.map(&String.trim/1))

{:ok, sink} = StringIO.open("")
Enum.into(["x", "y"], IO.stream(sink, :line))
IO.inspect(StringIO.contents(sink))

chars =
  Stream.resource(
    fn ->
      {:ok, dev} = StringIO.open("string")
      dev
    end,
    fn dev ->
      case IO.getn(dev, "", 1) do
        :eof -> {:halt, dev}
        char -> {[char], dev}
      end
    end,
    fn dev -> StringIO.close(dev) end
  )
  |> Enum.to_list()

IO.inspect(chars)

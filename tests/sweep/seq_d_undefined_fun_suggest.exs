defmodule Text do
  def shout(s), do: String.upcase(s) <> "!"
end

IO.puts(Text.shout("hi"))
IO.puts(Text.shuot("hi"))

# Path's string functions (Elixir 1.14 on OTP 25; relative_to/3's
# :force and ".." folding are 1.18's, taken from its documentation).
defmodule Files do
  def describe(path) do
    "#{Path.basename(path)} in #{Path.dirname(path)} (#{Path.extname(path)})"
  end

  def swap_ext(path, ext), do: Path.rootname(path) <> ext
end

IO.puts Files.describe("/home/ana/notes/todo.md")
IO.puts Files.describe("lib/app.ex")
IO.puts Files.describe("README")
IO.puts Files.swap_ext("report.txt", ".pdf")
IO.inspect Path.join("lib", "app.ex")
IO.inspect Path.join(["/", "srv", "www/", "index.html"])
IO.inspect Path.join("/foo", "/bar/")
IO.inspect Path.join("foo", ["bar", "fiz"])
IO.inspect Path.join(["~", "foo"])
IO.inspect Path.split("/usr/local/bin")
IO.inspect Path.split("")
IO.inspect Path.split("a//b/")
IO.inspect Path.basename("~/foo/bar.ex", ".ex")
IO.inspect Path.basename("~/foo/bar.exs", ".ex")
IO.inspect Path.rootname("/foo/bar.erl", ".erl")
IO.inspect Path.rootname("/foo/bar.erl", ".ex")
IO.inspect Path.rootname("archive.tar.gz")
IO.inspect Path.extname(".gitignore")
IO.inspect Path.extname("a/b.c/d")
IO.inspect Path.dirname("/foo/bar/")
IO.inspect Path.dirname("/")
IO.inspect Path.basename("/")
IO.inspect {Path.type("/usr"), Path.type("usr"), Path.type("~/x")}
IO.inspect {Path.relative("/usr/local/bin"), Path.relative("/"), Path.relative("a/b")}
IO.inspect Path.absname("foo", "bar")
IO.inspect Path.absname("../x", "/bar/")
IO.inspect Path.absname("/x", "bar")
IO.inspect Path.absname("foo", fn -> "lazy" end)
IO.inspect Path.relative_to("/usr/local/foo", "/usr/local")
IO.inspect Path.relative_to("/usr/local/foo", "/etc")
IO.inspect Path.relative_to("/usr/local/foo", "/usr/local/foo")
IO.inspect Path.relative_to("/usr/local/../foo/bar", "/usr/foo")
IO.inspect Path.relative_to("/usr/foo", "/usr/local", force: true)
IO.inspect Path.relative_to("tmp/foo/bar", "tmp/bat")
IO.inspect Path.relative_to("foo/../bar", "/usr/local")

for file <- ["a.ex", "b.exs", "c.md", "d.ex"], Path.extname(file) in [".ex", ".exs"] do
  IO.puts Path.join("lib", file)
end

try do
  Path.join([])
rescue
  e in FunctionClauseError -> IO.puts Exception.message(e)
end

try do
  Path.basename(42)
rescue
  e in FunctionClauseError -> IO.puts Exception.message(e)
end

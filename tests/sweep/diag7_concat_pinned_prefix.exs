# Expectation: a pinned variable left of <> in a match, which 1.18's Kernel.<>/2 accepts (1.14 raised); stdout checked against 1.18's kernel.ex (expand_concat_argument passes ^var through).
prefix = "user:"
"user:" <> name = "user:ann"
IO.puts(name)
^prefix <> id = "user:42"
IO.puts(id)

case "admin:bob" do
  ^prefix <> who -> IO.puts("user #{who}")
  _ -> IO.puts("not a user")
end

# Records Path.wildcard/1,2 in a tree made by
#   mkdir -p lib/app lib/.hidden test .git b && touch lib/a.ex lib/b.exs lib/app/c.ex lib/app/d.txt lib/.hidden/e.ex lib/.f.ex test/t_test.exs test/x.ex .git/config README.md mix.exs b/ab.txt b/ac.txt b/b1.txt 'b/q?.txt'
# (run from inside it: elixir path_wildcard.exs > path_wildcard.txt).
pats = ["*", "*.md", "lib/*.ex", "lib/*", "lib/**/*.ex", "**/*.ex", "**/*.{ex,exs}", "{lib,test}/*.ex*", "b/a?.txt", "b/[ab]*.txt", "b/[a-b]c.txt", "b/*", "lib/**", "**", "nope/*", "lib", "lib/app/c.ex", ".git/*", ".*", "lib/.*", "b/q\\?.txt", "*/", "lib/*/", "b/{ab,zz}.txt", "b/[!a]*", "b/?1.txt", "**/app/*"]
for p <- pats do
  IO.puts "#{p}\t#{inspect Path.wildcard(p)}\t#{inspect Path.wildcard(p, match_dot: true)}"
end

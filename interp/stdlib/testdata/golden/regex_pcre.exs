# Regex, ~r and String's regex functions on PCRE features (lookaround,
# backreferences, atomic groups, possessive quantifiers, inline options).
show = fn label, v -> IO.puts(label <> " " <> inspect(v)) end

# run / named_captures / names
show.("run lookahead", Regex.run(~r/\w+(?=!)/, "hi there!"))
show.("run lookbehind", Regex.run(~r/(?<=\$)\d+(\.\d\d)?/, "total: $12.50"))
show.("run unset middle", Regex.run(~r/(a)(x)?(b)/, "ab"))
show.("run unset last", Regex.run(~r/(a)(x)?/, "a"))
show.("run index", Regex.run(~r/(?<=é)(\w)/u, "éa", return: :index))
show.("run offset", Regex.run(~r/\Gb/, "abb", offset: 1))
show.("run capture names", Regex.run(~r/(?<y>\d{4})-(?<m>\d\d)/, "2024-05", capture: :all_names))
show.("run capture list", Regex.run(~r/(?<y>\d{4})-(?<m>\d\d)/, "2024-05", capture: ["m", :y]))
show.("run capture first", Regex.run(~r/(a)(b)/, "ab", capture: :first))
show.("run all_but_first", Regex.run(~r/(a)(b)/, "ab", capture: :all_but_first))
show.("run none", Regex.run(~r/(a)(b)/, "ab", capture: :none))
show.("named", Regex.named_captures(~r/(?<key>\w+)=(?<val>\w*)/, "x: k=v"))
show.("named unset", Regex.named_captures(~r/(?<a>x)|(?<b>y)/, "y"))
show.("names", Regex.names(~r/(?<zeta>.)(?<alpha>.)/))
show.("backref", Regex.run(~r/\b(\w+) \1\b/, "it is is fine"))
show.("named backref", Regex.run(~r/(?<q>['"]).*?\k<q>/, ~s(say "hi" 'x')))
show.("backref caseless", Regex.match?(~r/(a)\1/i, "aA"))
show.("atomic", Regex.match?(~r/(?>a+)ab/, "aaab"))
show.("possessive", Regex.match?(~r/a++b/, "aaab"))
show.("possessive fail", Regex.match?(~r/a*+a/, "aaa"))
show.("inline i", Regex.scan(~r/a(?i)b/, "ab aB Ab AB"))
show.("inline group", Regex.scan(~r/a(?i:b)c/, "abc aBc abC"))
show.("multiline", Regex.scan(~r/^\w+$/m, "one\ntwo\nthree"))
show.("dollar newline", Regex.match?(~r/^abc$/, "abc\n"))
show.("z", Regex.match?(~r/^abc\z/, "abc\n"))
show.("dotall", Regex.run(~r/a.b/s, "a\nb"))
show.("no dotall", Regex.run(~r/a.b/, "a\nb"))
show.("extended", Regex.run(~r/ (\d+) \s* - \s* (\d+)  # a range
/x, "pages 10 - 20"))
show.("ungreedy", Regex.run(~r/<.+>/U, "<a><b>"))
show.("lazy", Regex.run(~r/<.+?>/, "<a><b>"))
show.("bytes dot", Regex.run(~r/^.$/, "é"))
show.("unicode dot", Regex.run(~r/^.$/u, "é"))
show.("unicode word", Regex.scan(~r/\w+/u, "ñandú über"))
show.("latin1 word", Regex.scan(~r/\w+/, "ab cd"))
show.("property", Regex.scan(~r/\p{Lu}/u, "Élan Vital"))
show.("h and R", Regex.split(~r/\h*\R\h*/, "a \r\n b\nc"))
show.("keep", Regex.run(~r/foo\Kbar/, "foobar", return: :index))
show.("catastrophic", Regex.run(~r/(a+)+b/, String.duplicate("a", 32)))

# scan
show.("scan groups", Regex.scan(~r/(\w)(\d)?/, "a1 b c3"))
show.("scan empty", Regex.scan(~r/x*/, "ab"))
show.("scan lookahead", Regex.scan(~r/(?=(\w\w))/, "abcd"))
show.("scan index", Regex.scan(~r/\d+/, "é1 22", return: :index))
show.("scan unicode empty", Regex.scan(~r//u, "é!", return: :index))

# split
show.("split", Regex.split(~r/\s*,\s*/, "a , b,c ,d"))
show.("split parts", Regex.split(~r/,/, "a,b,c,d", parts: 2))
show.("split trim", Regex.split(~r/\s+/, "  a b  ", trim: true))
show.("split no trim", Regex.split(~r/\s+/, "  a b  "))
show.("split lookbehind", Regex.split(~r/(?<=,)/, "a,b,c"))
show.("split camel", Regex.split(~r/(?<=[a-z])(?=[A-Z])/, "helloBigWorld"))
show.("split include", Regex.split(~r/(\d)/, "a1b2c", include_captures: true))
show.("split on", Regex.split(~r/a(?<mid>b)c/, "xabcy", on: [:mid]))
show.("split empty", Regex.split(~r//, "abc"))
show.("split empty trim", Regex.split(~r//, "abc", trim: true))
show.("String.split", String.split("a1b22c333", ~r/\d+/))
show.("String.split parts", String.split("a-b-c", ~r/-/, parts: 2))
show.("String.split trim", String.split(",a,,b,", ~r/,/, trim: true))

# replace
show.("replace backrefs", Regex.replace(~r/(\w+)@(\w+)/, "me@host you@there", "\\2 at \\1"))
show.("replace whole", Regex.replace(~r/\d+/, "a1b22", "[\\0]"))
show.("replace g", Regex.replace(~r/(\d)/, "a1", "\\g{1}\\g{1}"))
show.("replace escaped", Regex.replace(~r/a/, "a", "\\\\"))
show.("replace unset", Regex.replace(~r/(a)|b/, "ab", "<\\1>"))
show.("replace global false", Regex.replace(~r/a/, "aaa", "b", global: false))
show.("replace fun", Regex.replace(~r/(\w)(\w*)/, "hello big world", fn _, f, r -> String.upcase(f) <> r end))
show.("replace fun0", Regex.replace(~r/\d+/, "a1b22", fn m -> Integer.to_string(String.to_integer(m) * 2) end))
show.("replace empty", Regex.replace(~r/x*/, "abc", "-"))
show.("replace lookahead", Regex.replace(~r/\B(?=(\d{3})+(?!\d))/, "1234567", ","))
show.("String.replace", String.replace("a.b.c", ~r/\./, "-"))
show.("String.replace once", String.replace("a.b.c", ~r/\./, "-", global: false))
show.("String.match?", String.match?("foo123", ~r/^[a-z]+(?=\d)/))
show.("=~", "hello" =~ ~r/l{2}/)

# compile
show.("compile ok", Regex.compile("(?<=a)b") |> elem(0))
show.("compile error", Regex.compile("("))
show.("compile error2", Regex.compile("a{2,1}"))
show.("compile error3", Regex.compile("(?<=a+)b"))
show.("compile error4", Regex.compile("(a)\\2"))
show.("compile opts", Regex.compile("a", "iz"))
show.("compile list", Regex.compile("A", [:caseless]) |> elem(1) |> Regex.match?("a"))
show.("source", Regex.source(~r/(?=x)/))

try do
  Regex.compile!("a)")
rescue
  e -> show.("compile!", Exception.message(e))
end

try do
  Regex.run(~r/./u, <<255>>)
rescue
  e -> show.("invalid utf8", e.__struct__)
end

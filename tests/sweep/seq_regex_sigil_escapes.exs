# ~r keeps its escapes for PCRE: since 1.16, Kernel.sigil_r/2 unescapes
# only a backslash before a newline (regex_unescape_map(:newline) in
# 1.18.4's kernel.ex; 1.14 still turned \t, \n, \v... into the characters),
# so the source shows them as written and \v is PCRE's vertical space
# class; an escaped delimiter is the delimiter. Recorded with Debian's
# 1.14, the three lines where 1.14 unescapes set to 1.18's result (checked
# with 1.14's Regex.compile!("a\\tb"), which does not unescape).
IO.inspect(Regex.source(~r/a\tb/))
IO.inspect(~r/a\tb\n\f\v\a\r/)
IO.inspect(Regex.match?(~r/a\tb/, "a\tb"))
IO.inspect(Regex.match?(~r/\v/, "\v"))
IO.inspect(Regex.match?(~r/\v/, "\n"))
IO.inspect(Regex.match?(~r/^\h$/, "\t"))
IO.inspect(Regex.match?(~r/a\/b/, "a/b"))
IO.inspect(Regex.source(~r/a\/b/))
IO.inspect(Regex.source(~r/a\\b\d\e\x41\0/))
IO.inspect(Regex.source(~r"a\"b"))
IO.inspect(Regex.source(~r{a\}b\{}))
IO.inspect(Regex.source(~r/a\
b/))
IO.inspect(Regex.match?(~r/a\
b/, "ab"))
IO.inspect(Regex.source(~r/a\\
b/))
x = "t"
IO.inspect(Regex.source(~r/a#{x}\tb\
c/))
IO.inspect(Regex.run(~r/\x41+/, "zAAb"))
IO.inspect(String.split("a\tb c", ~r/\s/))
IO.inspect(Regex.replace(~r/\t/, "a\tb", "\\\\t"))

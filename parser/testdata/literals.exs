1
1_000_000
0x1F
0b1010
0o17
123456789012345678901234567890
1.5
1.0e-10
1.5e3
1_000.5
?a
?\n
?\s
?\\
?é
:atom
:foo?
:bar!
:"with space"
:"quoted"
:+
:-
:"::"
:..
:{}
:%{}
:<<>>
:Foo
:"foo#{1}"
true
false
nil
Foo
Foo.Bar.Baz
"string"
"esc \" \\ \n \t \s \e \a \0 \x41 \u00e9 \u{1F600}"
"interp #{x} and #{y + 1} #{}"
"nested #{"inner #{x}"}"
"\#{not}"
'charlist'
'char #{x} list'
~c"sigil charlist"
"""
heredoc
  indented
"""
  """
  stripped
    two
  """
'''
charlist heredoc
'''
"a" <> "b"
"multi
line"
h1 = """
"""
h2 = """

"""
h3 = """
  x
    y
  """
h4 = """
  a\
  b
  """
h5 = ~S"""
  x\"""
  """
h6 = """
  #{a} b
  """
s1 = ~s()
s2 = ~S()
s3 = ~r/a\/b\d/i
s4 = ~w(a b c)a
s5 = ~S(a\)b)
m = %{optional(k) => v :: t}

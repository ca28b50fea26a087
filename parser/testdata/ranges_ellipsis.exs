# `..` alone is the range of everything; `...` is a name that can be
# called with or without parentheses.
all = ..
list = [1, 2, 3]
Enum.slice(list, ..)
x = list[..]
f(..)
y = [1, ..]
z = -..
w = .. + 1
case x do
  .. -> :all
end
r = 1..2..3
s = 1..10//2
...
...x
x...
... = 1
a = ...
a ... b
...(1)
... x
x...y
&.../2
def f(...), do: 1
[...]
%{...}
x.(...)
... + 1
...x.y

1 + 2 * 3 - 4 / 5
2 ** 3 ** 2
-a ** 2
!a == b
not a
a and b or c && d || e
a == b and c != d
a < b == c > d
a <> b <> c
a ++ b -- c
1..10
1..10//2
a in b
a not in b
x |> f() |> g()
a = 1 + 2
a |> b == c
x when y
a :: b
a | b
a <- b
a \\ b
&(&1 + 1)
@a + 1
-1
+1
- 1
~~~1
a === b
a !== b
a =~ b
a <= b
a >= b
a ||| b
a &&& b
a <<< b
a >>> b
a <~> b
a ^^^ b
a
|> b
|> c
x = 1
- 2
a +
  b
a.
  b

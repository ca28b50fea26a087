[]
[1, 2, 3]
[1, 2, 3,]
[h | t]
[a, b | rest]
[a: 1, b: 2]
[1, a: 2]
["quoted key": 1, "other": 2]
{}
{1}
{1, 2}
{1, 2, 3}
{:ok, a: 1}
%{}
%{a: 1, b: 2}
%{"a" => 1, :b => 2}
%{"a" => 1, b: 2}
%{m | a: 1}
%{m | "a" => 1, "b" => 2}
%User{}
%User{name: "x"}
%User{u | name: "y"}
%__MODULE__{}
%Mod.Sub{a: 1}
<<>>
<<1, 2, 3>>
<<a::8, rest::binary>>
<<x::size(8)-unit(2), y::binary-size(4)>>
<<"abc", 0>>
[
  1,
  2
]
%{
  a: 1,
  b: 2
}

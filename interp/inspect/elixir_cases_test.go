package inspect

import (
	"math"
	"testing"

	"github.com/exlite/exlite/beam/term"
)

// inspectCase is inspect(src) in Elixir: the term built by hand, the
// options, and what Elixir prints.
type inspectCase struct {
	src  string
	t    term.Term
	opt  func(*Options)
	want string
}

// elixirCases were printed by real Elixir (Debian's 1.14 on OTP 25, with
// its 'charlists' rewritten to 1.18's ~c"charlists"), through
// inspect(src).
var elixirCases = []inspectCase{
	{"0", term.Int(0), nil, "0"},
	{"-15", term.Int(-15), nil, "-15"},
	{"123456789012345678901234567890", bigInt("123456789012345678901234567890"), nil, "123456789012345678901234567890"},
	{"-255, base: :hex", term.Int(-255), func(o *Options) { o.Base = BaseHex }, "-0xFF"},
	{"255, base: :binary", term.Int(255), func(o *Options) { o.Base = BaseBinary }, "0b11111111"},
	{"255, base: :octal", term.Int(255), func(o *Options) { o.Base = BaseOctal }, "0o377"},
	{"<<255, 1>>, base: :hex", str("\xff\x01"), func(o *Options) { o.Base = BaseHex }, "<<0xFF, 0x1>>"},
	{"\"abc\", base: :hex", str("abc"), func(o *Options) { o.Base = BaseHex }, "<<0x61, 0x62, 0x63>>"},
	{"{10, [11]}, base: :hex", tuple(term.Int(10), list(term.Int(11))), func(o *Options) { o.Base = BaseHex }, "{0xA, ~c\"\\v\"}"},
	{"1.5e3", term.Float(1500), nil, "1500.0"},
	{"-0.0", term.Float(math.Copysign(0, -1)), nil, "-0.0"},
	{"[1.0e16, 1.0e-5, 0.0001]", list(term.Float(1e16), term.Float(1e-5), term.Float(0.0001)), nil, "[1.0e16, 1.0e-5, 0.0001]"},
	{":foo", atom("foo"), nil, ":foo"},
	{":\"with space\"", atom("with space"), nil, ":\"with space\""},
	{":\"Elixir.Foo\"", atom("Elixir.Foo"), nil, "Foo"},
	{"Foo.Bar", atom("Elixir.Foo.Bar"), nil, "Foo.Bar"},
	{":\"Elixir.Foo.bar\"", atom("Elixir.Foo.bar"), nil, ":\"Elixir.Foo.bar\""},
	{":Foo", atom("Foo"), nil, ":Foo"},
	{":Elixir", atom("Elixir"), nil, "Elixir"},
	{":+", atom("+"), nil, ":+"},
	{":\"::\"", atom("::"), nil, ":\"::\""},
	{":..", atom(".."), nil, ":.."},
	{":...", atom("..."), nil, ":..."},
	{":%{}", atom("%{}"), nil, ":%{}"},
	{":\"//\"", atom("//"), nil, ":\"//\""},
	{":foo?", atom("foo?"), nil, ":foo?"},
	{":foo!", atom("foo!"), nil, ":foo!"},
	{":\"foo?bar\"", atom("foo?bar"), nil, ":\"foo?bar\""},
	{":\"foo-bar\"", atom("foo-bar"), nil, ":\"foo-bar\""},
	{":foo@bar", atom("foo@bar"), nil, ":foo@bar"},
	{":_", atom("_"), nil, ":_"},
	{":_foo1", atom("_foo1"), nil, ":_foo1"},
	{":\"1a\"", atom("1a"), nil, ":\"1a\""},
	{":\"\"", atom(""), nil, ":\"\""},
	{":\"a\\\"b\"", atom("a\"b"), nil, ":\"a\\\"b\""},
	{":\"a\\nb\"", atom("a\nb"), nil, ":\"a\\nb\""},
	{":héllo", atom("héllo"), nil, ":héllo"},
	{":when", atom("when"), nil, ":when"},
	{":and", atom("and"), nil, ":and"},
	{":|>", atom("|>"), nil, ":|>"},
	{":&", atom("&"), nil, ":&"},
	{":\\\\", atom("\\\\"), nil, ":\\\\"},
	{"nil", term.NilAtom, nil, "nil"},
	{"true", term.True, nil, "true"},
	{"false", term.False, nil, "false"},
	{":nil", term.NilAtom, nil, "nil"},
	{"\"hello\"", str("hello"), nil, "\"hello\""},
	{"\"a\\nb\\tc\\e\\a\\b\\f\\v\\r\\d\"", str("a\nb\tc\x1b\a\b\f\v\r\x7f"), nil, "\"a\\nb\\tc\\e\\a\\b\\f\\v\\r\\d\""},
	{"\"back\\\\slash\"", str("back\\slash"), nil, "\"back\\\\slash\""},
	{"\"\\#{x}\"", str("#{x}"), nil, "\"\\#{x}\""},
	{"\"héllo wörld ✓ 😀\"", str("héllo wörld ✓ 😀"), nil, "\"héllo wörld ✓ 😀\""},
	{"<<0>>", str("\x00"), nil, "<<0>>"},
	{"\"a\" <> <<0>>, binaries: :as_strings", str("a\x00"), func(o *Options) { o.Binaries = BinariesAsStrings }, "\"a\\0\""},
	{"<<200, 97>>, binaries: :as_strings", str("\xc8a"), func(o *Options) { o.Binaries = BinariesAsStrings }, "\"\\xC8a\""},
	{"<<0xC3>>", str("\xc3"), nil, "<<195>>"},
	{"<<1, 2, 3, 4, 5>>, limit: 3", str("\x01\x02\x03\x04\x05"), withLimit(3), "<<1, 2, 3, ...>>"},
	{"<<1, 2, 3>>, limit: 3", str("\x01\x02\x03"), withLimit(3), "<<1, 2, 3>>"},
	{"<<1, 2, 3::4>>", &term.Bitstring{Data: "\x01\x02\x30", Bits: 20}, nil, "<<1, 2, 3::size(4)>>"},
	{"<<1::1>>", &term.Bitstring{Data: "\x80", Bits: 1}, nil, "<<1::size(1)>>"},
	{"\"abcdef\", printable_limit: 3", str("abcdef"), printable(3), "\"abc\" <> ..."},
	{"\"abc\", printable_limit: 3", str("abc"), printable(3), "\"abc\""},
	{"\"\", binaries: :as_binaries", str(""), func(o *Options) { o.Binaries = BinariesAsBinaries }, "<<>>"},
	{"[]", term.Nil, nil, "[]"},
	{"[1, 2, 3]", list(ints(1, 3)...), nil, "[1, 2, 3]"},
	{"[1, 2 | 3]", term.ListWithTail(ints(1, 2), term.Int(3)), nil, "[1, 2 | 3]"},
	{"[1 | 2]", term.ListWithTail(ints(1, 1), term.Int(2)), nil, "[1 | 2]"},
	{"[1, 2, 3 | 4], limit: 2", term.ListWithTail(ints(1, 3), term.Int(4)), withLimit(2), "[1, 2, ...]"},
	{"[1, 2, 3 | 4], limit: 3", term.ListWithTail(ints(1, 3), term.Int(4)), withLimit(3), "[1, 2, 3 | 4]"},
	{"[1, 2, 3], limit: 3", list(ints(1, 3)...), withLimit(3), "[1, 2, 3]"},
	{"[1, 2, 3], limit: 0", list(ints(1, 3)...), withLimit(0), "[...]"},
	{"[[1, 2], [3, 4], [5]], limit: 3", list(list(ints(1, 2)...), list(ints(3, 4)...), list(ints(5, 5)...)), withLimit(3), "[[1, 2], [3, ...], [...]]"},
	{"[{1, 2}, %{a: 1}, <<1, 2>>, [1]], limit: 1", list(tuple(term.Int(1), term.Int(2)), kv(atom("a"), term.Int(1)), str("\x01\x02"), list(term.Int(1))), withLimit(1), "[{...}, ...]"},
	{"[{1, 2}, %{a: 1}, <<1, 2>>, [1]], limit: 4", list(tuple(term.Int(1), term.Int(2)), kv(atom("a"), term.Int(1)), str("\x01\x02"), list(term.Int(1))), withLimit(4), "[{1, 2}, %{a: 1}, <<1, ...>>, [...]]"},
	{"[[1, 2], \"abc\", [3]], limit: 2", list(list(ints(1, 2)...), str("abc"), list(term.Int(3))), withLimit(2), "[[1, ...], \"abc\", ...]"},
	{"[a: 1, b: \"x\"]", kw("a", term.Int(1), "b", str("x")), nil, "[a: 1, b: \"x\"]"},
	{"[{:\"with space\", 1}, {:+, 2}, {:foo?, 3}, {nil, 4}, {Foo, 5}]", list(tuple(atom("with space"), term.Int(1)), tuple(atom("+"), term.Int(2)), tuple(atom("foo?"), term.Int(3)), tuple(term.NilAtom, term.Int(4)), tuple(atom("Elixir.Foo"), term.Int(5))), nil, "[{:\"with space\", 1}, {:+, 2}, {:foo?, 3}, {nil, 4}, {Foo, 5}]"},
	{"[{:\"with space\", 1}, {:+, 2}, {:foo?, 3}, {nil, 4}, {:Foo, 5}, {:\"::\", 6}, {:\"a-b\", 7}]", list(tuple(atom("with space"), term.Int(1)), tuple(atom("+"), term.Int(2)), tuple(atom("foo?"), term.Int(3)), tuple(term.NilAtom, term.Int(4)), tuple(atom("Foo"), term.Int(5)), tuple(atom("::"), term.Int(6)), tuple(atom("a-b"), term.Int(7))), nil, "[\"with space\": 1, +: 2, foo?: 3, nil: 4, Foo: 5, \"::\": 6, \"a-b\": 7]"},
	{"[{:a, 1, 2}]", list(tuple(atom("a"), term.Int(1), term.Int(2))), nil, "[{:a, 1, 2}]"},
	{"[{\"a\", 1}]", list(tuple(str("a"), term.Int(1))), nil, "[{\"a\", 1}]"},
	{"[a: 1, b: 2, c: 3], limit: 2", kw("a", term.Int(1), "b", term.Int(2), "c", term.Int(3)), withLimit(2), "[a: 1, b: 2, ...]"},
	{"[:a, :b]", list(atom("a"), atom("b")), nil, "[:a, :b]"},
	{"[\"a\", :b, 1.0]", list(str("a"), atom("b"), term.Float(1)), nil, "[\"a\", :b, 1.0]"},
	{"[1, [2, [3, [4]]]]", list(term.Int(1), list(term.Int(2), list(term.Int(3), list(term.Int(4))))), nil, "[1, [2, [3, [4]]]]"},
	{"{}", term.Tuple{}, nil, "{}"},
	{"{1}", tuple(term.Int(1)), nil, "{1}"},
	{"{:ok, \"x\", [1], %{}}", tuple(atom("ok"), str("x"), list(term.Int(1)), term.EmptyMap), nil, "{:ok, \"x\", [1], %{}}"},
	{"{1, 2, 3}, limit: 2", tuple(ints(1, 3)...), withLimit(2), "{1, 2, ...}"},
	{"%{a: 1, b: 2}", kv(atom("a"), term.Int(1), atom("b"), term.Int(2)), nil, "%{a: 1, b: 2}"},
	{"%{:a => 2, \"a\" => 1}", kv(atom("a"), term.Int(2), str("a"), term.Int(1)), nil, "%{:a => 2, \"a\" => 1}"},
	{"%{1 => :a, 1.0 => :b, 2 => :c, -1 => :d}", kv(term.Int(1), atom("a"), term.Float(1), atom("b"), term.Int(2), atom("c"), term.Int(-1), atom("d")), nil, "%{-1 => :d, 1 => :a, 2 => :c, 1.0 => :b}"},
	{"%{Foo => 1, :a => 2}", kv(atom("Elixir.Foo"), term.Int(1), atom("a"), term.Int(2)), nil, "%{Foo => 1, :a => 2}"},
	{"%{\"with space\": 1, b?: 2}", kv(atom("with space"), term.Int(1), atom("b?"), term.Int(2)), nil, "%{b?: 2, \"with space\": 1}"},
	{"%{{1, 2} => [3], [4] => %{5 => 6}}", kv(tuple(term.Int(1), term.Int(2)), list(term.Int(3)), list(term.Int(4)), kv(term.Int(5), term.Int(6))), nil, "%{{1, 2} => [3], [4] => %{5 => 6}}"},
	{"%{a: 1, b: 2, c: 3}, limit: 2", kv(atom("a"), term.Int(1), atom("b"), term.Int(2), atom("c"), term.Int(3)), withLimit(2), "%{a: 1, b: 2, ...}"},
	{"%{z: 1, B: 2, _a: 3}", kv(atom("z"), term.Int(1), atom("B"), term.Int(2), atom("_a"), term.Int(3)), nil, "%{B: 2, _a: 3, z: 1}"},
	{"%{\"b\" => 1, \"a\" => 2, \"ab\" => 3, \"\" => 4}", kv(str("b"), term.Int(1), str("a"), term.Int(2), str("ab"), term.Int(3), str(""), term.Int(4)), nil, "%{\"\" => 4, \"a\" => 2, \"ab\" => 3, \"b\" => 1}"},
	{"%{[1] => 1, {1} => 2, :a => 3, 1 => 4, \"s\" => 5, %{} => 6}", kv(list(term.Int(1)), term.Int(1), tuple(term.Int(1)), term.Int(2), atom("a"), term.Int(3), term.Int(1), term.Int(4), str("s"), term.Int(5), term.EmptyMap, term.Int(6)), nil, "%{1 => 4, :a => 3, {1} => 2, %{} => 6, [1] => 1, \"s\" => 5}"},
	{"1..10", rangeOf(1, 10, 1), nil, "1..10"},
	{"10..1//-1", rangeOf(10, 1, -1), nil, "10..1//-1"},
	{"1..0//1", rangeOf(1, 0, 1), nil, "1..0//1"},
	{"-3..-1", rangeOf(-3, -1, 1), nil, "-3..-1"},
	{"MapSet.new([3, 1, 2])", mapSetOf(term.Int(3), term.Int(1), term.Int(2)), nil, "MapSet.new([1, 2, 3])"},
	{"MapSet.new([[97], 'bc'])", mapSetOf(list(term.Int(97)), list(term.Int(98), term.Int(99))), nil, "MapSet.new([[97], [98, 99]])"},
	{"MapSet.new()", mapSetOf(), nil, "MapSet.new([])"},
	{"%{__struct__: Foo, a: 1}, structs: false", structOf("Foo", atom("a"), term.Int(1)), func(o *Options) { o.Structs = false }, "%{__struct__: Foo, a: 1}"},
	{"1..3, structs: false", rangeOf(1, 3, 1), func(o *Options) { o.Structs = false }, "%{__struct__: Range, first: 1, last: 3, step: 1}"},
	{"%ArgumentError{message: \"bad\"}", structOf("ArgumentError", atom("__exception__"), term.True, atom("message"), str("bad")), nil, "%ArgumentError{message: \"bad\"}"},
	{"%RuntimeError{message: \"bad\"}, structs: false", structOf("RuntimeError", atom("__exception__"), term.True, atom("message"), str("bad")), func(o *Options) { o.Structs = false }, "%{__exception__: true, __struct__: RuntimeError, message: \"bad\"}"},
	{"'abc'", term.List(charTerms("abc")...), nil, "~c\"abc\""},
	{"[9, 10]", list(term.Int(9), term.Int(10)), nil, "~c\"\\t\\n\""},
	{"[7, 8, 11, 12, 13, 27, 127]", list(term.Int(7), term.Int(8), term.Int(11), term.Int(12), term.Int(13), term.Int(27), term.Int(127)), nil, "[7, 8, 11, 12, 13, 27, 127]"},
	{"'a\"b\\\\c'", term.List(charTerms("a\"b\\c")...), nil, "~c\"a\\\"b\\\\c\""},
	{"'\\#{x}'", term.List(charTerms("#{x}")...), nil, "~c\"\\#{x}\""},
	{"'é'", term.List(charTerms("é")...), nil, "[233]"},
	{"[0]", list(term.Int(0)), nil, "[0]"},
	{"[], charlists: :as_charlists", term.Nil, func(o *Options) { o.Charlists = CharlistsAsCharlists }, "[]"},
	{"[0, 1, 233, 8364], charlists: :as_charlists", list(term.Int(0), term.Int(1), term.Int(233), term.Int(8364)), func(o *Options) { o.Charlists = CharlistsAsCharlists }, "~c\"\\0\\x01é€\""},
	{"'abcdef', printable_limit: 3", term.List(charTerms("abcdef")...), printable(3), "~c\"abc\" ++ ..."},
	{"[97, 98, 99, 1000], printable_limit: 3", list(term.Int(97), term.Int(98), term.Int(99), term.Int(1000)), printable(3), "~c\"abc\" ++ ..."},
	{"'abc', charlists: :as_lists", term.List(charTerms("abc")...), func(o *Options) { o.Charlists = CharlistsAsLists }, "[97, 98, 99]"},
	{"Enum.to_list(1..30), pretty: true, width: 20", list(ints(1, 30)...), both(pretty, withWidth(20)), "[1, 2, 3, 4, 5, 6,\n 7, 8, 9, 10, 11,\n 12, 13, 14, 15, 16,\n 17, 18, 19, 20, 21,\n 22, 23, 24, 25, 26,\n 27, 28, 29, 30]"},
	{"Enum.map(1..5, &{&1, String.duplicate(\"a\", &1 * 5)}), pretty: true, width: 30", pairsOf(5), both(pretty, withWidth(30)), "[\n  {1, \"aaaaa\"},\n  {2, \"aaaaaaaaaa\"},\n  {3, \"aaaaaaaaaaaaaaa\"},\n  {4, \"aaaaaaaaaaaaaaaaaaaa\"},\n  {5,\n   \"aaaaaaaaaaaaaaaaaaaaaaaaa\"}\n]"},
	{"[a: Enum.to_list(1..20), b: %{c: [d: \"e\"]}], pretty: true, width: 30", kw("a", list(ints(1, 20)...), "b", kv(atom("c"), kw("d", str("e")))), both(pretty, withWidth(30)), "[\n  a: [1, 2, 3, 4, 5, 6, 7, 8,\n   9, 10, 11, 12, 13, 14, 15,\n   16, 17, 18, 19, 20],\n  b: %{c: [d: \"e\"]}\n]"},
	{"{:ok, %{name: \"Alice\", roles: [:admin, :editor, :viewer], meta: %{created: 1, updated: 2}}}, pretty: true, width: 40", tuple(atom("ok"), kv(atom("name"), str("Alice"), atom("roles"), list(atom("admin"), atom("editor"), atom("viewer")), atom("meta"), kv(atom("created"), term.Int(1), atom("updated"), term.Int(2)))), both(pretty, withWidth(40)), "{:ok,\n %{\n   meta: %{created: 1, updated: 2},\n   name: \"Alice\",\n   roles: [:admin, :editor, :viewer]\n }}"},
	{"<<1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12>>, pretty: true, width: 20", str("\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c"), both(pretty, withWidth(20)), "<<1, 2, 3, 4, 5, 6,\n  7, 8, 9, 10, 11,\n  12>>"},
	{"{1, [2, 3], {4, 5}, \"six\", :seven}, pretty: true, width: 10", tuple(term.Int(1), list(term.Int(2), term.Int(3)), tuple(term.Int(4), term.Int(5)), str("six"), atom("seven")), both(pretty, withWidth(10)), "{1,\n [2, 3],\n {4, 5},\n \"six\",\n :seven}"},
	{"[[1, 2, 3], [4, 5, 6], [7, 8, 9]], pretty: true, width: 12", list(list(ints(1, 3)...), list(ints(4, 6)...), list(ints(7, 9)...)), both(pretty, withWidth(12)), "[\n  [1, 2, 3],\n  [4, 5, 6],\n  ~c\"\\a\\b\\t\"\n]"},
	{"%{\"a\" => [1, 2, 3], \"b\" => {:x, :y}}, pretty: true, width: 15", kv(str("a"), list(ints(1, 3)...), str("b"), tuple(atom("x"), atom("y"))), both(pretty, withWidth(15)), "%{\n  \"a\" => [1, 2,\n   3],\n  \"b\" => {:x,\n   :y}\n}"},
	{"MapSet.new(Enum.to_list(1..30)), pretty: true, width: 40", mapSetOf(ints(1, 30)...), both(pretty, withWidth(40)), "MapSet.new([1, 2, 3, 4, 5, 6, 7, 8, 9,\n 10, 11, 12, 13, 14, 15, 16, 17, 18, 19,\n 20, 21, 22, 23, 24, 25, 26, 27, 28, 29,\n 30])"},
	{"[1, 2 | 3], pretty: true, width: 3", term.ListWithTail(ints(1, 2), term.Int(3)), both(pretty, withWidth(3)), "[1,\n 2 |\n 3]"},
	{"[{1, 2} | {3, 4}], pretty: true, width: 5", term.ListWithTail([]term.Term{tuple(term.Int(1), term.Int(2))}, tuple(term.Int(3), term.Int(4))), both(pretty, withWidth(5)), "[\n  {1,\n   2} |\n  {3,\n   4}\n]"},
	{"%{a: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], b: \"a long string value here\"}, pretty: true, width: 30", kv(atom("a"), list(ints(1, 10)...), atom("b"), str("a long string value here")), both(pretty, withWidth(30)), "%{\n  a: [1, 2, 3, 4, 5, 6, 7, 8,\n   9, 10],\n  b: \"a long string value here\"\n}"},
}

func runCases(t *testing.T, cases []inspectCase) {
	t.Helper()
	for _, tc := range cases {
		o := Default()
		if tc.opt != nil {
			tc.opt(&o)
		}
		if got := Inspect(tc.t, o); got != tc.want {
			t.Errorf("inspect(%s)\n got %q\nwant %q", tc.src, got, tc.want)
		}
	}
}

func TestInspectElixirCases(t *testing.T) { runCases(t, elixirCases) }

var _ = math.Copysign

package inspect

import (
	"testing"

	"github.com/exlite/exlite/beam/term"
)

func hex(o *Options)                   { o.Base = BaseHex }
func octal(o *Options)                 { o.Base = BaseOctal }
func binaryBase(o *Options)            { o.Base = BaseBinary }
func asStrings(o *Options)             { o.Binaries = BinariesAsStrings }
func asBinaries(o *Options)            { o.Binaries = BinariesAsBinaries }
func asLists(o *Options)               { o.Charlists = CharlistsAsLists }
func asCharlists(o *Options)           { o.Charlists = CharlistsAsCharlists }
func noStructs(o *Options)             { o.Structs = false }
func prettyWidth(w int) func(*Options) { return both(pretty, withWidth(w)) }

func chars(s string) term.Term { return term.List(charTerms(s)...) }

func appendList(ls ...term.Term) term.Term {
	var all []term.Term
	for _, l := range ls {
		items, _ := term.ListToSlice(l)
		all = append(all, items...)
	}
	return term.List(all...)
}

// nestedLists builds Enum.reduce(1..100, [0], &[&2, Integer.to_string(&1)])
// or, improper, Enum.reduce(1..100, [0], &[&2 | Integer.to_string(&1)]).
func nestedLists(improper bool) term.Term {
	var acc term.Term = list(term.Int(0))
	for i := 1; i <= 100; i++ {
		s := str(itoa(i))
		if improper {
			acc = &term.Cons{Head: acc, Tail: s}
		} else {
			acc = list(acc, s)
		}
	}
	return acc
}

func itoa(i int) string {
	if i < 10 {
		return string(rune('0' + i))
	}
	return itoa(i/10) + string(rune('0'+i%10))
}

// suiteCases are expectations of Elixir 1.18.4's own test suite
// (lib/elixir/test/elixir/inspect_test.exs).
var suiteCases = []inspectCase{
	{":foo", atom("foo"), nil, ":foo"},
	{`:""`, atom(""), nil, `:""`},
	{":fOO", atom("fOO"), nil, ":fOO"},
	{":FOO", atom("FOO"), nil, ":FOO"},
	{"Foo", atom("Elixir.Foo"), nil, "Foo"},
	{"Elixir", atom("Elixir"), nil, "Elixir"},
	{"Elixir.Elixir", atom("Elixir.Elixir"), nil, "Elixir.Elixir"},
	{"Elixir.Elixir.Foo", atom("Elixir.Elixir.Foo"), nil, "Elixir.Elixir.Foo"},
	{"User1", atom("Elixir.User1"), nil, "User1"},
	{":user1", atom("user1"), nil, ":user1"},
	{":bar!", atom("bar!"), nil, ":bar!"},
	{":Foo?", atom("Foo?"), nil, ":Foo?"},
	{":<~", atom("<~"), nil, ":<~"},
	{":~>", atom("~>"), nil, ":~>"},
	{":&&&", atom("&&&"), nil, ":&&&"},
	{`:"~~~"`, atom("~~~"), nil, `:"~~~"`},
	{":<<~", atom("<<~"), nil, ":<<~"},
	{":~>>", atom("~>>"), nil, ":~>>"},
	{":<~>", atom("<~>"), nil, ":<~>"},
	{":+++", atom("+++"), nil, ":+++"},
	{":---", atom("---"), nil, ":---"},
	{`:"::"`, atom("::"), nil, `:"::"`},
	{":@", atom("@"), nil, ":@"},
	{":foo@bar@", atom("foo@bar@"), nil, ":foo@bar@"},
	{":foo@bar@baz", atom("foo@bar@baz"), nil, ":foo@bar@baz"},
	{":<<>>", atom("<<>>"), nil, ":<<>>"},
	{":{}", atom("{}"), nil, ":{}"},
	{":%", atom("%"), nil, ":%"},
	{":->", atom("->"), nil, ":->"},
	{`:"hy-phen"`, atom("hy-phen"), nil, `:"hy-phen"`},
	{`:"@hello"`, atom("@hello"), nil, `:"@hello"`},
	{`:"Wat!?"`, atom("Wat!?"), nil, `:"Wat!?"`},
	{`:"'quotes' and \"double quotes\""`, atom(`'quotes' and "double quotes"`), nil, `:"'quotes' and \"double quotes\""`},
	{":olá", atom("olá"), nil, ":olá"},
	{":Olá", atom("Olá"), nil, ":Olá"},
	{":Ólá", atom("Ólá"), nil, ":Ólá"},
	{":こんにちは世界", atom("こんにちは世界"), nil, ":こんにちは世界"},

	{"<<1::12-integer-signed>>", &term.Bitstring{Data: "\x00\x10", Bits: 12}, nil, "<<0, 1::size(4)>>"},
	{"<<1, 2, 3, 4, 5>>", str("\x01\x02\x03\x04\x05"), prettyWidth(10), "<<1, 2, 3,\n  4, 5>>"},
	{`"foo"`, str("foo"), nil, `"foo"`},
	{`"f\no"`, str("f\no"), nil, `"f\no"`},
	{`"f\\o"`, str(`f\o`), nil, `"f\\o"`},
	{`"\a\b\d\e\f\n\r\s\t\v"`, str("\a\b\x7f\x1b\f\n\r \t\v"), nil, `"\a\b\d\e\f\n\r \t\v"`},
	{`" ゆんゆん"`, str(" ゆんゆん"), nil, `" ゆんゆん"`},
	{`"\uFEFFhello world"`, str("\uFEFFhello world"), nil, `"\uFEFFhello world"`},
	{`"\u2063"`, str("\u2063"), nil, `"\u2063"`},
	{`<<"john", 193, "doe">>`, str("john\xc1doe"), nil, "<<106, 111, 104, 110, 193, 100, 111, 101>>"},
	{"<<193>>", str("\xc1"), nil, "<<193>>"},
	{`<<"john", 193, "doe">>, binaries: :as_strings`, str("john\xc1doe"), asStrings, `"john\xC1doe"`},
	{"<<193>>, binaries: :as_strings", str("\xc1"), asStrings, `"\xC1"`},
	{"<<193>>, base: :hex, binaries: :as_strings", str("\xc1"), both(hex, asStrings), `"\xC1"`},
	{`<<"john">>, binaries: :as_binaries`, str("john"), asBinaries, "<<106, 111, 104, 110>>"},
	{`"abc", base: :octal`, str("abc"), octal, "<<0o141, 0o142, 0o143>>"},
	{"<<10, 11, 12::4>>, base: :hex", &term.Bitstring{Data: "\x0a\x0b\xc0", Bits: 20}, hex, "<<0xA, 0xB, 0xC::size(4)>>"},
	{"<<193, 193, 193, 193>>, limit: 3", str("\xc1\xc1\xc1\xc1"), withLimit(3), "<<193, 193, 193, ...>>"},
	{`"hello world", printable_limit: 4`, str("hello world"), printable(4), `"hell" <> ...`},
	{`"hello world" <> <<0>>, printable_limit: 4`, str("hello world\x00"), printable(4), `"hell" <> ...`},
	{"<<0, 1, 2, 3, 4>>, printable_limit: 3", str("\x00\x01\x02\x03\x04"), printable(3), "<<0, 1, 2, 3, 4>>"},

	{"100", term.Int(100), nil, "100"},
	{"100, base: :hex", term.Int(100), hex, "0x64"},
	{"-100, base: :hex", term.Int(-100), hex, "-0x64"},
	{"100, base: :octal", term.Int(100), octal, "0o144"},
	{"-100, base: :octal", term.Int(-100), octal, "-0o144"},
	{"86, base: :binary", term.Int(86), binaryBase, "0b1010110"},
	{"-86, base: :binary", term.Int(-86), binaryBase, "-0b1010110"},
	{"1.0", term.Float(1.0), nil, "1.0"},
	{"1.0e10", term.Float(1.0e10), nil, "10000000000.0"},
	{"1.0e-10", term.Float(1.0e-10), nil, "1.0e-10"},

	{`{1, "b", 3}`, tuple(term.Int(1), str("b"), term.Int(3)), nil, `{1, "b", 3}`},
	{`{1, "b", 3}, pretty: true, width: 1`, tuple(term.Int(1), str("b"), term.Int(3)), prettyWidth(1), "{1,\n \"b\",\n 3}"},
	{`{1, "b", 3}, pretty: true, width: 10`, tuple(term.Int(1), str("b"), term.Int(3)), prettyWidth(10), "{1, \"b\",\n 3}"},
	{"{1, 2, 3, 4}, limit: 3", tuple(ints(1, 4)...), withLimit(3), "{1, 2, 3, ...}"},

	{`[1, "b", 3], pretty: true, width: 1`, list(term.Int(1), str("b"), term.Int(3)), prettyWidth(1), "[1,\n \"b\",\n 3]"},
	{`~c"abc"`, chars("abc"), nil, `~c"abc"`},
	{`~c"hello world", printable_limit: 4`, chars("hello world"), printable(4), `~c"hell" ++ ...`},
	{`~c"hello world" ++ [0], printable_limit: 4`, appendList(chars("hello world"), list(term.Int(0))), printable(4), `~c"hell" ++ ...`},
	{"[0, 1, 2, 3, 4], printable_limit: 3", list(ints(0, 4)...), printable(3), "[0, 1, 2, 3, 4]"},
	{"[a: 1]", kw("a", term.Int(1)), nil, "[a: 1]"},
	{"[a: 1, a: 2, b: 2]", kw("a", term.Int(1), "a", term.Int(2), "b", term.Int(2)), nil, "[a: 1, a: 2, b: 2]"},
	{`["123": 1]`, kw("123", term.Int(1)), nil, `["123": 1]`},
	{"[foo: [1, 2, 3], baz: [4, 5, 6]], pretty: true, width: 20", kw("foo", list(ints(1, 3)...), "baz", list(ints(4, 6)...)), prettyWidth(20), "[\n  foo: [1, 2, 3],\n  baz: [4, 5, 6]\n]"},
	{`["::": 1, +: 2]`, kw("::", term.Int(1), "+", term.Int(2)), nil, `["::": 1, +: 2]`},
	{`~c"john" ++ [0] ++ ~c"doe"`, appendList(chars("john"), list(term.Int(0)), chars("doe")), nil, "[106, 111, 104, 110, 0, 100, 111, 101]"},
	{`~c"john" ++ [0] ++ ~c"doe", charlists: :as_charlists`, appendList(chars("john"), list(term.Int(0)), chars("doe")), asCharlists, `~c"john\0doe"`},
	{"[0], charlists: :as_charlists", list(term.Int(0)), asCharlists, `~c"\0"`},
	{`~c"john", charlists: :as_lists`, chars("john"), asLists, "[106, 111, 104, 110]"},
	{"[{:b, 1}, {:a, 1}]", kw("b", term.Int(1), "a", term.Int(1)), nil, "[b: 1, a: 1]"},
	{"[:foo | :bar]", &term.Cons{Head: atom("foo"), Tail: atom("bar")}, nil, "[:foo | :bar]"},
	{"[1, 2, 3, 4, 5 | 42], pretty: true, width: 1", term.ListWithTail(ints(1, 5), term.Int(42)), prettyWidth(1), "[1,\n 2,\n 3,\n 4,\n 5 |\n 42]"},
	{"nested, limit: 5", nestedLists(false), withLimit(5), `[[[[[[...], ...], "97"], "98"], "99"], "100"]`},
	{"nested improper, limit: 5", nestedLists(true), withLimit(5), `[[[[[[...] | "96"] | "97"] | "98"] | "99"] | "100"]`},
	{`~c"é"`, chars("é"), nil, "[233]"},
	{"[1, 2, 3, 4], limit: 3", list(ints(1, 4)...), withLimit(3), "[1, 2, 3, ...]"},

	{`%{1 => "b"}`, kv(term.Int(1), str("b")), nil, `%{1 => "b"}`},
	{`%{1 => "b", 2 => "c"}, pretty: true, width: 1`, kv(term.Int(1), str("b"), term.Int(2), str("c")), prettyWidth(1), "%{\n  1 => \"b\",\n  2 => \"c\"\n}"},
	{"%{a: 1, b: 2, c: 3}", kv(atom("a"), term.Int(1), atom("b"), term.Int(2), atom("c"), term.Int(3)), nil, "%{a: 1, b: 2, c: 3}"},
	{"%{1 => 1, 2 => 2, 3 => 3, 4 => 4}, limit: 3", kv(term.Int(1), term.Int(1), term.Int(2), term.Int(2), term.Int(3), term.Int(3), term.Int(4), term.Int(4)), withLimit(3), "%{1 => 1, 2 => 2, 3 => 3, ...}"},
	{`%RuntimeError{message: "runtime error"}`, structOf("RuntimeError", atom("__exception__"), term.True, atom("message"), str("runtime error")), nil, `%RuntimeError{message: "runtime error"}`},

	{"&Enum.map/2", &term.Fun{Module: atom("Elixir.Enum"), Name: atom("map"), Arity: 2, External: true}, nil, "&Enum.map/2"},
	{`&Inspect.OthersTest."weirdly named/fun-"/0`, &term.Fun{Module: atom("Elixir.Inspect.OthersTest"), Name: atom("weirdly named/fun-"), Arity: 0, External: true}, nil, `&Inspect.OthersTest."weirdly named/fun-"/0`},
	{"&:lists.map/2", &term.Fun{Module: atom("lists"), Name: atom("map"), Arity: 2, External: true}, nil, "&:lists.map/2"},
	{`Inspect.OthersTest."weirdly named/fun-"()`, &term.Fun{Module: atom("Elixir.Inspect.OthersTest"), Name: atom("-weirdly named/fun-/0-fun-0-"), Arity: 0, Index: 0, Uniq: 1234}, nil, `#Function<0.1234/0 in Inspect.OthersTest."weirdly named/fun-"/0>`},
	{"MapSet.new()", mapSetOf(), nil, "MapSet.new([])"},
}

func TestInspectSuiteCases(t *testing.T) { runCases(t, suiteCases) }

// Structs with known field order (defstruct [:c, :d, :a, :b]) print in
// that order; a struct whose keys differ from its module's fields prints
// as a map.
func TestStructFieldOrder(t *testing.T) {
	fields := map[string][]term.Atom{
		"Elixir.Ordered": {atom("c"), atom("d"), atom("a"), atom("b")},
		"Elixir.Public":  {atom("key")},
	}
	o := Default()
	o.Program = testProgram{fields: fields}
	cases := []struct {
		t    term.Term
		want string
	}{
		{structOf("Ordered", atom("a"), term.Int(1), atom("b"), term.Int(2), atom("c"), term.Int(3), atom("d"), term.Int(4)), "%Ordered{c: 3, d: 4, a: 1, b: 2}"},
		{structOf("Public", atom("key"), term.Int(1)), "%Public{key: 1}"},
		{structOf("Public", atom("key"), term.Int(1), atom("foo"), atom("bar")), "%{__struct__: Public, foo: :bar, key: 1}"},
		// Inspect.Any prints a map naming a module without a struct as a map
		{structOf("Unknown", atom("b"), term.Int(1), atom("a"), term.Int(2)), "%{__struct__: Unknown, a: 2, b: 1}"},
	}
	for _, tc := range cases {
		if got := Inspect(tc.t, o); got != tc.want {
			t.Errorf("got %q, want %q", got, tc.want)
		}
	}
	o.Width = 1
	o.Pretty = true
	if got, want := Inspect(cases[0].t, o), "%Ordered{\n  c: 3,\n  d: 4,\n  a: 1,\n  b: 2\n}"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

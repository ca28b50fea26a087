package stdlib

import (
	"testing"

	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/rt"
)

// Expected values from Erlang/OTP's documentation of :lists, :maps,
// :string, :binary and io_lib:format, and the conformance outputs.
func TestErlangModules(t *testing.T) {
	m := term.EmptyMap.Put(a("a"), i(1)).Put(a("b"), i(2))
	runCases(t, []callCase{
		{":erlang.list_to_binary/1", []term.Term{stringToCharlist("raw")}, `"raw"`},
		{":erlang.binary_to_list/1", []term.Term{s("raw")}, `~c"raw"`},
		{":erlang.atom_to_binary/1", []term.Term{a("ok")}, `"ok"`},
		{":erlang.float_to_binary/2", []term.Term{f(1.005), kw("decimals", 2)}, `"1.00"`},
		{":erlang.float_to_binary/2", []term.Term{f(123.0), kw("decimals", 0)}, `"123"`},
		{":erlang.float_to_binary/2", []term.Term{f(7.12), l(term.Tuple{a("decimals"), i(4)}, a("compact"))}, `"7.12"`},
		{":erlang.float_to_binary/1", []term.Term{f(7.12)}, `"7.12000000000000010658e+00"`},
		{":erlang.make_tuple/2", []term.Term{i(3), a("x")}, "{:x, :x, :x}"},
		{":erlang.element/2", []term.Term{i(2), term.Tuple{a("a"), a("b")}}, ":b"},
		{":erlang.integer_to_binary/2", []term.Term{i(255), i(16)}, `"FF"`},
		{":lists.reverse/1", []term.Term{l(i(1), i(2), i(3))}, "[3, 2, 1]"},
		{":lists.seq/2", []term.Term{i(1), i(5)}, "[1, 2, 3, 4, 5]"},
		{":lists.seq/3", []term.Term{i(1), i(10), i(3)}, "[1, 4, 7, 10]"},
		{":lists.seq/2", []term.Term{i(1), i(0)}, "[]"},
		{":lists.sort/1", []term.Term{l(i(3), f(1.0), i(2))}, "[1.0, 2, 3]"},
		{":lists.usort/1", []term.Term{l(i(3), i(1), i(3))}, "[1, 3]"},
		{":lists.nth/2", []term.Term{i(2), l(a("a"), a("b"))}, ":b"},
		{":lists.nth/2", []term.Term{i(3), l(a("a"), a("b"))}, "** (FunctionClauseError) no function clause matching in :lists.nth/2"},
		{":lists.sum/1", []term.Term{l(i(1), i(2), f(0.5))}, "3.5"},
		{":lists.max/1", []term.Term{l(i(1), i(7), i(2))}, "7"},
		{":lists.keyfind/3", []term.Term{a("b"), i(1), l(term.Tuple{a("a"), i(1)}, term.Tuple{a("b"), i(2)})}, "{:b, 2}"},
		{":lists.keyfind/3", []term.Term{a("c"), i(1), l(term.Tuple{a("a"), i(1)})}, "false"},
		{":lists.flatten/1", []term.Term{l(i(1), l(i(2), l(i(3))))}, "[1, 2, 3]"},
		{":maps.get/2", []term.Term{a("a"), m}, "1"},
		{":maps.get/3", []term.Term{a("c"), m, i(0)}, "0"},
		{":maps.keys/1", []term.Term{m}, "[:a, :b]"},
		{":maps.put/3", []term.Term{a("c"), i(3), m}, "%{a: 1, b: 2, c: 3}"},
		{":maps.from_list/1", []term.Term{l(term.Tuple{a("x"), i(1)})}, "%{x: 1}"},
		{":maps.get/2", []term.Term{a("z"), m}, "** (KeyError) key :z not found in: %{a: 1, b: 2}"},
		{":string.uppercase/1", []term.Term{stringToCharlist("erlang string")}, `~c"ERLANG STRING"`},
		{":string.trim/1", []term.Term{s("  hi  ")}, `"hi"`},
		{":string.split/2", []term.Term{s("a,b,c"), s(",")}, `["a", "b,c"]`},
		{":string.split/3", []term.Term{s("a,b,c"), s(","), a("all")}, `["a", "b", "c"]`},
		{":string.tokens/2", []term.Term{stringToCharlist("a  b,c"), stringToCharlist(" ,")}, `[~c"a", ~c"b", ~c"c"]`},
		{":string.to_integer/1", []term.Term{stringToCharlist("42abc")}, `{42, ~c"abc"}`},
		{":binary.split/2", []term.Term{s("a,b,c"), s(",")}, `["a", "b,c"]`},
		{":binary.split/3", []term.Term{s("a,b,,c,"), s(","), l(a("global"), a("trim"))}, `["a", "b", "", "c"]`},
		{":binary.split/3", []term.Term{s("a,b,,c,"), s(","), l(a("global"), a("trim_all"))}, `["a", "b", "c"]`},
		{":binary.part/3", []term.Term{s("abcde"), i(1), i(3)}, `"bcd"`},
		{":binary.part/3", []term.Term{s("abcde"), i(5), i(-2)}, `"de"`},
		{":binary.match/2", []term.Term{s("abcde"), l(s("cd"), s("bcd"))}, "{1, 3}"},
		{":binary.matches/2", []term.Term{s("abcab"), s("ab")}, "[{0, 2}, {3, 2}]"},
		{":binary.replace/4", []term.Term{s("abcb"), s("b"), s("x"), l(a("global"))}, `"axcx"`},
		{":binary.bin_to_list/1", []term.Term{s("😀")}, "[240, 159, 152, 128]"},
		{":binary.copy/2", []term.Term{s("ab"), i(3)}, `"ababab"`},
		{":io_lib.format/2", []term.Term{stringToCharlist("~p and ~w~n"), l(s("abc"), stringToCharlist("abc"))}, `~c"<<\"abc\">> and [97,98,99]\n"`},
		{":io_lib.format/2", []term.Term{stringToCharlist("~.2f|~10.3f|~-6s|~6s|"), l(f(3.14159), f(2.5), s("ab"), a("cd"))}, `~c"3.14|     2.500|ab    |    cd|"`},
		{":io_lib.format/2", []term.Term{stringToCharlist("~e ~b ~.16B ~8.2.0b ~c~c"), l(f(123.456), i(10), i(255), i(5), i('o'), i('k'))}, `~c"1.23456e+2 10 FF 00000101 ok"`},
		{":io_lib.format/2", []term.Term{stringToCharlist("~p"), l(term.Tuple{a("ok"), a("Elixir.Foo"), l(i(1), f(1.5)), m})}, `~c"{ok,'Elixir.Foo',[1,1.5],\#{a => 1,b => 2}}"`},
		{":io_lib.format/2", []term.Term{stringToCharlist("~p ~w"), l(i(1))}, "** (ArgumentError) argument error"},
		{":io_lib.format/2", []term.Term{stringToCharlist("~f"), l(i(1))}, "** (ArgumentError) argument error"},
		{":unicode.characters_to_binary/1", []term.Term{l(s("a"), i(0x1F600))}, `"a😀"`},
		{"System.convert_time_unit/3", []term.Term{i(1_500), a("millisecond"), a("second")}, "1"},
		{"System.convert_time_unit/3", []term.Term{i(-1), a("millisecond"), a("second")}, "-1"},
		{":timer.seconds/1", []term.Term{i(2)}, "2000"},
	})
}

func TestErlangHalt(t *testing.T) {
	defer func() {
		r := recover()
		h, ok := r.(interface{ Error() string })
		if !ok || h.Error() != "System.halt(2)" {
			t.Fatalf("got %v", r)
		}
	}()
	call(t, &textEnv{}, ":erlang.halt/1", i(2))
}

func TestIOFormatWritesStdout(t *testing.T) {
	env := &textEnv{}
	call(t, env, ":io.format/2", s("~s=~p~n"), l(s("x"), i(3)))
	if env.out.String() != "x=3\n" {
		t.Fatalf("got %q", env.out.String())
	}
}

func TestNormalizeError(t *testing.T) {
	cases := []struct {
		reason term.Term
		want   string
	}{
		{a("badarg"), "** (ArgumentError) argument error"},
		{term.Tuple{a("badmatch"), i(1)}, "** (MatchError) no match of right hand side value: 1"},
		{a("oops"), "** (ErlangError) Erlang error: :oops"},
		{a("badarith"), "** (ArithmeticError) bad argument in arithmetic expression"},
	}
	for _, c := range cases {
		if got := FormatBanner(rt.KindError, rt.NormalizeError(nil, c.reason, nil)); got != c.want {
			t.Errorf("got %q, want %q", got, c.want)
		}
	}
}

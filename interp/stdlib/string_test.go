package stdlib

import (
	"strings"
	"testing"

	"github.com/exlite/exlite/beam/term"
)

func rng(first, last, step int) term.Term {
	return term.EmptyMap.Put(a("__struct__"), a("Elixir.Range")).
		Put(a("first"), i(first)).Put(a("last"), i(last)).Put(a("step"), i(step))
}

// Expected values come from Elixir 1.18's documentation and from the
// recorded conformance outputs (tests/conformance/007, 028).
func TestStringTour(t *testing.T) {
	str := s("Elixir Programming Language")
	runCases(t, []callCase{
		{"String.length/1", []term.Term{str}, "27"},
		{"String.split/1", []term.Term{str}, `["Elixir", "Programming", "Language"]`},
		{"String.split/3", []term.Term{str, s(" "), kw("parts", 2)}, `["Elixir", "Programming Language"]`},
		{"String.split_at/2", []term.Term{str, i(6)}, `{"Elixir", " Programming Language"}`},
		{"String.slice/3", []term.Term{str, i(7), i(11)}, `"Programming"`},
		{"String.slice/2", []term.Term{str, rng(-8, -1, 1)}, `"Language"`},
		{"String.upcase/1", []term.Term{str}, `"ELIXIR PROGRAMMING LANGUAGE"`},
		{"String.downcase/1", []term.Term{str}, `"elixir programming language"`},
		{"String.capitalize/1", []term.Term{s("eLIXIR")}, `"Elixir"`},
		{"String.replace/3", []term.Term{str, s("a"), s("A")}, `"Elixir ProgrAmming LAnguAge"`},
		{"String.replace/3", []term.Term{str, l(s("Elixir"), s("Language")), s("X")}, `"X Programming X"`},
		{"String.contains?/2", []term.Term{str, s("Program")}, "true"},
		{"String.starts_with?/2", []term.Term{str, l(s("Erl"), s("Eli"))}, "true"},
		{"String.trim/2", []term.Term{s("--==hi==--"), s("-")}, `"==hi=="`},
		{"String.trim_leading/1", []term.Term{s("\n\t indented")}, `"indented"`},
		{"String.pad_leading/3", []term.Term{s("42"), i(6), s("0")}, `"000042"`},
		{"String.pad_trailing/2", []term.Term{s("Name"), i(8)}, `"Name    "`},
		{"String.pad_leading/2", []term.Term{s("abc"), i(2)}, `"abc"`},
		{"String.duplicate/2", []term.Term{s("-="), i(5)}, `"-=-=-=-=-="`},
		{"String.reverse/1", []term.Term{s("racecar")}, `"racecar"`},
		{"String.graphemes/1", []term.Term{s("abc")}, `["a", "b", "c"]`},
		{"String.codepoints/1", []term.Term{s("xyz")}, `["x", "y", "z"]`},
		{"String.to_integer/1", []term.Term{s("0042")}, "42"},
		{"String.to_float/1", []term.Term{s("3.0")}, "3.0"},
		{"String.to_atom/1", []term.Term{s("from_string")}, ":from_string"},
		{"String.to_charlist/1", []term.Term{s("chars")}, `~c"chars"`},
		{"String.at/2", []term.Term{str, i(0)}, `"E"`},
		{"String.at/2", []term.Term{str, i(-1)}, `"e"`},
		{"String.first/1", []term.Term{s("")}, "nil"},
		{"String.ends_with?/2", []term.Term{s("photo.jpg"), l(s(".jpg"), s(".png"))}, "true"},
		{"String.split/2", []term.Term{s("a b  c"), s(" ")}, `["a", "b", "", "c"]`},
		{"String.split/3", []term.Term{s("a b  c"), s(" "), kw("trim", true)}, `["a", "b", "c"]`},
		{"String.replace_trailing/3", []term.Term{s("hello!!!"), s("!"), s("?")}, `"hello???"`},
		{"String.jaro_distance/2", []term.Term{s("same"), s("same")}, "1.0"},
		{"String.bag_distance/2", []term.Term{s("abc"), s("abd")}, "0.6666666666666667"},
		{"String.split/2", []term.Term{s("a,b;c"), l(s(","), s(";"))}, `["a", "b", "c"]`},
		{"String.slice/2", []term.Term{s("hello"), rng(1, -2, 1)}, `"ell"`},
		{"String.slice/2", []term.Term{s("hello"), rng(10, 12, 1)}, `""`},
	})
}

func TestStringUnicode(t *testing.T) {
	runCases(t, []callCase{
		{"String.length/1", []term.Term{s("cafe\u0301")}, "4"},
		{"String.length/1", []term.Term{s("😀😃😄")}, "3"},
		{"String.normalize/2", []term.Term{s("cafe\u0301"), a("nfc")}, `"café"`},
		{"String.normalize/2", []term.Term{s("ﬁ"), a("nfkd")}, `"fi"`},
		{"String.normalize/2", []term.Term{s("ǅ"), a("nfkc")}, `"Dž"`},
		{"String.normalize/2", []term.Term{s("한"), a("nfd")}, show(s("\u1112\u1161\u11AB"))},
		{"String.normalize/2", []term.Term{s("\u1112\u1161\u11AB"), a("nfc")}, `"한"`},
		{"String.upcase/1", []term.Term{s("ﬁne")}, `"FINE"`},
		{"String.downcase/1", []term.Term{s("İstanbul")}, `"i̇stanbul"`},
		{"String.downcase/1", []term.Term{s("ÅNGSTRÖM")}, `"ångström"`},
		{"String.capitalize/1", []term.Term{s("ωmega")}, `"Ωmega"`},
		{"String.reverse/1", []term.Term{s("cafe\u0301")}, "\"e\u0301fac\""},
		{"String.reverse/1", []term.Term{s("😀😃😄")}, `"😄😃😀"`},
		{"String.slice/2", []term.Term{s("😀😃😄"), rng(1, 2, 1)}, `"😃😄"`},
		{"String.at/2", []term.Term{s("café"), i(3)}, `"é"`},
		{"String.next_grapheme/1", []term.Term{s("äbc")}, `{"ä", "bc"}`},
		{"String.next_codepoint/1", []term.Term{s("äbc")}, `{"ä", "bc"}`},
		{"String.graphemes/1", []term.Term{s("🇳🇴🇸🇪")}, `["🇳🇴", "🇸🇪"]`},
		{"String.length/1", []term.Term{s("🇳🇴🇸🇪")}, "2"},
		{"String.pad_trailing/3", []term.Term{s("ö"), i(3), s("-")}, `"ö--"`},
		{"String.split/2", []term.Term{s("a–b—c"), l(s("–"), s("—"))}, `["a", "b", "c"]`},
		{"String.replace/3", []term.Term{s("über über"), s("ü"), s("ue")}, `"ueber ueber"`},
		{"String.trim/1", []term.Term{s("\u00A0 nbsp \u00A0")}, `"nbsp"`},
		{"String.first/1", []term.Term{s("ñandú")}, `"ñ"`},
		{"String.last/1", []term.Term{s("ñandú")}, `"ú"`},
		{"String.valid?/1", []term.Term{s("\xC3\x28")}, "false"},
		{"String.chunk/2", []term.Term{s("ab\xFFc"), a("valid")}, `["ab", <<255>>, "c"]`},
		{"String.graphemes/1", []term.Term{s("Ńaïve")}, `["Ń", "a", "ï", "v", "e"]`},
		{"String.graphemes/1", []term.Term{s("\r\n\u0065\u0301")}, "[\"\\r\\n\", \"e\u0301\"]"},
		{"String.equivalent?/2", []term.Term{s("abc"), s("abc")}, "true"},
		{"String.equivalent?/2", []term.Term{s("man\u0303ana"), s("mañana")}, "true"},
		{"String.upcase/2", []term.Term{s("olá"), a("ascii")}, `"OLá"`},
		{"String.downcase/2", []term.Term{s("ΣΣ"), a("greek")}, `"σς"`},
		{"String.split/1", []term.Term{s("no\u00a0break")}, show(l(s("no\u00a0break")))},
	})
}

// Examples from the String docs (hexdocs.pm/elixir/1.18/String.html).
func TestStringDocExamples(t *testing.T) {
	runCases(t, []callCase{
		{"String.split/3", []term.Term{s("abc"), s(""), kw("parts", 2)}, `["", "abc"]`},
		{"String.split/2", []term.Term{s("abc"), s("")}, `["", "a", "b", "c", ""]`},
		{"String.split/3", []term.Term{s("abc"), s(""), kw("trim", true)}, `["a", "b", "c"]`},
		{"String.split/3", []term.Term{s("abc"), s(""), kw("trim", true, "parts", 2)}, `["a", "bc"]`},
		{"String.split/3", []term.Term{s(" a b c "), s(" "), kw("trim", true)}, `["a", "b", "c"]`},
		{"String.split/3", []term.Term{s("a,b,c"), s(","), kw("parts", 2)}, `["a", "b,c"]`},
		{"String.split/2", []term.Term{s("1,2 3,4"), l(s(" "), s(","))}, `["1", "2", "3", "4"]`},
		{"String.split_at/2", []term.Term{s("sweetelixir"), i(-6)}, `{"sweet", "elixir"}`},
		{"String.split_at/2", []term.Term{s("abc"), i(-1000)}, `{"", "abc"}`},
		{"String.slice/3", []term.Term{s("elixir"), i(-4), i(4)}, `"ixir"`},
		{"String.slice/3", []term.Term{s("elixir"), i(10), i(3)}, `""`},
		{"String.slice/2", []term.Term{s("elixir"), rng(0, -1, 2)}, `"eii"`},
		{"String.slice/2", []term.Term{s("elixir"), rng(1, 5, 2)}, `"lxr"`},
		{"String.slice/2", []term.Term{s("elixir"), rng(-10, 1, 1)}, `"el"`},
		{"String.pad_leading/3", []term.Term{s("abc"), i(6), l(s("1"), s("2"))}, `"121abc"`},
		{"String.replace/4", []term.Term{s("a,b,c"), s(","), s("-"), kw("global", false)}, `"a-b,c"`},
		{"String.replace/3", []term.Term{s("a,b,c"), s(""), s("-")}, `"-a-,-b-,-c-"`},
		{"String.replace/4", []term.Term{s("abc"), s(""), s(""), kw("global", false)}, `"abc"`},
		{"String.replace_leading/3", []term.Term{s("hello hello world"), s("hello "), s("ola ")}, `"ola ola world"`},
		{"String.replace_prefix/3", []term.Term{s("world"), s("hello "), s("")}, `"world"`},
		{"String.replace_suffix/3", []term.Term{s("hello world"), s(" world"), s(" mundo")}, `"hello mundo"`},
		{"String.myers_difference/2", []term.Term{s("fox hops over the dog"), s("fox jumps over the lazy cat")},
			`[eq: "fox ", del: "ho", ins: "jum", eq: "ps over the ", del: "dog", ins: "lazy cat"]`},
		{"String.jaro_distance/2", []term.Term{s("Dwayne"), s("Duane")}, "0.8222222222222223"},
		{"String.jaro_distance/2", []term.Term{s("even"), s("odd")}, "0.0"},
		{"String.jaro_distance/2", []term.Term{s("same"), s("")}, "0.0"},
		{"String.bag_distance/2", []term.Term{s("foo"), s("")}, "0.0"},
		{"String.bag_distance/2", []term.Term{s("abc"), s("")}, "0.0"},
		{"String.bag_distance/2", []term.Term{s("abcd"), s("a")}, "0.25"},
		{"String.printable?/1", []term.Term{s("abc")}, "true"},
		{"String.printable?/1", []term.Term{s("abc" + "\x00")}, "false"},
		{"String.printable?/2", []term.Term{s("abc" + "\x00"), i(2)}, "true"},
		{"String.to_integer/2", []term.Term{s("3FF"), i(16)}, "1023"},
		{"String.to_float/1", []term.Term{s("2.2017764e+0")}, "2.2017764"},
		{"String.to_float/1", []term.Term{s("3")}, "** (ArgumentError) errors were found at the given arguments:\n\n  * 1st argument: not a textual representation of a float"},
		{"String.to_integer/1", []term.Term{s("1x")}, "** (ArgumentError) errors were found at the given arguments:\n\n  * 1st argument: not a textual representation of an integer"},
		{"String.length/1", []term.Term{i(1)}, "** (FunctionClauseError) no function clause matching in String.length/1"},
		{"String.capitalize/2", []term.Term{s("iÇ"), a("turkic")}, `"İç"`},
		{"String.trim_trailing/2", []term.Term{s("abc___"), s("_")}, `"abc"`},
		{"String.replace_invalid/1", []term.Term{s("asd\xeffor")}, `"asd�for"`},
		{"String.chunk/2", []term.Term{s("abc\x00"), a("printable")}, `["abc", <<0>>]`},
		{"String.codepoints/1", []term.Term{s("\u00e9")}, `["é"]`},
		{"String.slice/2", []term.Term{s("a"), rng(1, 0, -1)}, `""`},
	})
}

func TestStringReplaceWithFunction(t *testing.T) {
	env := &textEnv{}
	bang := goFun(1, func(args []term.Term) term.Term { return term.Binary(string(args[0].(term.Binary)) + "!") })
	got := call(t, env, "String.replace/3", s("aaa"), s("a"), bang)
	if show(got) != `"a!a!a!"` {
		t.Fatalf("got %s", show(got))
	}
}

func TestGraphemeBreakTestFile(t *testing.T) {
	data, err := readUCDTest("auxiliary/GraphemeBreakTest.txt")
	if err != nil {
		t.Skip("Unicode's GraphemeBreakTest.txt is not installed:", err)
	}
	failures, total := 0, 0
	for _, line := range strings.Split(data, "\n") {
		if k := strings.IndexByte(line, '#'); k >= 0 {
			line = line[:k]
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		// ÷ 0020 × 0308 ÷ 0020 ÷
		var want []string
		var cur strings.Builder
		var all strings.Builder
		for _, f := range strings.Fields(line) {
			switch f {
			case "÷":
				if cur.Len() > 0 {
					want = append(want, cur.String())
					cur.Reset()
				}
			case "×":
			default:
				r := parseHexRune(f)
				cur.WriteRune(r)
				all.WriteRune(r)
			}
		}
		total++
		got := graphemes(all.String())
		if strings.Join(got, "|") != strings.Join(want, "|") {
			failures++
			if failures < 10 {
				t.Errorf("%s: got %q, want %q", line, got, want)
			}
		}
	}
	if failures > 0 {
		t.Errorf("%d of %d grapheme break tests fail", failures, total)
	}
}

// String.splitter/2,3 is lazy (a Stream.unfold/2 function): pieces are
// found as they are taken.
func TestStringSplitterLazy(t *testing.T) {
	env := &textEnv{}
	sp := call(t, env, "String.splitter/2", s("1,2,3"), s(","))
	if got := show(sp); !strings.HasPrefix(got, "#Function<63.103858489/2 in Stream.unfold/2>") {
		t.Errorf("String.splitter/2 gave %s, want a Stream.unfold/2 function", got)
	}
	if got := show(call(t, env, "Enum.to_list/1", sp)); got != `["1", "2", "3"]` {
		t.Errorf("Enum.to_list(String.splitter(\"1,2,3\", \",\")) = %s", got)
	}
	big := s(strings.Repeat("a b ", 1_000_000))
	if got := show(call(t, env, "Enum.take/2", call(t, env, "String.splitter/3", big, s(" "), kw("trim", true)), i(3))); got != `["a", "b", "a"]` {
		t.Errorf("Enum.take(String.splitter(big, \" \", trim: true), 3) = %s", got)
	}
	if got := show(call(t, env, "Enum.to_list/1", call(t, env, "String.splitter/2", s("abc"), s("")))); got != `["", "a", "b", "c", ""]` {
		t.Errorf("String.splitter(\"abc\", \"\") = %s", got)
	}
}

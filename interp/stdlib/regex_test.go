package stdlib

import (
	"testing"

	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/rt"
)

// re compiles ~r/src/mods through sigil_r as the evaluator does.
func re(t testing.TB, src, mods string) term.Term {
	if t != nil {
		t.Helper()
	}
	sigil, _ := lookupBuiltin(rt.ModuleAtom("Kernel"), "sigil_r", 2)
	return sigil(&textEnv{}, []term.Term{s(src), stringToCharlist(mods)})
}

// Expected values from the Regex docs (hexdocs.pm/elixir/1.18/Regex.html).
func TestRegexDocExamples(t *testing.T) {
	runCases(t, []callCase{
		{"Regex.match?/2", []term.Term{re(t, "foo", ""), s("foo")}, "true"},
		{"Regex.match?/2", []term.Term{re(t, "foo", ""), s("bar")}, "false"},
		{"Regex.match?/2", []term.Term{re(t, "FOO", "i"), s("foo")}, "true"},
		{"Regex.run/2", []term.Term{re(t, "c(d)", ""), s("abcd")}, `["cd", "d"]`},
		{"Regex.run/2", []term.Term{re(t, "e", ""), s("abcd")}, "nil"},
		{"Regex.run/3", []term.Term{re(t, "c(d)", ""), s("abcd"), kw("return", a("index"))}, "[{2, 2}, {3, 1}]"},
		{"Regex.run/3", []term.Term{re(t, "c(d)", ""), s("abcd"), kw("capture", a("first"))}, `["cd"]`},
		{"Regex.run/3", []term.Term{re(t, "c(?<foo>d)", ""), s("abcd"), kw("capture", l(s("foo"), s("bar")))}, `["d", ""]`},
		{"Regex.named_captures/2", []term.Term{re(t, "c(?<foo>d)", ""), s("abcd")}, `%{"foo" => "d"}`},
		{"Regex.named_captures/2", []term.Term{re(t, "a(?<foo>b)c(?<bar>d)", ""), s("abcd")}, `%{"bar" => "d", "foo" => "b"}`},
		{"Regex.named_captures/2", []term.Term{re(t, "a(?<foo>b)c(?<bar>d)", ""), s("efgh")}, "nil"},
		{"Regex.names/1", []term.Term{re(t, "(?<foo>bar)", "")}, `["foo"]`},
		{"Regex.scan/2", []term.Term{re(t, "c(d|e)", ""), s("abcd abce")}, `[["cd", "d"], ["ce", "e"]]`},
		{"Regex.scan/2", []term.Term{re(t, "c(?:d|e)", ""), s("abcd abce")}, `[["cd"], ["ce"]]`},
		{"Regex.scan/2", []term.Term{re(t, "e", ""), s("abcd")}, "[]"},
		{"Regex.scan/2", []term.Term{re(t, `\p{Sc}`, "u"), s("$, £, and €")}, `[["$"], ["£"], ["€"]]`},
		{"Regex.scan/3", []term.Term{re(t, "=+", ""), s("=ü†ƒ8==="), kw("return", a("index"))}, "[[{0, 1}], [{9, 3}]]"},
		{"Regex.scan/2", []term.Term{re(t, "ab|bc|cd", ""), s("abbccd")}, `[["ab"], ["bc"], ["cd"]]`},
		{"Regex.scan/3", []term.Term{re(t, "c(d|e)", ""), s("abcd abce"), kw("capture", a("first"))}, `[["cd"], ["ce"]]`},
		{"Regex.split/2", []term.Term{re(t, "-", ""), s("a-b-c")}, `["a", "b", "c"]`},
		{"Regex.split/3", []term.Term{re(t, "-", ""), s("a-b-c"), kw("parts", 2)}, `["a", "b-c"]`},
		{"Regex.split/2", []term.Term{re(t, "-", ""), s("abc")}, `["abc"]`},
		{"Regex.split/2", []term.Term{re(t, "", ""), s("abc")}, `["", "a", "b", "c", ""]`},
		{"Regex.split/2", []term.Term{re(t, "a(?<second>b)c", ""), s("abc")}, `["", ""]`},
		{"Regex.split/3", []term.Term{re(t, "a(?<second>b)c", ""), s("abc"), kw("on", l(a("second")))}, `["a", "c"]`},
		{"Regex.split/3", []term.Term{re(t, "(x)", ""), s("Elixir"), kw("include_captures", true)}, `["Eli", "x", "ir"]`},
		{"Regex.split/3", []term.Term{re(t, "a", ""), s("abc"), kw("include_captures", true)}, `["", "a", "bc"]`},
		{"Regex.split/3", []term.Term{re(t, " ", ""), s(" a b "), kw("trim", true)}, `["a", "b"]`},
		{"Regex.replace/3", []term.Term{re(t, "d", ""), s("abc"), s("d")}, `"abc"`},
		{"Regex.replace/3", []term.Term{re(t, "b", ""), s("abc"), s("d")}, `"adc"`},
		{"Regex.replace/3", []term.Term{re(t, "b", ""), s("abc"), s(`[\0]`)}, `"a[b]c"`},
		{"Regex.replace/3", []term.Term{re(t, "a(b|d)c", ""), s("abcadc"), s(`[\1]`)}, `"[b][d]"`},
		{"Regex.replace/3", []term.Term{re(t, `\.(\d)$`, ""), s("500.5"), s(`.\g{1}0`)}, `"500.50"`},
		{"Regex.replace/4", []term.Term{re(t, "a", ""), s("abcadc"), s("A"), kw("global", false)}, `"Abcadc"`},
		{"Regex.escape/1", []term.Term{s(".")}, `"\\."`},
		{"Regex.escape/1", []term.Term{s(`\what if`)}, `"\\\\what\\ if"`},
		{"Regex.source/1", []term.Term{re(t, "foo", "")}, `"foo"`},
		{"Regex.opts/1", []term.Term{re(t, "foo", "im")}, "[:multiline, :caseless]"},
		{"Regex.regex?/1", []term.Term{re(t, "foo", "")}, "true"},
		{"Regex.regex?/1", []term.Term{i(0)}, "false"},
		{"Regex.compile/1", []term.Term{s("*foo")}, `{:error, {~c"nothing to repeat", 0}}`},
		{"Kernel.=~/2", []term.Term{s("abcd"), re(t, "c(d)", "")}, "true"},
		{"Kernel.=~/2", []term.Term{s("abcd"), s("bc")}, "true"},
		{"String.split/2", []term.Term{s("a1b22c"), re(t, `\d+`, "")}, `["a", "b", "c"]`},
		{"String.replace/3", []term.Term{s("a1b22c"), re(t, `\d`, ""), s("#")}, `"a#b##c"`},
		{"Regex.match?/2", []term.Term{re(t, "a b # comment\n c", "x"), s("abc")}, "true"},
	})
}

func TestRegexUnsupportedNamesFeature(t *testing.T) {
	e := raised(func() { re(t, `(?R)`, "") })
	if e == nil || e.Error() != `** (Regex.CompileError) exlite does not support recursion and subroutine calls at position 0` {
		t.Fatalf("got %v", e)
	}
	e = raised(func() { re(t, `(`, "") })
	if e == nil || e.Error() != `** (Regex.CompileError) missing ) at position 1` {
		t.Fatalf("got %v", e)
	}
}

func TestRegexReplaceWithFunction(t *testing.T) {
	fn := goFun(2, func(args []term.Term) term.Term {
		return term.Binary("[" + string(args[1].(term.Binary)) + "]")
	})
	got := call(t, &textEnv{}, "Regex.replace/3", re(t, "a(b|d)c", ""), s("abcadc"), fn)
	if show(got) != `"[b][d]"` {
		t.Fatalf("got %s", show(got))
	}
}

func TestRegexInspect(t *testing.T) {
	if got := show(re(t, "a/b", "iu")); got != `~r/a\/b/iu` {
		t.Fatalf("got %s", got)
	}
}

func TestRegexUnicodeClasses(t *testing.T) {
	runCases(t, []callCase{
		{"String.match?/2", []term.Term{s("josé"), re(t, `^[[:lower:]]+$`, "")}, "false"},
		{"String.match?/2", []term.Term{s("josé"), re(t, `^[[:lower:]]+$`, "u")}, "true"},
		{"Regex.replace/3", []term.Term{re(t, `\s`, ""), s("Unicode\u00A0spaces"), s("-")}, show(s("Unicode\u00A0spaces"))},
		{"Regex.replace/3", []term.Term{re(t, `\s`, "u"), s("Unicode\u00A0spaces"), s("-")}, `"Unicode-spaces"`},
		{"Regex.match?/2", []term.Term{re(t, `^\w+$`, "u"), s("ñandú")}, "true"},
		{"Regex.match?/2", []term.Term{re(t, `^\w+$`, ""), s("ñandú")}, "false"},
		{"Regex.match?/2", []term.Term{re(t, `a\sb`, ""), s("a\vb")}, "true"},
		{"String.split/3", []term.Term{s("a b\tc"), re(t, `[\s]+`, ""), l()}, `["a", "b", "c"]`},
		{"String.split/2", []term.Term{s("a,b;c"), call(t, &textEnv{}, ":binary.compile_pattern/1", l(s(","), s(";")))}, `["a", "b", "c"]`},
		{"String.byte_slice/3", []term.Term{s("héllo"), i(2), i(3)}, `"llo"`},
		{"String.byte_slice/3", []term.Term{s("héllo"), i(1), i(2)}, `"é"`},
		{"String.contains?/2", []term.Term{s("elixir of life"), l(s(""), s("other"))}, "true"},
	})
}

// Checked against real Elixir: PCRE reports an empty match right after a
// non-empty one.
func TestRegexEmptyMatchesAsPCRE(t *testing.T) {
	runCases(t, []callCase{
		{"Regex.scan/2", []term.Term{re(t, "a*", ""), s("baaa")}, `[[""], ["aaa"], [""]]`},
		{"Regex.split/2", []term.Term{re(t, `\s*`, ""), s("ab c")}, `["", "a", "b", "", "c", ""]`},
		{"Regex.replace/3", []term.Term{re(t, "x*", ""), s("abc"), s("-")}, `"-a-b-c-"`},
		{"Regex.scan/2", []term.Term{re(t, `\d+`, ""), s("a1b22")}, `[["1"], ["22"]]`},
	})
}

// TestRegexLiteralError checks the messages Regex.compile!/2 raises, as
// Elixir 1.18 on OTP 25 words them, for the literals the evaluator checks.
func TestRegexLiteralError(t *testing.T) {
	cases := []struct {
		src, mods, want string
		bad             bool
	}{
		{"a+", "i", "", false},
		{"(", "", "missing ) at position 1", true},
		{"a)", "", "unmatched parentheses at position 1", true},
		{"[a-", "i", "missing terminating ] for character class at position 3", true},
		{"a", "iz", "invalid_option at position z", true},
	}
	for _, c := range cases {
		got, bad := RegexLiteralError(c.src, c.mods)
		if got != c.want || bad != c.bad {
			t.Errorf("RegexLiteralError(%q, %q) = %q, %v; want %q, %v", c.src, c.mods, got, bad, c.want, c.bad)
		}
	}
}

package inspect

import (
	"strings"
	"testing"
)

// render is group(doc) formatted at width, as the helper of Elixir's
// algebra tests.
func render(doc Doc, width int) string { return Format(Group(doc), width) }

func T(s string) Doc { return Text(s) }

func glue(a, b Doc) Doc { return Glue(a, " ", b) }

// Expectations from Elixir 1.18.4's test suite
// (lib/elixir/test/elixir/inspect/algebra_test.exs).
func TestAlgebra(t *testing.T) {
	x50 := strings.Repeat("x", 50)
	force := ForceUnfit(Concat(glue(glue(glue(T("hello"), T("a")), T("b")), T("c")), T("d")))
	containerOf := func(docs []Doc, tail bool, limit int) Doc {
		o := Default()
		o.Limit = limit
		return ContainerDoc(T("["), Items{N: len(docs), Tail: tail, Item: func(i int, _ Options) Doc { return docs[i] }}, T("]"), o, ",", BreakMaybe)
	}
	E := Empty()
	tests := []struct {
		name  string
		doc   Doc
		width int
		want  string
	}{
		{"empty", Empty(), 80, ""},
		{"strict break", Break("_"), 80, "_"},
		{"strict glue", Glue(T("foo"), " ", Glue(T("bar"), " ", T("baz"))), 10, "foo\nbar\nbaz"},
		{"flex break", FlexBreak("_"), 80, "_"},
		{"flex glue", FlexGlue(T("foo"), " ", FlexGlue(T("bar"), " ", T("baz"))), 10, "foo bar\nbaz"},
		{"binary", T("_"), 80, "_"},
		{"string counts characters", Glue(String("olá"), " ", String("mundo")), 9, "olá mundo"},
		{"binary counts bytes", Glue(T("olá"), " ", T("mundo")), 9, "olá\nmundo"},
		{"nest", Nest(T("a"), 1), 80, "a"},
		{"nest glue", Nest(glue(T("a"), T("b")), 1), 2, "a\n b"},
		{"nest line", Nest(LineBetween(T("a"), T("b")), 1), 20, "a\n b"},
		{"break nest", NestOnBreak(T("a"), 1), 80, "a"},
		{"break nest glue", NestOnBreak(glue(T("a"), T("b")), 1), 2, "a\n b"},
		{"break nest line", NestOnBreak(LineBetween(T("a"), T("b")), 1), 20, "a\nb"},
		{"cursor nest", NestCursor(T("a")), 80, "a"},
		{"cursor nest glue", Concat(T("prefix "), NestCursor(glue(T("a"), T("b")))), 2, "prefix a\n       b"},
		{"cursor nest line", Concat(T("prefix "), NestCursor(LineBetween(T("a"), T("b")))), 2, "prefix a\n       b"},
		{"reset nest", NestReset(T("a")), 80, "a"},
		{"reset nest glue", Nest(NestReset(glue(T("a"), T("b"))), 10), 2, "a\nb"},
		{"reset nest line", Nest(NestReset(LineBetween(T("a"), T("b"))), 10), 2, "a\nb"},
		{"color fits", glue(Concat(Color(T("AA"), "\x1b[36m"), Color(E, "\x1b[0m")), T("BB")), 5, "\x1b[36mAA\x1b[0m BB"},
		{"color breaks", glue(Concat(Color(T("AA"), "\x1b[36m"), Color(E, "\x1b[0m")), T("BB")), 3, "\x1b[36mAA\x1b[0m\nBB"},
		{"line", LineBetween(glue(T("aaa"), T("bbb")), glue(T("ccc"), T("ddd"))), 10, "aaa bbb\nccc ddd"},
		{"group", Group(Concat(glue(glue(glue(T("hello"), T("a")), T("b")), T("c")), T("d"))), 5, "hello\na\nb\ncd"},
		{"group self", Concat(glue(glue(Group(glue(T("a"), T("b"))), T("c")), T("d")), T("hello")), 5, "a b\nc\ndhello"},
		{"group inherit", Concat(glue(glue(GroupInherit(glue(T("a"), T("b"))), T("c")), T("d")), T("hello")), 5, "a\nb\nc\ndhello"},
		{"no limit", NoLimit(Group(glue(glue(T("hello"), T("a")), T("b")))), 5, "hello a b"},
		{"no limit infinity", NoLimit(Group(glue(glue(T("hello"), T("a")), T("b")))), Infinity, "hello a b"},
		{"collapse 3 lines", Concat(CollapseLines(2), Line(), Line(), Line()), 10, "\n\n"},
		{"collapse 3 lines nested", Nest(Concat(CollapseLines(2), Line(), Line(), Line()), 2), 10, "\n\n  "},
		{"collapse 2 lines", Concat(CollapseLines(2), Line(), Line()), 10, "\n\n"},
		{"collapse 1 line nested", Nest(Concat(CollapseLines(2), Line()), 2), 10, "\n  "},
		{"collapse with empties", Concat(CollapseLines(2), Line(), T(""), Line(), T(""), Line()), 10, "\n\n"},
		{"collapse with empties nested", Nest(Concat(CollapseLines(2), Line(), T(""), Line(), T(""), Line()), 2), 10, "\n\n  "},
		{"collapse stops at text", Concat(CollapseLines(2), Line(), T("foo"), Line(), T("bar"), Line()), 10, "\nfoo\nbar\n"},
		{"collapse stops at text nested", Nest(Concat(CollapseLines(2), Line(), T("foo"), Line(), T("bar"), Line()), 2), 10, "\n  foo\n  bar\n  "},
		{"force unfit", force, 20, "hello\na\nb\ncd"},
		{"next break fits", NextBreakFits(force, true), 20, "hello a b cd"},
		{"next break fits disabled", NextBreakFits(NextBreakFits(force, true), false), 20, "hello\na\nb\ncd"},
		{"groups with lines", Group(LineBetween(glue(T("a"), T("b")), glue(T("hello"), T("world")))), 5, "a\nb\nhello\nworld"},
		{"groups with lines wide", Group(LineBetween(glue(T("a"), T("b")), glue(T("hello"), T("world")))), 100, "a b\nhello world"},
		{"infinity", Group(Glue(Glue(Glue(Glue(T(x50), ";", T(x50)), ";", T(x50)), ";", T(x50)), ";", T(x50))), Infinity, strings.Join([]string{x50, x50, x50, x50, x50}, ";")},
		{"container empty", containerOf(nil, false, 50), 80, "[]"},
		{"container one empty", containerOf([]Doc{E}, false, 50), 80, "[]"},
		{"container two empty", containerOf([]Doc{E, E}, false, 50), 80, "[]"},
		{"container a", containerOf([]Doc{T("a")}, false, 50), 80, "[a]"},
		{"container a empty", containerOf([]Doc{T("a"), E}, false, 50), 80, "[a]"},
		{"container empty a", containerOf([]Doc{E, T("a")}, false, 50), 80, "[a]"},
		{"container a empty b", containerOf([]Doc{T("a"), E, T("b")}, false, 50), 80, "[a, b]"},
		{"container empty a b", containerOf([]Doc{E, T("a"), T("b")}, false, 50), 80, "[a, b]"},
		{"container a b empty", containerOf([]Doc{T("a"), T("b"), E}, false, 50), 80, "[a, b]"},
		{"container improper", containerOf([]Doc{T("a"), T("b"), T("c")}, true, 50), 80, "[a, b | c]"},
		{"container improper short", containerOf([]Doc{T("a"), T("b")}, true, 50), 80, "[a | b]"},
		{"container improper empty tail", containerOf([]Doc{T("a"), E}, true, 50), 80, "[a]"},
		{"container improper empty head", containerOf([]Doc{E, T("b")}, true, 50), 80, "[b]"},
		{"container empty and limit", containerOf([]Doc{T("a"), E, T("b")}, false, 2), 80, "[a, b]"},
	}
	for _, tc := range tests {
		if got := render(tc.doc, tc.width); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}

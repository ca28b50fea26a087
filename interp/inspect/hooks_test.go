package inspect

import (
	"strconv"
	"strings"
	"testing"

	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/rt"
)

// Expectations of Elixir 1.18.4's test suite for derived Inspect
// implementations (@derive {Inspect, only: [:b, :c]}).
func TestDerivedStructDoc(t *testing.T) {
	s := structOf("Inspect.MapTest.StructWithOnlyOption", atom("a"), term.Int(1), atom("b"), term.Int(2), atom("c"), term.Int(3), atom("d"), term.Int(4))
	name := AtomLiteral("Elixir.Inspect.MapTest.StructWithOnlyOption")
	only := []term.Atom{atom("b"), atom("c")}
	o := Default()
	if got, want := Format(Group(DerivedStructDoc(s, name, only, o)), Infinity), "#Inspect.MapTest.StructWithOnlyOption<b: 2, c: 3, ...>"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if got, want := Format(Group(DerivedStructDoc(s, name, only, o)), 1), "#Inspect.MapTest.StructWithOnlyOption<\n  b: 2,\n  c: 3,\n  ...\n>"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if got, want := Format(Group(DerivedStructDoc(s, name, nil, o)), Infinity), "#Inspect.MapTest.StructWithOnlyOption<...>"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// A Program's InspectStruct stands for a program's defimpl Inspect: this one is the
// Nested example of Elixir's test suite, which reads custom_options and
// calls inspect/2 recursively.
func TestCustomHook(t *testing.T) {
	nestedMod := atom("Elixir.Nested")
	var custom func(t term.Term, opts Options) (Doc, bool)
	custom = func(t term.Term, opts Options) (Doc, bool) {
		m := t.(*term.Map)
		if mod, _ := m.Get(atomStruct); mod != term.Term(nestedMod) {
			return nil, false
		}
		indent, level := 2, 1
		items, _ := term.ListToSlice(opts.CustomOptions)
		for _, it := range items {
			kv := it.(term.Tuple)
			switch kv[0].(term.Atom).Name() {
			case "indent":
				indent = int(kv[1].(term.Int))
			case "level":
				level = int(kv[1].(term.Int))
			}
		}
		inner, _ := m.Get(atom("nested"))
		o := Default()
		o.Program = testProgram{custom: custom}
		o.CustomOptions = kw("level", term.Int(level+1), "indent", term.Int(indent+2))
		nestedStr := Inspect(inner, o)
		head := "#Nested[#" + strconv.Itoa(level) + "/" + strconv.Itoa(indent) + "]<"
		return Concat(
			Nest(LineBetween(Text(head), Text(nestedStr)), indent),
			Nest(LineBetween(Text(""), Text(">")), indent-2),
		), true
	}
	o := Default()
	o.Program = testProgram{custom: custom}
	v := kv(atom("__struct__"), nestedMod, atom("nested"), kv(atom("__struct__"), nestedMod, atom("nested"), term.Int(42)))
	if got, want := Inspect(v, o), "#Nested[#1/2]<\n  #Nested[#2/4]<\n    42\n  >\n>"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	// structs: false bypasses implementations.
	o.Structs = false
	if got, want := Inspect(v, o), "%{__struct__: Nested, nested: %{__struct__: Nested, nested: 42}}"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestDocTermRoundTrip(t *testing.T) {
	docs := []Doc{
		Empty(), Line(), Text("a"), String("olá"),
		Group(Concat(Text("["), Nest(FlexGlue(Text("1,"), " ", Text("2")), 1), Text("]"))),
		GroupInherit(Glue(Text("a"), "", Text("b"))),
		NestCursor(Text("x")), NestReset(Text("x")), NestOnBreak(Text("x"), 3),
		NextBreakFits(Text("x"), true), NextBreakFits(Text("x"), false),
		ForceUnfit(Text("x")), CollapseLines(2), Color(Text("x"), "\x1b[31m"), NoLimit(Text("x")),
	}
	for _, d := range docs {
		tm := DocToTerm(d)
		back, ok := DocFromTerm(tm)
		if !ok {
			t.Errorf("DocFromTerm(%s) failed", Inspect(tm, Default()))
			continue
		}
		if !term.StrictEqual(DocToTerm(back), tm) {
			t.Errorf("round trip of %s gave %s", Inspect(tm, Default()), Inspect(DocToTerm(back), Default()))
		}
	}
	// Elixir's own representation.
	want := `{:doc_group, {:doc_cons, "a", {:doc_cons, {:doc_break, " ", :strict}, "b"}}, :self}`
	if got := Inspect(DocToTerm(Group(Glue(Text("a"), " ", Text("b")))), Default()); got != want {
		t.Errorf("got %s, want %s", got, want)
	}
	for _, bad := range []term.Term{term.Int(1), atom("foo"), tuple(atom("doc_cons"), str("a")), tuple(atom("doc_nest"), str("a"), atom("x"), atom("always"))} {
		if _, ok := DocFromTerm(bad); ok {
			t.Errorf("DocFromTerm(%s) accepted a non-document", Inspect(bad, Default()))
		}
	}
}

func TestOptionsTerm(t *testing.T) {
	o := Default()
	o.Limit = Infinity
	o.Width = 30
	o.Pretty = true
	o.Base = BaseHex
	o.Charlists = CharlistsAsLists
	o.Binaries = BinariesAsStrings
	o.Structs = false
	o.CustomOptions = kw("level", term.Int(2))
	m := OptionsToTerm(o)
	want := `%Inspect.Opts{base: :hex, binaries: :as_strings, char_lists: :infer, charlists: :as_lists, custom_options: [level: 2], inspect_fun: &Inspect.inspect/2, limit: :infinity, pretty: true, printable_limit: 4096, safe: true, structs: false, syntax_colors: [], width: 30}`
	if got := Inspect(m, Default()); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	back := OptionsFromTerm(nil, m)
	if back.Limit != o.Limit || back.Width != o.Width || !back.Pretty || back.Base != o.Base ||
		back.Charlists != o.Charlists || back.Binaries != o.Binaries || back.Structs ||
		!term.StrictEqual(back.CustomOptions, o.CustomOptions) || back.PrintableLimit != 4096 {
		t.Errorf("round trip gave %+v", back)
	}
}

func TestOptionsFromKeyword(t *testing.T) {
	o, label, has := OptionsFromKeyword(nil, kw("label", str("x"), "limit", atom("infinity"), "width", term.Int(10),
		"pretty", term.True, "base", atom("octal"), "charlists", atom("as_charlists"),
		"binaries", atom("as_binaries"), "printable_limit", term.Int(3), "structs", term.False, "unknown", term.Int(1)))
	if !has || label != "x" || o.Limit != Infinity || o.Width != 10 || !o.Pretty || o.Base != BaseOctal ||
		o.Charlists != CharlistsAsCharlists || o.Binaries != BinariesAsBinaries || o.PrintableLimit != 3 || o.Structs {
		t.Errorf("got %+v label %q %v", o, label, has)
	}
	if _, _, has := OptionsFromKeyword(nil, kw("label", term.NilAtom)); has {
		t.Errorf("label: nil should mean no label")
	}
	for _, l := range []struct {
		v    term.Term
		want string
	}{{atom("atom"), "atom"}, {term.Int(12), "12"}, {term.Float(1500), "1.5e3"}, {list(str("ab"), term.Int('c'), list(term.Int('d'))), "abcd"}, {str("s"), "s"}} {
		if _, got, _ := OptionsFromKeyword(nil, kw("label", l.v)); got != l.want {
			t.Errorf("label %s: got %q, want %q", Inspect(l.v, Default()), got, l.want)
		}
	}
	func() {
		defer func() {
			e, ok := recover().(*rt.Error)
			if !ok || rt.ExceptionName(e.Value) != "ArgumentError" {
				t.Errorf("bad option: recovered %v", e)
			}
		}()
		OptionsFromKeyword(nil, kw("limit", atom("foo")))
	}()
}

func TestInspectLabelAndInspector(t *testing.T) {
	// The label does not count towards the width (030's first line is
	// 80 columns without a label).
	l := list(ints(1, 30)...)
	o := Default()
	o.Width = 20
	if got, want := InspectLabel(l, "a long label that exceeds the width", o), "a long label that exceeds the width: [1, 2, 3, 4, 5, 6,\n 7, 8, 9, 10, 11,\n 12, 13, 14, 15, 16,\n 17, 18, 19, 20, 21,\n 22, 23, 24, 25, 26,\n 27, 28, 29, 30]"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if got := rt.Inspect(nil, kv(atom("a"), str("b"))); got != `%{a: "b"}` {
		t.Errorf("rt.Inspect gave %q", got)
	}
	e := &rt.Error{Kind: rt.KindThrow, Value: tuple(atom("oops"), term.Int(1))}
	if got := e.Error(); got != "** (throw) {:oops, 1}" {
		t.Errorf("got %q", got)
	}
}

func TestPidsRefsFuns(t *testing.T) {
	cases := []struct {
		t    term.Term
		want string
	}{
		{term.Pid{ID: 94}, "#PID<0.94.0>"},
		{term.Ref{ID: 7}, "#Reference<0.0.0.7>"},
		{&term.Fun{Module: atom("Elixir.Mod"), Name: atom("-run/1-fun-0-"), Arity: 2, Index: 1, Uniq: 99}, "#Function<1.99/2 in Mod.run/1>"},
		{&term.Fun{Module: atom("Elixir.Mod"), Name: atom("run"), Arity: 2, Index: 1, Uniq: 99}, "#Function<1.99/2 in Mod.run>"},
		{&term.Fun{Module: atom("elixir_compiler_0"), Name: atom("-__FILE__/1-fun-0-"), Arity: 1, Index: 0, Uniq: 5, File: "script.exs"}, "#Function<0.5 in file:script.exs>"},
		{&term.Fun{Arity: 0, Index: 3, Uniq: 4}, "#Function<3.4/0>"},
		{&term.Fun{Module: atom("Elixir.Kernel"), Name: atom("+"), Arity: 2, External: true}, "&Kernel.+/2"},
		{&term.Fun{Module: atom("Elixir.Kernel"), Name: atom("is_atom"), Arity: 1, External: true}, "&Kernel.is_atom/1"},
		{&term.Fun{Module: atom("Elixir.M"), Name: atom("Foo"), Arity: 1, External: true}, `&M."Foo"/1`},
		{list(term.Pid{ID: 1}, term.Pid{ID: 2}), "[#PID<0.1.0>, #PID<0.2.0>]"},
	}
	for _, tc := range cases {
		if got := Inspect(tc.t, Default()); got != tc.want {
			t.Errorf("got %q, want %q", got, tc.want)
		}
	}
}

func TestNegativeMeansInfinity(t *testing.T) {
	o := Default()
	o.Limit, o.PrintableLimit, o.Width = -1, -1, -1
	l := list(ints(1, 60)...)
	if got := InspectLabel(l, "", o); strings.Contains(got, "\n") || strings.Contains(got, "...") {
		t.Errorf("got %q", got)
	}
	if got := Inspect(dup("a", 5000), o); strings.Contains(got, "<>") {
		t.Errorf("printable limit applied: %q", got[len(got)-20:])
	}
}

package stdlib

import (
	"strings"
	"testing"

	"github.com/exlite/exlite/beam/term"
)

// Output expectations from tests/conformance/029_io_inspect_options.out.
func TestIOPutsWriteInspect(t *testing.T) {
	env := &textEnv{}
	call(t, env, "IO.puts/1", s("IO.puts adds a newline"))
	call(t, env, "IO.write/1", s("IO.write does not"))
	call(t, env, "IO.write/1", s(" - see?\n"))
	call(t, env, "IO.puts/1", l(s("lists "), l(s("are "), s("iodata")), i('!')))
	call(t, env, "IO.puts/1", a("atoms_work"))
	call(t, env, "IO.puts/1", i(100))
	m := term.EmptyMap.Put(a("id"), i(1)).Put(a("tags"), l(s("a"), s("b")))
	if got := call(t, env, "IO.inspect/1", m); got != term.Term(m) {
		t.Errorf("IO.inspect must return its argument")
	}
	call(t, env, "IO.inspect/2", i(1), kw("label", "returned value id"))
	call(t, env, "IO.inspect/2", l(i(1), i(2)), kw("label", "with label"))
	call(t, env, "IO.inspect/2", f(3.0), kw("label", "float"))
	call(t, env, "IO.inspect/2", i(255), kw("label", "hex", "base", a("hex")))
	call(t, env, "IO.inspect/2", l(i(10), i(11)), kw("label", "hex list"))
	call(t, env, "IO.inspect/2", l(i(97), i(98), i(99)), kw("label", "codes", "charlists", a("as_lists")))
	call(t, env, "IO.puts/2", a("stderr"), s("to stderr"))
	want := `IO.puts adds a newline
IO.write does not - see?
lists are iodata!
atoms_work
100
%{id: 1, tags: ["a", "b"]}
returned value id: 1
with label: [1, 2]
float: 3.0
hex: 0xFF
hex list: ~c"\n\v"
codes: [97, 98, 99]
`
	if env.out.String() != want {
		t.Errorf("stdout:\n%s\nwant:\n%s", env.out.String(), want)
	}
	if env.err.String() != "to stderr\n" {
		t.Errorf("stderr: %q", env.err.String())
	}
}

func TestToStringAndInspect(t *testing.T) {
	runCases(t, []callCase{
		{"Kernel.to_string/1", []term.Term{f(1500.0)}, `"1.5e3"`},
		{"Kernel.to_string/1", []term.Term{f(0.1)}, `"0.1"`},
		{"Kernel.to_string/1", []term.Term{a("nil")}, `""`},
		{"Kernel.to_string/1", []term.Term{a("abc")}, `"abc"`},
		{"Kernel.to_string/1", []term.Term{l(i('a'), s("bc"), l(i('d')))}, `"abcd"`},
		{"Kernel.to_string/1", []term.Term{l(i(0x1F600))}, `"😀"`},
		{"Kernel.to_string/1", []term.Term{term.Tuple{i(1)}}, "** (Protocol.UndefinedError) protocol String.Chars not implemented for type Tuple\n\nGot value:\n\n    {1}"},
		{"Kernel.inspect/1", []term.Term{s("quoted")}, `"\"quoted\""`},
		{"Kernel.inspect/2", []term.Term{l(i(1), i(2), i(3)), kw("limit", 2)}, `"[1, 2, ...]"`},
		{"IO.iodata_to_binary/1", []term.Term{l(s("a"), l(i(98), s("c")))}, `"abc"`},
		{"IO.iodata_length/1", []term.Term{l(s("a"), l(i(98), s("cd")))}, "4"},
		{"IO.iodata_to_binary/1", []term.Term{l(i(300))}, "** (ArgumentError) errors were found at the given arguments:\n\n  * 1st argument: not an iodata term"},
		{"IO.chardata_to_string/1", []term.Term{l(i(0x00E6), i(0x00DF))}, `"æß"`},
		{"IO.ANSI.red/0", nil, `"\e[31m"`},
		{"IO.ANSI.format/2", []term.Term{l(a("red"), s("hi")), a("true")}, `[[[[] | "\e[31m"], "hi"] | "\e[0m"]`},
		{"IO.ANSI.format/2", []term.Term{l(a("red"), s("hi")), a("false")}, `[[], "hi"]`},
	})
}

func TestIOGets(t *testing.T) {
	env := &textEnv{in: strings.NewReader("first line\nsecond")}
	if got := show(call(t, env, "IO.gets/1", s("> "))); got != `"first line\n"` {
		t.Errorf("gets 1: %s", got)
	}
	if got := show(call(t, env, "IO.read/1", a("eof"))); got != `"second"` {
		t.Errorf("read eof: %s", got)
	}
	if got := show(call(t, env, "IO.gets/1", s(""))); got != ":eof" {
		t.Errorf("gets at eof: %s", got)
	}
	if env.out.String() != "> " {
		t.Errorf("prompt: %q", env.out.String())
	}
}

func TestListTextConversions(t *testing.T) {
	runCases(t, []callCase{
		{"List.to_string/1", []term.Term{l(i(0x1F600))}, `"😀"`},
		{"List.to_string/1", []term.Term{l(i(97), s("bc"), l(i(100)))}, `"abcd"`},
		{"List.to_integer/2", []term.Term{stringToCharlist("ff"), i(16)}, "255"},
		{"List.to_float/1", []term.Term{stringToCharlist("2.5")}, "2.5"},
		{"List.to_atom/1", []term.Term{stringToCharlist("abc")}, ":abc"},
	})
}

package inspect

import (
	"os"
	"strings"
	"testing"

	"github.com/exlite/exlite/beam/term"
)

// call is one printing call of a conformance program, rebuilt by hand:
// IO.inspect(t, opts) when io is set, else IO.puts(inspect(t, opts)).
type call struct {
	io    bool
	label string
	t     term.Term
	opt   func(*Options)
}

func ioInspect(t term.Term, label string, opt func(*Options)) call {
	return call{io: true, label: label, t: t, opt: opt}
}

func putsInspect(t term.Term, opt func(*Options)) call {
	return call{t: t, opt: opt}
}

func (c call) run() string {
	o := Default()
	if c.opt != nil {
		c.opt(&o)
	}
	if c.io {
		return InspectLabel(c.t, c.label, o) + "\n"
	}
	return Inspect(c.t, o) + "\n"
}

// checkProgram compares the calls' output with the recorded output of a
// conformance program, from line skip on.
func checkProgram(t *testing.T, name string, skip int, calls []call) {
	t.Helper()
	data, err := os.ReadFile("../../tests/conformance/" + name + ".out")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitAfter(string(data), "\n")
	want := strings.Join(lines[skip:], "")
	var got strings.Builder
	for _, c := range calls {
		got.WriteString(c.run())
	}
	if got.String() != want {
		gl := strings.SplitAfter(got.String(), "\n")
		wl := strings.SplitAfter(want, "\n")
		for i := 0; i < len(gl) || i < len(wl); i++ {
			var g, w string
			if i < len(gl) {
				g = gl[i]
			}
			if i < len(wl) {
				w = wl[i]
			}
			if g != w {
				t.Errorf("%s line %d:\n got %q\nwant %q", name, skip+i+1, g, w)
				return
			}
		}
	}
}

func withLimit(n int) func(*Options) { return func(o *Options) { o.Limit = n } }
func withWidth(n int) func(*Options) { return func(o *Options) { o.Width = n } }
func pretty(o *Options)              { o.Pretty = true }
func infinite(o *Options)            { o.Limit = Infinity }
func printable(n int) func(*Options) { return func(o *Options) { o.PrintableLimit = n } }
func both(fs ...func(*Options)) func(*Options) {
	return func(o *Options) {
		for _, f := range fs {
			f(o)
		}
	}
}

func TestConformance029(t *testing.T) {
	x := kv(atom("id"), term.Int(1), atom("tags"), list(str("a"), str("b")))
	calls := []call{
		ioInspect(x, "", nil),
		ioInspect(term.Int(1), "returned value id", nil),
		ioInspect(list(term.Int(1), term.Int(2)), "with label", nil),
		ioInspect(tuple(atom("nested"), list(term.Int(1), tuple(term.Int(2), list(term.Int(3), kv(atom("four"), term.Int(4)))))), "nested", nil),
		ioInspect(str(`string with "quotes"`), "", nil),
		ioInspect(term.List(charTerms("single quotes are a charlist")...), "", nil),
		ioInspect(term.List(charTerms("plain")...), "", nil),
		ioInspect(list(ints(0, 2)...), "", nil),
		ioInspect(str("\x01\x02\x03"), "", nil),
		ioInspect(str("abc\x00"), "", nil),
		ioInspect(&term.Bitstring{Data: "\x20", Bits: 3}, "", nil),
		ioInspect(atom("a"), "atom", nil),
		ioInspect(term.Float(3.0), "float", nil),
		ioInspect(term.Float(-0.5), "neg float", nil),
		ioInspect(term.Int(1000000), "int", nil),
		ioInspect(term.Int(1000000), "delimited", infinite),
		ioInspect(kv(str("k"), atom("v")), "string keys", nil),
		ioInspect(kw("a", kw("b", kw("c", term.Int(1)))), "nested keyword", nil),
		ioInspect(list(tuple(atom("a"), term.Int(1)), atom("b")), "not keyword", nil),
		ioInspect(term.Int(255), "hex", func(o *Options) { o.Base = BaseHex }),
		ioInspect(list(term.Int(10), term.Int(11)), "hex list", func(o *Options) { o.Base = BaseHex }),
		ioInspect(str("abc"), "bytes", func(o *Options) { o.Binaries = BinariesAsBinaries }),
		ioInspect(term.List(charTerms("abc")...), "codes", func(o *Options) { o.Charlists = CharlistsAsLists }),
		ioInspect(term.Tuple{}, "empty tuple", nil),
		ioInspect(term.EmptyMap, "empty map", nil),
		ioInspect(term.Nil, "empty list", nil),
		ioInspect(str(""), "empty string", nil),
		ioInspect(term.NilAtom, "nil", nil),
		ioInspect(term.True, "true", nil),
		ioInspect(rangeOf(1, 10, 3), "range", nil),
		ioInspect(mapSetOf(str("b"), str("a")), "mapset", nil),
		ioInspect(&term.Fun{Arity: 1, Module: atom("Elixir.Enum"), Name: atom("count"), External: true}, "capture", nil),
		putsInspect(kv(atom("z"), term.Int(1), atom("a"), list(term.Int(1), term.Int(2))), pretty),
		putsInspect(list(atom("x"), str("y")), func(o *Options) { o.Charlists = CharlistsAsLists }),
		putsInspect(atom("quoted atom"), nil),
		putsInspect(atom("Elixir.String"), nil),
		putsInspect(atom("string"), nil),
	}
	checkProgram(t, "029_io_inspect_options", 5, calls)
}

func charTerms(s string) []term.Term {
	var out []term.Term
	for _, r := range s {
		out = append(out, term.Int(r))
	}
	return out
}

func TestConformance030(t *testing.T) {
	l75 := list(ints(1, 75)...)
	var mod10, plus1000, xs, pairs, chunks []term.Term
	for i := 1; i <= 55; i++ {
		mod10 = append(mod10, term.Int(i%10))
		plus1000 = append(plus1000, term.Int(i+1000))
	}
	for i := 1; i <= 12; i++ {
		xs = append(xs, dup("x", i))
	}
	for i := 1; i <= 6; i++ {
		pairs = append(pairs, tuple(term.Int(i), dup("ab", i)))
	}
	keys := term.EmptyMap
	for i := 1; i <= 12; i++ {
		k := "key" + string(rune('0'+i/10)) + string(rune('0'+i%10))
		keys = keys.Put(str(k), term.Int(i))
	}
	for i := 0; i < 10; i++ {
		chunks = append(chunks, list(ints(i*10+1, i*10+10)...))
	}
	words := make([]term.Term, 20)
	for i := range words {
		words[i] = str("word")
	}
	calls := []call{
		ioInspect(l75, "", nil),
		ioInspect(l75, "", withLimit(20)),
		ioInspect(l75, "", both(infinite, withWidth(60))),
		ioInspect(list(mod10...), "", nil),
		ioInspect(list(plus1000...), "", nil),
		ioInspect(list(xs...), "", nil),
		ioInspect(list(pairs...), "", nil),
		ioInspect(keys, "", nil),
		ioInspect(kv(atom("name"), str("short")), "", nil),
		ioInspect(list(kv(atom("id"), term.Int(1), atom("values"), list(ints(1, 30)...)), kv(atom("id"), term.Int(2), atom("values"), term.Nil)), "", nil),
		ioInspect(tuple(atom("state"), list(ints(1, 60)...), atom("end")), "", nil),
		ioInspect(list(words...), "", withWidth(50)),
		ioInspect(list(words...), "", withWidth(0)),
		ioInspect(list(ints(1, 5)...), "", withWidth(0)),
		ioInspect(kv(atom("a"), term.Int(1), atom("b"), term.Int(2)), "", withWidth(5)),
		putsInspect(l75, nil),
		putsInspect(l75, pretty),
		putsInspect(kv(atom("list"), list(ints(1, 30)...), atom("nested"), kv(atom("deep"), list(ints(1, 25)...))), both(pretty, withWidth(50))),
		ioInspect(dup("long ", 30), "", nil),
		ioInspect(dup("a", 200), "", printable(10)),
		ioInspect(list(chunks...), "", nil),
	}
	checkProgram(t, "030_inspect_limits_width", 0, calls)
}

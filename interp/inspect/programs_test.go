package inspect

import (
	"os"
	"strings"
	"testing"

	"github.com/exlite/exlite/beam/term"
)

// recorded returns lines [from, to] (1-based) of a conformance program's
// recorded output, newline-terminated.
func recorded(t *testing.T, name string, from, to int) string {
	t.Helper()
	data, err := os.ReadFile("../../tests/conformance/" + name + ".out")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitAfter(string(data), "\n")
	return strings.Join(lines[from-1:to], "")
}

func ioInspectString(t term.Term, label string, o Options) string {
	return InspectLabel(t, label, o) + "\n"
}

// Multi-line IO.inspect outputs of other conformance programs, rebuilt
// from terms made by hand.
func TestOtherPrograms(t *testing.T) {
	structFields := map[string][]term.Atom{
		"Elixir.Product": {atom("sku"), atom("name"), atom("price"), atom("tags")},
		"Elixir.Cart":    {atom("items"), atom("owner")},
	}
	o := Default()
	o.Program = testProgram{fields: structFields}
	product := func(sku, name string, price int, tags ...term.Term) *term.Map {
		var s term.Term = term.NilAtom
		if sku != "" {
			s = str(sku)
		}
		return structOf("Product", atom("sku"), s, atom("name"), str(name), atom("price"), term.Int(price), atom("tags"), list(tags...))
	}
	p1 := product("A1", "Lamp", 2500)
	p2 := product("B2", "Bulb", 300)
	cart := structOf("Cart", atom("items"), list(p2, p1), atom("owner"), term.NilAtom)

	dept := func(budget int, head string, staff ...string) term.Term {
		var s []term.Term
		for _, x := range staff {
			s = append(s, str(x))
		}
		return kv(atom("budget"), term.Int(budget), atom("head"), str(head), atom("staff"), list(s...))
	}
	company := kv(
		atom("departments"), kv(atom("engineering"), dept(2000, "Ada", "Ben", "Cy"), atom("sales"), dept(500, "Dee", "Fay", "Eve")),
		atom("name"), str("Acme"),
		atom("tags"), kw("industry", str("tools"), "size", str("medium")),
	)
	var letters []term.Term
	for _, p := range [][2]string{{"Ana", "A"}, {"Ben", "C"}, {"Cai", "B"}, {"Dia", "D"}, {"Eli", "B"}, {"Fox", "A"}} {
		letters = append(letters, tuple(str(p[0]), str(p[1])))
	}
	tally := term.EmptyMap
	for i := 9; i >= 0; i-- {
		tally = tally.Put(term.Int(i), term.Int(1000))
	}
	results := kw("returned", term.Int(42), "thrown", atom("ball"), "exited", atom("normal"),
		"exited", tuple(atom("custom"), term.Int(1)),
		"errored", structOf("RuntimeError", atom("__exception__"), term.True, atom("message"), str("err")),
		"errored", tuple(atom("raw"), atom("tuple")), "errored", atom("badarith"))

	tests := []struct {
		name     string
		from, to int
		got      string
	}{
		{"031_structs", 1, 4, ioInspectString(p1, "", o) + ioInspectString(product("C3", "unnamed", 0), "", o) +
			ioInspectString(product("A1", "Lamp", 2250), "", o) + ioInspectString(product("B2", "Bulb", 300, atom("new"), atom("sale")), "", o)},
		{"031_structs", 9, 15, ioInspectString(cart, "cart", o)},
		{"031_structs", 23, 23, ioInspectString(product("", "via struct/2", 0), "", o)},
		{"012_nested_data_access", 19, 26, ioInspectString(company, "final", o)},
		{"027_enum_pipeline_report", 14, 21, ioInspectString(list(letters...), "letters", o)},
		{"046_ring_and_many", 5, 16, ioInspectString(tally, "digits tally", o)},
		{"033_throw_exit_catch", 3, 11, ioInspectString(results, "", o)},
	}
	for _, tc := range tests {
		if want := recorded(t, tc.name, tc.from, tc.to); tc.got != want {
			t.Errorf("%s lines %d-%d:\n got %q\nwant %q", tc.name, tc.from, tc.to, tc.got, want)
		}
	}
}

package stdlib

import (
	"testing"

	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/rt"
)

func toList(t *testing.T, enum term.Term) string {
	t.Helper()
	return colShow(colInvoke(t, "Enum.to_list", enum))
}

func TestStreams(t *testing.T) {
	nat := colInvoke(t, "Stream.iterate", cl("1"), incr)
	cases := []struct {
		name string
		got  term.Term
		want string
	}{
		{"map over a huge range", colInvoke(t, "Enum.take", colInvoke(t, "Stream.map", cl("1..1_000_000_000"), double), cl("3")), "[2, 4, 6]"},
		{"iterate", colInvoke(t, "Enum.take", nat, cl("5")), "[1, 2, 3, 4, 5]"},
		{"unfold", colInvoke(t, "Enum.to_list", colInvoke(t, "Stream.unfold", cl("5"), colFn(1, func(a ...term.Term) term.Term {
			if a[0] == term.Int(0) {
				return term.NilAtom
			}
			return term.Tuple{a[0], sub(a[0], term.Int(1))}
		}))), "[5, 4, 3, 2, 1]"},
		{"cycle", colInvoke(t, "Enum.take", colInvoke(t, "Stream.cycle", cl("[1, 2, 3]")), cl("7")), "[1, 2, 3, 1, 2, 3, 1]"},
		{"zip with infinite", colInvoke(t, "Enum.zip", nat, cl("[:a, :b, :c]")), "[{1, :a}, {2, :b}, {3, :c}]"},
		{"Stream.zip", colInvoke(t, "Enum.to_list", colInvoke(t, "Stream.zip", cl("[:a, :b]"), nat)), "[a: 1, b: 2]"},
		{"chunk_every", colInvoke(t, "Enum.to_list", colInvoke(t, "Stream.chunk_every", cl("1..5"), cl("2"))), "[[1, 2], [3, 4], [5]]"},
		{"take then chunk", colInvoke(t, "Enum.to_list", colInvoke(t, "Stream.chunk_every", colInvoke(t, "Stream.take", nat, cl("3")), cl("2"))), "[[1, 2], [3]]"},
		{"chunk then map", colInvoke(t, "Enum.take", colInvoke(t, "Stream.map", colInvoke(t, "Stream.chunk_every", nat, cl("2")), colCapture("Enum", "sum", 1)), cl("3")), "[3, 7, 11]"},
		{"with_index", colInvoke(t, "Enum.to_list", colInvoke(t, "Stream.with_index", cl("[:a, :b]"), cl("1"))), "[a: 1, b: 2]"},
		{"filter+take", colInvoke(t, "Enum.take", colInvoke(t, "Stream.filter", nat, isEven), cl("3")), "[2, 4, 6]"},
		{"take_while", colInvoke(t, "Enum.to_list", colInvoke(t, "Stream.take_while", nat, lt3)), "[1, 2]"},
		{"drop_while", colInvoke(t, "Enum.take", colInvoke(t, "Stream.drop_while", nat, lt3), cl("2")), "[3, 4]"},
		{"drop", colInvoke(t, "Enum.take", colInvoke(t, "Stream.drop", nat, cl("10")), cl("2")), "[11, 12]"},
		{"drop negative", colInvoke(t, "Enum.to_list", colInvoke(t, "Stream.drop", cl("1..5"), cl("-2"))), "[1, 2, 3]"},
		{"take negative", colInvoke(t, "Enum.to_list", colInvoke(t, "Stream.take", cl("1..5"), cl("-2"))), "[4, 5]"},
		{"dedup", colInvoke(t, "Enum.to_list", colInvoke(t, "Stream.dedup", cl("[1, 1, 2, 1, 1]"))), "[1, 2, 1]"},
		{"uniq", colInvoke(t, "Enum.to_list", colInvoke(t, "Stream.uniq", cl("[1, 2, 1, 3, 2]"))), "[1, 2, 3]"},
		{"scan", colInvoke(t, "Enum.take", colInvoke(t, "Stream.scan", nat, plus), cl("4")), "[1, 3, 6, 10]"},
		{"intersperse", colInvoke(t, "Enum.to_list", colInvoke(t, "Stream.intersperse", cl("[1, 2, 3]"), cl("0"))), "[1, 0, 2, 0, 3]"},
		{"flat_map", colInvoke(t, "Enum.take", colInvoke(t, "Stream.flat_map", nat, colFn(1, func(a ...term.Term) term.Term { return term.List(a[0], a[0]) })), cl("5")), "[1, 1, 2, 2, 3]"},
		{"concat", colInvoke(t, "Enum.take", colInvoke(t, "Stream.concat", cl("1..2"), nat), cl("4")), "[1, 2, 1, 2]"},
		{"duplicate", colInvoke(t, "Enum.to_list", colInvoke(t, "Stream.duplicate", cl(":x"), cl("3"))), "[:x, :x, :x]"},
		{"repeatedly", colInvoke(t, "Enum.take", colInvoke(t, "Stream.repeatedly", const42), cl("2")), "[42, 42]"},
		{"take_every", colInvoke(t, "Enum.take", colInvoke(t, "Stream.take_every", nat, cl("3")), cl("3")), "[1, 4, 7]"},
		{"map_every", colInvoke(t, "Enum.to_list", colInvoke(t, "Stream.map_every", cl("1..5"), cl("2"), double)), "[2, 2, 6, 4, 10]"},
		{"transform", colInvoke(t, "Enum.to_list", colInvoke(t, "Stream.transform", cl("1..10"), cl("0"), colFn(2, func(a ...term.Term) term.Term {
			if a[1].(term.Int) >= 3 {
				return term.Tuple{atomHalt, a[1]}
			}
			return term.Tuple{term.List(a[0], a[0]), add(a[1], term.Int(1))}
		}))), "[1, 1, 2, 2, 3, 3]"},
		{"chunk_by", colInvoke(t, "Enum.to_list", colInvoke(t, "Stream.chunk_by", cl("[1, 2, 2, 3, 4, 4, 6, 7, 7]"), isOdd)), "[[1], [2, 2], [3], [4, 4, 6], [7, 7]]"},
		{"from_index", colInvoke(t, "Enum.take", colInvoke(t, "Stream.from_index"), cl("3")), "[0, 1, 2]"},
		{"Enum.slice on stream", colInvoke(t, "Enum.slice", nat, cl("2..4")), "[3, 4, 5]"},
		{"Enum.at on stream", colInvoke(t, "Enum.at", nat, cl("9")), "10"},
		{"Enum.find on stream", colInvoke(t, "Enum.find", nat, colFn(1, func(a ...term.Term) term.Term { return term.Bool(a[0].(term.Int) > 41) })), "42"},
	}
	for _, c := range cases {
		if got := colShow(c.got); got != c.want {
			t.Errorf("%s: got %s, want %s", c.name, got, c.want)
		}
	}
}

func TestStreamSideEffectsAndResource(t *testing.T) {
	var log []term.Term
	note := func(tag string) *term.Fun {
		return colFn(1, func(a ...term.Term) term.Term {
			log = append(log, term.Tuple{term.MakeAtom(tag), a[0]})
			return a[0]
		})
	}
	s := colInvoke(t, "Stream.map", colInvoke(t, "Stream.each", cl("1..3"), note("a")), note("b"))
	colInvoke(t, "Stream.run", s)
	if got := colShow(list(log)); got != "[a: 1, b: 1, a: 2, b: 2, a: 3, b: 3]" {
		t.Errorf("interleaving: %s", got)
	}
	// Streams are lazy: building one runs nothing.
	log = nil
	colInvoke(t, "Stream.map", cl("1..3"), note("c"))
	if len(log) != 0 {
		t.Errorf("Stream.map ran eagerly")
	}
	// resource: after runs once, also when the consumer halts.
	afters := 0
	res := colInvoke(t, "Stream.resource",
		colFn(0, func(...term.Term) term.Term { return term.Int(0) }),
		colFn(1, func(a ...term.Term) term.Term {
			n := a[0].(term.Int)
			if n >= 5 {
				return term.Tuple{atomHalt, n}
			}
			return term.Tuple{term.List(n), n + 1}
		}),
		colFn(1, func(a ...term.Term) term.Term { afters++; return term.OK }))
	if got := colShow(colInvoke(t, "Enum.take", res, cl("2"))); got != "[0, 1]" || afters != 1 {
		t.Errorf("resource take: %s, afters %d", got, afters)
	}
	if got := colShow(colInvoke(t, "Enum.to_list", res)); got != "[0, 1, 2, 3, 4]" || afters != 2 {
		t.Errorf("resource to_list: %s, afters %d", got, afters)
	}
}

func TestEnumerableProtocolBuiltins(t *testing.T) {
	env := &colEnv{}
	red := colLookup(t, "Enumerable", "reduce", 3)
	step := colFn(2, func(a ...term.Term) term.Term {
		return term.Tuple{atomSuspend, add(a[0], a[1])}
	})
	r := red(env, []term.Term{cl("[1, 2, 3]"), cl("{:cont, 0}"), step})
	tup := r.(term.Tuple)
	if tup[0] != atomSuspended || tup[1] != term.Int(1) {
		t.Fatalf("suspend: %s", colShow(r))
	}
	r = env.Call(tup[2], []term.Term{term.Tuple{atomCont, term.Int(10)}})
	if colShow(r.(term.Tuple)[:2]) != "{:suspended, 12}" {
		t.Fatalf("continue: %s", colShow(r))
	}
	r = env.Call(r.(term.Tuple)[2], []term.Term{term.Tuple{atomHalt, term.Int(7)}})
	if colShow(r) != "{:halted, 7}" {
		t.Fatalf("halt: %s", colShow(r))
	}
	sum := colFn(2, func(a ...term.Term) term.Term { return term.Tuple{atomCont, add(a[0], a[1])} })
	if got := colShow(red(env, []term.Term{cl("%{a: 1}"), cl("{:cont, []}"), colFn(2, func(a ...term.Term) term.Term {
		return term.Tuple{atomCont, cons(a[0], a[1])}
	})})); got != "{:done, [a: 1]}" {
		t.Errorf("map reduce: %s", got)
	}
	if got := colShow(red(env, []term.Term{cl("1..4"), cl("{:cont, 0}"), sum})); got != "{:done, 10}" {
		t.Errorf("range reduce: %s", got)
	}
	exc := colErr(t, "Enumerable.reduce", cl("%Foo{}"), cl("{:cont, 0}"), sum)
	if got := colExc(exc); got != `Protocol.UndefinedError description: "", protocol: Enumerable, value: %Foo{}` {
		t.Errorf("undefined: %s", got)
	}
	if got := colShow(colInvoke(t, "Enumerable.count", cl("1..10//2"))); got != "{:ok, 5}" {
		t.Errorf("count: %s", got)
	}
	// A stream's functions are Go-backed and inspect as Stream functions.
	s := colInvoke(t, "Stream.map", cl("[1]"), double).(*term.Map)
	funs, _ := properList(mapField(s, atomFuns))
	if f := funs[0].(*term.Fun); f.Module != rt.ModuleAtom("Stream") || f.Arity != 1 {
		t.Errorf("stream fun: %+v", f)
	}
}

func TestSortMatchesErlang(t *testing.T) {
	// lists:sort/2 with a strict comparator: equal keys come out in the
	// order Erlang's merge sort leaves them (recorded from Elixir).
	byFirst := colFn(2, func(a ...term.Term) term.Term {
		return term.Bool(term.Compare(a[0].(term.Tuple)[0], a[1].(term.Tuple)[0]) < 0)
	})
	got := colShow(colInvoke(t, "Enum.sort", cl("[{1, :a}, {0, :b}, {1, :c}, {0, :d}, {1, :e}, {2, :f}, {1, :g}]"), byFirst))
	want := "[{0, :d}, {0, :b}, {1, :g}, {1, :e}, {1, :c}, {1, :a}, {2, :f}]"
	if got != want {
		t.Errorf("strict sort: got %s, want %s", got, want)
	}
}

func TestSortMixedNumbersAsErlang(t *testing.T) {
	// Recorded from Erlang's lists:sort/1.
	cases := map[string]string{
		"[3, 1.0, 1, 2]":            "[1, 1.0, 2, 3]",
		"[1.0, 1]":                  "[1.0, 1]",
		"[2, 1.0, 1]":               "[1.0, 1, 2]",
		"[5, 1.0, 4, 1, 3, 1.0, 2]": "[1.0, 1, 1.0, 2, 3, 4, 5]",
		"[1.0, 1, 1.0, 1, 1.0]":     "[1.0, 1, 1.0, 1, 1.0]",
		"[1, 1.0, 0]":               "[0, 1, 1.0]",
	}
	for in, want := range cases {
		if got := colShow(colInvoke(t, "Enum.sort", cl(in))); got != want {
			t.Errorf("sort %s: got %s, want %s", in, got, want)
		}
	}
}

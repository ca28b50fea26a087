package stdlib

import (
	"testing"

	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/rt"
)

var (
	double  = colFn(1, func(a ...term.Term) term.Term { return mul(a[0], term.Int(2)) })
	isEven  = colFn(1, func(a ...term.Term) term.Term { return term.Bool(int64(a[0].(term.Int))%2 == 0) })
	isOdd   = colFn(1, func(a ...term.Term) term.Term { return term.Bool(int64(a[0].(term.Int))%2 != 0) })
	plus    = colCapture("Kernel", "+", 2)
	ident   = colFn(1, func(a ...term.Term) term.Term { return a[0] })
	lessThn = colFn(2, func(a ...term.Term) term.Term { return term.Bool(term.Compare(a[0], a[1]) < 0) })
	ge      = colFn(2, func(a ...term.Term) term.Term { return term.Bool(term.Compare(a[0], a[1]) >= 0) })
	byteLen = colFn(1, func(a ...term.Term) term.Term { return term.Int(len(a[0].(term.Binary))) })
	sizeLt  = colFn(2, func(a ...term.Term) term.Term {
		return term.Bool(len(a[0].(term.Binary)) < len(a[1].(term.Binary)))
	})
	sizeLe = colFn(2, func(a ...term.Term) term.Term {
		return term.Bool(len(a[0].(term.Binary)) <= len(a[1].(term.Binary)))
	})
	elem1  = colFn(1, func(a ...term.Term) term.Term { return a[0].(term.Tuple)[1] })
	first0 = colFn(1, func(a ...term.Term) term.Term { return a[0].(term.Tuple)[0] })
	rem3   = colFn(1, func(a ...term.Term) term.Term { return term.Int(int64(a[0].(term.Int)) % 3) })
	gt2    = colFn(1, func(a ...term.Term) term.Term { return term.Bool(term.Compare(a[0], term.Int(2)) > 0) })
	lt3    = colFn(1, func(a ...term.Term) term.Term { return term.Bool(term.Compare(a[0], term.Int(3)) < 0) })
)

type colCase struct {
	fn   string
	args []term.Term
	want string
}

func colRun(t *testing.T, cases []colCase) {
	t.Helper()
	for _, c := range cases {
		got := colShow(colInvoke(t, c.fn, c.args...))
		if got != c.want {
			t.Errorf("%s(%v): got %s, want %s", c.fn, colShowArgs(c.args), got, c.want)
		}
	}
}

func colShowArgs(args []term.Term) string {
	s := ""
	for i, a := range args {
		if i > 0 {
			s += ", "
		}
		s += colShow(a)
	}
	return s
}

func cl(s string) term.Term { return colLit(s) }

func TestEnumBasics(t *testing.T) {
	colRun(t, []colCase{
		{"Enum.map", []term.Term{cl("[1, 2, 3]"), double}, "[2, 4, 6]"},
		{"Enum.map", []term.Term{cl("1..3"), double}, "[2, 4, 6]"},
		{"Enum.map", []term.Term{cl("%{a: 1, b: 2}"), elem1}, "[1, 2]"},
		{"Enum.map", []term.Term{cl("10..1//-3"), ident}, "[10, 7, 4, 1]"},
		{"Enum.filter", []term.Term{cl("[1, 2, 3, 4]"), isEven}, "[2, 4]"},
		{"Enum.reject", []term.Term{cl("[1, 2, 3, 4]"), isEven}, "[1, 3]"},
		{"Enum.reduce", []term.Term{cl("[1, 2, 3]"), cl("0"), plus}, "6"},
		{"Enum.reduce", []term.Term{cl("[1, 2, 3]"), plus}, "6"},
		{"Enum.sum", []term.Term{cl("1..10//2")}, "25"},
		{"Enum.sum", []term.Term{cl("[1, 2.5]")}, "3.5"},
		{"Enum.product", []term.Term{cl("1..10")}, "3628800"},
		{"Enum.product", []term.Term{cl("[]")}, "1"},
		{"Enum.count", []term.Term{cl("1..1_000_000")}, "1000000"},
		{"Enum.count", []term.Term{cl("[1, 2, 3]"), isOdd}, "2"},
		{"Enum.min_max", []term.Term{cl("[91, 78, 85, 62]")}, "{62, 91}"},
		{"Enum.max", []term.Term{cl("[1, 3, 2]")}, "3"},
		{"Enum.min", []term.Term{cl("[]"), colFn(0, func(...term.Term) term.Term { return term.MakeAtom("none") })}, ":none"},
		{"Enum.sort", []term.Term{cl("[3, 1, 2]")}, "[1, 2, 3]"},
		{"Enum.sort", []term.Term{cl("[3, 1, 2]"), cl(":desc")}, "[3, 2, 1]"},
		{"Enum.sort", []term.Term{cl("[1, 2, 3]"), ge}, "[3, 2, 1]"},
		{"Enum.sort", []term.Term{cl(`["some", "kind", "of", "monster"]`), sizeLe}, `["of", "some", "kind", "monster"]`},
		{"Enum.sort", []term.Term{cl(`["some", "kind", "of", "monster"]`), sizeLt}, `["of", "kind", "some", "monster"]`},
		{"Enum.sort_by", []term.Term{cl(`["some", "kind", "of", "monster"]`), byteLen}, `["of", "some", "kind", "monster"]`},
		{"Enum.sort_by", []term.Term{cl(`["some", "kind", "of", "monster"]`), byteLen, cl(":desc")}, `["monster", "some", "kind", "of"]`},
		{"Enum.frequencies", []term.Term{cl("[91, 78, 85, 62, 85, 99]")}, "%{62 => 1, 78 => 1, 85 => 2, 91 => 1, 99 => 1}"},
		{"Enum.group_by", []term.Term{cl(`["ant", "buffalo", "cat", "dingo"]`), byteLen}, `%{3 => ["ant", "cat"], 5 => ["dingo"], 7 => ["buffalo"]}`},
		{"Enum.uniq", []term.Term{cl("[1, 2, 3, 3, 2, 1]")}, "[1, 2, 3]"},
		{"Enum.uniq", []term.Term{cl("[1, 1.0, 1]")}, "[1, 1.0]"},
		{"Enum.dedup", []term.Term{cl("[1, 2, 3, 3, 2, 1]")}, "[1, 2, 3, 2, 1]"},
		{"Enum.zip", []term.Term{cl("[1, 2, 3]"), cl("[:a, :b]")}, "[{1, :a}, {2, :b}]"},
		{"Enum.zip", []term.Term{cl("1..5"), cl("5..1//-1")}, "[{1, 5}, {2, 4}, {3, 3}, {4, 2}, {5, 1}]"},
		{"Enum.zip", []term.Term{cl("[[1, 2, 3], [:a, :b, :c], [\"foo\", \"bar\", \"baz\"]]")}, `[{1, :a, "foo"}, {2, :b, "bar"}, {3, :c, "baz"}]`},
		{"Enum.unzip", []term.Term{cl("[a: 1, b: 2]")}, "{[:a, :b], [1, 2]}"},
		{"Enum.with_index", []term.Term{cl("[:a, :b]")}, "[a: 0, b: 1]"},
		{"Enum.with_index", []term.Term{cl("[:a, :b]"), cl("3")}, "[a: 3, b: 4]"},
		{"Enum.chunk_every", []term.Term{cl("[1, 2, 3, 4, 5, 6]"), cl("2")}, "[[1, 2], [3, 4], [5, 6]]"},
		{"Enum.chunk_every", []term.Term{cl("[1, 2, 3, 4, 5, 6]"), cl("3"), cl("2"), cl(":discard")}, "[[1, 2, 3], [3, 4, 5]]"},
		{"Enum.chunk_every", []term.Term{cl("[1, 2, 3, 4, 5, 6]"), cl("3"), cl("2"), cl("[7]")}, "[[1, 2, 3], [3, 4, 5], [5, 6, 7]]"},
		{"Enum.chunk_every", []term.Term{cl("[1, 2, 3, 4]"), cl("2"), cl("1")}, "[[1, 2], [2, 3], [3, 4], [4]]"},
		{"Enum.chunk_every", []term.Term{cl("[1, 2, 3, 4, 5]"), cl("2"), cl("3")}, "[[1, 2], [4, 5]]"},
		{"Enum.chunk_every", []term.Term{cl("[1, 2, 3, 4]"), cl("10")}, "[[1, 2, 3, 4]]"},
		{"Enum.chunk_by", []term.Term{cl("[1, 2, 2, 3, 4, 4, 6, 7, 7]"), isOdd}, "[[1], [2, 2], [3], [4, 4, 6], [7, 7]]"},
		{"Enum.take", []term.Term{cl("[1, 2, 3]"), cl("2")}, "[1, 2]"},
		{"Enum.take", []term.Term{cl("[1, 2, 3]"), cl("-2")}, "[2, 3]"},
		{"Enum.take", []term.Term{cl("100..1//-7"), cl("4")}, "[100, 93, 86, 79]"},
		{"Enum.drop", []term.Term{cl("[1, 2, 3]"), cl("1")}, "[2, 3]"},
		{"Enum.drop", []term.Term{cl("[1, 2, 3]"), cl("-1")}, "[1, 2]"},
		{"Enum.take_every", []term.Term{cl("1..10"), cl("2")}, "[1, 3, 5, 7, 9]"},
		{"Enum.drop_every", []term.Term{cl("1..10"), cl("2")}, "[2, 4, 6, 8, 10]"},
		{"Enum.take_while", []term.Term{cl("[1, 2, 3, 4]"), lt3}, "[1, 2]"},
		{"Enum.drop_while", []term.Term{cl("[1, 2, 3, 4]"), lt3}, "[3, 4]"},
		{"Enum.split", []term.Term{cl("[1, 2, 3]"), cl("2")}, "{[1, 2], [3]}"},
		{"Enum.split", []term.Term{cl("[1, 2, 3]"), cl("-1")}, "{[1, 2], [3]}"},
		{"Enum.split_while", []term.Term{cl("[91, 78, 85, 62]"), colFn(1, func(a ...term.Term) term.Term { return term.Bool(a[0].(term.Int) > 70) })}, "{[91, 78, 85], [62]}"},
		{"Enum.split_with", []term.Term{cl("[5, 4, 3, 2, 1, 0]"), isEven}, "{[4, 2, 0], [5, 3, 1]}"},
		{"Enum.find", []term.Term{cl("[2, 3, 4]"), isOdd}, "3"},
		{"Enum.find", []term.Term{cl("[2, 4]"), cl("0"), isOdd}, "0"},
		{"Enum.find_index", []term.Term{cl("[2, 3, 4]"), isOdd}, "1"},
		{"Enum.find_value", []term.Term{cl("[2, 3, 4]"), colFn(1, func(a ...term.Term) term.Term {
			if a[0].(term.Int) > 2 {
				return term.Tuple{term.OK, a[0]}
			}
			return term.NilAtom
		})}, "{:ok, 3}"},
		{"Enum.any?", []term.Term{cl("[2, 4, 6]"), isOdd}, "false"},
		{"Enum.all?", []term.Term{cl("[2, 4, 6]"), isEven}, "true"},
		{"Enum.all?", []term.Term{cl("[]")}, "true"},
		{"Enum.member?", []term.Term{cl("1..10//3"), cl("7")}, "true"},
		{"Enum.member?", []term.Term{cl("1..10//3"), cl("8")}, "false"},
		{"Enum.member?", []term.Term{cl("%{a: 1}"), cl("{:a, 1}")}, "true"},
		{"Enum.at", []term.Term{cl("1..10"), cl("100")}, "nil"},
		{"Enum.at", []term.Term{cl("[1, 2, 3]"), cl("-1")}, "3"},
		{"Enum.fetch", []term.Term{cl("[1, 2, 3]"), cl("5")}, ":error"},
		{"Enum.into", []term.Term{cl("[a: 1]"), cl("%{b: 2}")}, "%{a: 1, b: 2}"},
		{"Enum.into", []term.Term{cl("[1, 2, 2]"), colInvoke(t, "MapSet.new")}, "MapSet.new([1, 2])"},
		{"Enum.join", []term.Term{cl("[1, :a, \"b\"]"), cl(`", "`)}, `"1, a, b"`},
		{"Enum.map_join", []term.Term{cl("[1, 2]"), double}, `"24"`},
		{"Enum.flat_map", []term.Term{cl("[1, 2]"), colFn(1, func(a ...term.Term) term.Term { return term.List(a[0], a[0]) })}, "[1, 1, 2, 2]"},
		{"Enum.map_reduce", []term.Term{cl("[1, 2, 3]"), cl("0"), colFn(2, func(a ...term.Term) term.Term {
			return term.Tuple{mul(a[0], term.Int(2)), add(a[0], a[1])}
		})}, "{[2, 4, 6], 6}"},
		{"Enum.scan", []term.Term{cl("1..5"), plus}, "[1, 3, 6, 10, 15]"},
		{"Enum.scan", []term.Term{cl("1..3"), cl("10"), plus}, "[11, 13, 16]"},
		{"Enum.concat", []term.Term{cl("[1..3, 4..6]")}, "[1, 2, 3, 4, 5, 6]"},
		{"Enum.concat", []term.Term{cl("[1]"), cl("[2]")}, "[1, 2]"},
		{"Enum.reverse", []term.Term{cl("1..3")}, "[3, 2, 1]"},
		{"Enum.reverse", []term.Term{cl("[1, 2]"), cl("[3]")}, "[2, 1, 3]"},
		{"Enum.slice", []term.Term{cl("1..100"), cl("5..10")}, "[6, 7, 8, 9, 10, 11]"},
		{"Enum.slice", []term.Term{cl("1..10"), cl("5..20")}, "[6, 7, 8, 9, 10]"},
		{"Enum.slice", []term.Term{cl("1..30"), cl("0..-1//10")}, "[1, 11, 21]"},
		{"Enum.slice", []term.Term{cl("1..10"), cl("-4..-1")}, "[7, 8, 9, 10]"},
		{"Enum.slice", []term.Term{cl("1..10"), cl("5"), cl("100")}, "[6, 7, 8, 9, 10]"},
		{"Enum.slice", []term.Term{cl("1..10"), cl("-3"), cl("2")}, "[8, 9]"},
		{"Enum.slide", []term.Term{cl("[91, 78, 85, 62]"), cl("0"), cl("-1")}, "[78, 85, 62, 91]"},
		{"Enum.slide", []term.Term{cl("[:a, :b, :c, :d, :e, :f]"), cl("3..4"), cl("1")}, "[:a, :d, :e, :b, :c, :f]"},
		{"Enum.slide", []term.Term{cl("[:a, :b, :c, :d, :e, :f]"), cl("1..3"), cl("5")}, "[:a, :e, :f, :b, :c, :d]"},
		{"Enum.intersperse", []term.Term{cl("[1, 2, 3]"), cl("0")}, "[1, 0, 2, 0, 3]"},
		{"Enum.dedup_by", []term.Term{cl("[5, 1, 2, 3, 2, 1]"), gt2}, "[5, 1, 3, 2]"},
		{"Enum.uniq_by", []term.Term{cl("[a: {:tea, 2}, b: {:tea, 2}, c: {:coffee, 1}]"), colFn(1, func(a ...term.Term) term.Term { return a[0].(term.Tuple)[1].(term.Tuple)[0] })}, "[a: {:tea, 2}, c: {:coffee, 1}]"},
		{"Enum.map_every", []term.Term{cl("1..10"), cl("2"), double}, "[2, 2, 6, 4, 10, 6, 14, 8, 18, 10]"},
		{"Enum.count_until", []term.Term{cl("1..20"), cl("5")}, "5"},
		{"Enum.empty?", []term.Term{cl("5..1//1")}, "true"},
		{"Enum.max_by", []term.Term{cl(`["a", "aa", "aaa"]`), byteLen}, `"aaa"`},
		{"Enum.min_by", []term.Term{cl(`["a", "aa", "aaa", "b"]`), byteLen}, `"a"`},
		{"Enum.min_max_by", []term.Term{cl(`["aaa", "bb", "c"]`), byteLen}, `{"c", "aaa"}`},
		{"Enum.reduce_while", []term.Term{cl("1..100"), cl("0"), colFn(2, func(a ...term.Term) term.Term {
			if a[1].(term.Int) < 5 {
				return term.Tuple{atomCont, add(a[0], a[1])}
			}
			return term.Tuple{atomHalt, a[1]}
		})}, "6"},
		{"Enum.flat_map_reduce", []term.Term{cl("1..100"), cl("0"), colFn(2, func(a ...term.Term) term.Term {
			if a[1].(term.Int) < 3 {
				return term.Tuple{term.List(a[0], a[0]), add(a[1], term.Int(1))}
			}
			return term.Tuple{atomHalt, a[1]}
		})}, "{[1, 1, 2, 2, 3, 3], 3}"},
		{"Enum.zip_with", []term.Term{cl("[1, 2]"), cl("[3, 4]"), plus}, "[4, 6]"},
		{"Enum.chunk_while", []term.Term{cl("1..10"), cl("[]"), colFn(2, func(a ...term.Term) term.Term {
			if int64(a[0].(term.Int))%2 == 0 {
				items, _ := properList(a[1])
				items = append([]term.Term{a[0]}, items...)
				reverseSlice(items)
				return term.Tuple{atomCont, list(items), term.Nil}
			}
			return term.Tuple{atomCont, cons(a[0], a[1])}
		}), colFn(1, func(a ...term.Term) term.Term {
			if isEmpty(a[0]) {
				return term.Tuple{atomCont, term.Nil}
			}
			return term.Tuple{atomCont, a[0], term.Nil}
		})}, "[[1, 2], [3, 4], [5, 6], [7, 8], [9, 10]]"},
		{"Enum.sum_by", []term.Term{cl("[%{count: 1}, %{count: 2}]"), colFn(1, func(a ...term.Term) term.Term { return mapField(a[0].(*term.Map), term.MakeAtom("count")) })}, "3"},
		{"Enum.to_list", []term.Term{cl("%{a: 1}")}, "[a: 1]"},
		{"Enum.reverse_slice", []term.Term{cl("[1, 2, 3, 4, 5, 6]"), cl("2"), cl("4")}, "[1, 2, 6, 5, 4, 3]"},
	})
}

func TestEnumErrors(t *testing.T) {
	cases := []struct {
		fn   string
		args []term.Term
		want string
	}{
		{"Enum.map", []term.Term{cl("1"), double}, `Protocol.UndefinedError description: "", protocol: Enumerable, value: 1`},
		{"Enum.max", []term.Term{cl("[]")}, `Enum.EmptyError message: "empty error"`},
		{"Enum.reduce", []term.Term{cl("[]"), plus}, `Enum.EmptyError message: "empty error"`},
		{"Enum.fetch!", []term.Term{cl("[1]"), cl("3")}, `Enum.OutOfBoundsError message: "out of bounds error"`},
		{"Enum.take", []term.Term{cl("[1]"), cl(":a")}, `FunctionClauseError args: nil, arity: 2, clauses: nil, function: :take, kind: nil, module: Enum`},
		{"Enum.sum", []term.Term{cl("[1, :a]")}, `ArithmeticError message: "bad argument in arithmetic expression"`},
		{"Enum.chunk_every", []term.Term{cl("[1]"), cl("0")}, `FunctionClauseError args: nil, arity: 4, clauses: nil, function: :chunk_every, kind: nil, module: Enum`},
	}
	for _, c := range cases {
		got := colExc(colErr(t, c.fn, c.args...))
		if got != c.want {
			t.Errorf("%s: got %s, want %s", c.fn, got, c.want)
		}
	}
}

func TestFunctionClauseArgs(t *testing.T) {
	defer func() {
		e, ok := recover().(*rt.Error)
		if !ok {
			t.Fatal("expected an Elixir error")
		}
		if got := colShow(list(e.Args)); got != "[[1], :a]" || e.Raw != term.MakeAtom("function_clause") {
			t.Errorf("args %s, raw %s", got, colShow(e.Raw))
		}
	}()
	colInvoke(t, "Enum.take", cl("[1]"), cl(":a"))
}

// A user Enumerable: a struct whose reduce the fake env dispatches to a
// Go function registered as Enumerable.reduce/3 would be; here we test
// the plain function (arity 2) form of the protocol.
func TestEnumFunctionEnumerable(t *testing.T) {
	// fn acc, fun -> reduces over [10, 20, 30] with the protocol.
	items := []term.Term{term.Int(10), term.Int(20), term.Int(30)}
	var fe *colEnv
	enum := colFn(2, func(a ...term.Term) term.Term {
		acc := a[0]
		for _, x := range items {
			cmd := acc.(term.Tuple)
			if cmd[0] == atomHalt {
				return term.Tuple{atomHalted, cmd[1]}
			}
			acc = fe.Call(a[1], []term.Term{x, cmd[1]})
		}
		return term.Tuple{atomDone, acc.(term.Tuple)[1]}
	})
	fe = &colEnv{}
	b := colLookup(t, "Enum", "take", 2)
	if got := colShow(b(fe, []term.Term{enum, term.Int(2)})); got != "[10, 20]" {
		t.Errorf("take over a function enumerable: %s", got)
	}
	b = colLookup(t, "Enum", "map", 2)
	if got := colShow(b(fe, []term.Term{enum, double})); got != "[20, 40, 60]" {
		t.Errorf("map over a function enumerable: %s", got)
	}
}

func colLookup(t *testing.T, mod, name string, arity int) rt.BuiltinFunc {
	t.Helper()
	b, ok := rt.Lookup(rt.ModuleAtom(mod), term.MakeAtom(name), arity)
	if !ok {
		t.Fatalf("%s.%s/%d is not registered", mod, name, arity)
	}
	return b.Fn
}

func TestEnumLargeList(t *testing.T) {
	items := make([]term.Term, 1_000_000)
	for i := range items {
		items[i] = term.Int(len(items) - i)
	}
	l := list(items)
	sorted := colInvoke(t, "Enum.sort", l)
	if c := sorted.(*term.Cons); c.Head != term.Int(1) {
		t.Fatalf("sort: first is %s", colShow(c.Head))
	}
	if got := colInvoke(t, "Enum.sum", colInvoke(t, "Enum.map", l, double)); colShow(got) != "1000001000000" {
		t.Fatalf("sum of doubled: %s", colShow(got))
	}
	if got := colInvoke(t, "Enum.count", colInvoke(t, "Enum.filter", l, isEven)); colShow(got) != "500000" {
		t.Fatalf("count of evens: %s", colShow(got))
	}
	m := colInvoke(t, "Map.new", colInvoke(t, "Enum.map", colInvoke(t, "Enum.take", l, term.Int(100_000)),
		colFn(1, func(a ...term.Term) term.Term { return term.Tuple{a[0], a[0]} })))
	if m.(*term.Map).Len() != 100_000 {
		t.Fatalf("map size %d", m.(*term.Map).Len())
	}
	desc := colInvoke(t, "Enum.sort", l, ge)
	if c := desc.(*term.Cons); c.Head != term.Int(1_000_000) {
		t.Fatalf("sort with a function: first is %s", colShow(c.Head))
	}
}

func TestEnumRandom(t *testing.T) {
	if got := colShow(colInvoke(t, "Enum.random", cl("3..3"))); got != "3" {
		t.Errorf("random of a one-element range: %s", got)
	}
	shuffled := colInvoke(t, "Enum.shuffle", cl("1..20"))
	if got := colShow(colInvoke(t, "Enum.sort", shuffled)); got != colShow(colInvoke(t, "Enum.to_list", cl("1..20"))) {
		t.Errorf("shuffle lost elements: %s", colShow(shuffled))
	}
	if n := colInvoke(t, "Enum.count", colInvoke(t, "Enum.take_random", cl("1..20"), cl("5"))); n != term.Int(5) {
		t.Errorf("take_random count %s", colShow(n))
	}
	if got := colExc(colErr(t, "Enum.random", cl("[]"))); got != `Enum.EmptyError message: "empty error"` {
		t.Errorf("random of []: %s", got)
	}
}

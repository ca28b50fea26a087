package stdlib

import (
	"testing"

	"github.com/exlite/exlite/beam/term"
)

var (
	kvDouble = colFn(1, func(a ...term.Term) term.Term { return mul(a[0].(term.Tuple)[1], term.Int(2)) })
	incr     = colFn(1, func(a ...term.Term) term.Term { return add(a[0], term.Int(1)) })
	getPlus1 = colFn(1, func(a ...term.Term) term.Term { return term.Tuple{a[0], add(a[0], term.Int(1))} })
	popFn    = colFn(1, func(a ...term.Term) term.Term { return atomPop })
	const42  = colFn(0, func(a ...term.Term) term.Term { return term.Int(42) })
	sum3     = colFn(3, func(a ...term.Term) term.Term { return add(a[1], a[2]) })
	valGt1   = colFn(1, func(a ...term.Term) term.Term { return term.Bool(term.Compare(a[0].(term.Tuple)[1], term.Int(1)) > 0) })
)

func TestMap(t *testing.T) {
	colRun(t, []colCase{
		{"Map.new", []term.Term{cl("[{:b, 1}, {:a, 2}]")}, "%{a: 2, b: 1}"},
		{"Map.new", []term.Term{cl("[1, 2]"), getPlus1}, "%{1 => 2, 2 => 3}"},
	})
	colRun(t, []colCase{
		{"Map.get", []term.Term{cl("%{a: 1}"), cl(":b"), cl("3")}, "3"},
		{"Map.fetch", []term.Term{cl("%{a: 1}"), cl(":a")}, "{:ok, 1}"},
		{"Map.fetch", []term.Term{cl("%{a: 1}"), cl(":b")}, ":error"},
		{"Map.put", []term.Term{cl("%{a: 1}"), cl(":b"), cl("2")}, "%{a: 1, b: 2}"},
		{"Map.put_new", []term.Term{cl("%{a: 1}"), cl(":a"), cl("2")}, "%{a: 1}"},
		{"Map.put_new_lazy", []term.Term{cl("%{a: 1}"), cl(":b"), const42}, "%{a: 1, b: 42}"},
		{"Map.update", []term.Term{cl("%{a: 1}"), cl(":a"), cl("13"), incr}, "%{a: 2}"},
		{"Map.update", []term.Term{cl("%{a: 1}"), cl(":b"), cl("13"), incr}, "%{a: 1, b: 13}"},
		{"Map.update!", []term.Term{cl("%{a: 1}"), cl(":a"), incr}, "%{a: 2}"},
		{"Map.delete", []term.Term{cl("%{a: 1, b: 2}"), cl(":a")}, "%{b: 2}"},
		{"Map.drop", []term.Term{cl("%{a: 1, b: 2, c: 3}"), cl("[:b, :d]")}, "%{a: 1, c: 3}"},
		{"Map.take", []term.Term{cl("%{a: 1, b: 2, c: 3}"), cl("[:a, :c, :e]")}, "%{a: 1, c: 3}"},
		{"Map.split", []term.Term{cl("%{a: 1, b: 2, c: 3}"), cl("[:a, :c, :e]")}, "{%{a: 1, c: 3}, %{b: 2}}"},
		{"Map.keys", []term.Term{cl("%{b: 2, a: 1}")}, "[:a, :b]"},
		{"Map.values", []term.Term{cl("%{b: 2, a: 1}")}, "[1, 2]"},
		{"Map.to_list", []term.Term{cl("%{a: 1, b: 2}")}, "[a: 1, b: 2]"},
		{"Map.merge", []term.Term{cl("%{a: 1, b: 2}"), cl("%{a: 3, d: 4}")}, "%{a: 3, b: 2, d: 4}"},
		{"Map.merge", []term.Term{cl("%{a: 1, b: 2}"), cl("%{a: 3, d: 4}"), sum3}, "%{a: 4, b: 2, d: 4}"},
		{"Map.pop", []term.Term{cl("%{a: 1}"), cl(":a")}, "{1, %{}}"},
		{"Map.pop", []term.Term{cl("%{a: 1}"), cl(":b"), cl("3")}, "{3, %{a: 1}}"},
		{"Map.get_and_update", []term.Term{cl("%{a: 1}"), cl(":a"), getPlus1}, "{1, %{a: 2}}"},
		{"Map.get_and_update", []term.Term{cl("%{a: 1}"), cl(":a"), popFn}, "{1, %{}}"},
		{"Map.filter", []term.Term{cl("%{one: 1, two: 2, three: 3}"), valGt1}, "%{three: 3, two: 2}"},
		{"Map.reject", []term.Term{cl("%{one: 1, two: 2, three: 3}"), valGt1}, "%{one: 1}"},
		{"Map.split_with", []term.Term{cl("%{a: 1, b: 2}"), valGt1}, "{%{b: 2}, %{a: 1}}"},
		{"Map.map", []term.Term{cl("%{a: 1, b: 2}"), kvDouble}, "%{a: 2, b: 4}"},
		{"Map.has_key?", []term.Term{cl("%{a: 1}"), cl(":a")}, "true"},
		{"Map.replace", []term.Term{cl("%{a: 1}"), cl(":b"), cl("2")}, "%{a: 1}"},
		{"Map.from_keys", []term.Term{cl("[:a, :b]"), cl("0")}, "%{a: 0, b: 0}"},
		{"Map.intersect", []term.Term{cl("%{a: 1, b: 2}"), cl("%{b: 3, c: 4}")}, "%{b: 3}"},
		{"Map.from_struct", []term.Term{cl("%Range{first: 1, last: 2, step: 1}")}, "%{first: 1, last: 2, step: 1}"},
		{"Map.equal?", []term.Term{cl("%{a: 1}"), cl("%{a: 1.0}")}, "false"},
	})
	errs := []struct {
		fn   string
		args []term.Term
		want string
	}{
		{"Map.fetch!", []term.Term{cl("%{a: 1}"), cl(":c")}, "KeyError key: :c, message: nil, term: %{a: 1}"},
		{"Map.get", []term.Term{cl("[]"), cl(":a")}, "BadMapError term: []"},
		{"Map.update!", []term.Term{cl("%{a: 1}"), cl(":b"), incr}, "KeyError key: :b, message: nil, term: %{a: 1}"},
	}
	for _, c := range errs {
		if got := colExc(colErr(t, c.fn, c.args...)); got != c.want {
			t.Errorf("%s: got %s, want %s", c.fn, got, c.want)
		}
	}
}

func TestKeyword(t *testing.T) {
	colRun(t, []colCase{
		{"Keyword.get", []term.Term{cl("[a: 1, a: 2]"), cl(":a")}, "1"},
		{"Keyword.get_values", []term.Term{cl("[a: 1, b: 0, a: 2]"), cl(":a")}, "[1, 2]"},
		{"Keyword.put", []term.Term{cl("[a: 1, b: 2, a: 3]"), cl(":a"), cl("5")}, "[a: 5, b: 2]"},
		{"Keyword.put_new", []term.Term{cl("[a: 1]"), cl(":b"), cl("2")}, "[b: 2, a: 1]"},
		{"Keyword.delete", []term.Term{cl("[a: 1, b: 2, a: 3]"), cl(":a")}, "[b: 2]"},
		{"Keyword.delete_first", []term.Term{cl("[a: 1, b: 2, a: 3]"), cl(":a")}, "[b: 2, a: 3]"},
		{"Keyword.merge", []term.Term{cl("[a: 1, b: 2]"), cl("[a: 3, d: 4]")}, "[b: 2, a: 3, d: 4]"},
		{"Keyword.merge", []term.Term{cl("[a: 1, b: 2]"), cl("[a: 3, d: 4, a: 5]")}, "[b: 2, a: 3, d: 4, a: 5]"},
		{"Keyword.merge", []term.Term{cl("[a: 1, b: 2]"), cl("[a: 3, d: 4]"), sum3}, "[b: 2, a: 4, d: 4]"},
		{"Keyword.update", []term.Term{cl("[a: 1, a: 2]"), cl(":a"), cl("13"), incr}, "[a: 2]"},
		{"Keyword.update", []term.Term{cl("[a: 1]"), cl(":b"), cl("11"), incr}, "[a: 1, b: 11]"},
		{"Keyword.update!", []term.Term{cl("[a: 1, b: 2, a: 3]"), cl(":a"), incr}, "[a: 2, b: 2]"},
		{"Keyword.replace", []term.Term{cl("[a: 1, b: 2, a: 3]"), cl(":a"), cl(":new")}, "[a: :new, b: 2]"},
		{"Keyword.take", []term.Term{cl("[a: 1, b: 2, c: 3, a: 5]"), cl("[:a, :c, :e]")}, "[a: 1, c: 3, a: 5]"},
		{"Keyword.drop", []term.Term{cl("[a: 1, b: 2, b: 3, c: 3, a: 5]"), cl("[:b, :d]")}, "[a: 1, c: 3, a: 5]"},
		{"Keyword.split", []term.Term{cl("[a: 1, b: 2, c: 3, a: 4]"), cl("[:a, :c, :e]")}, "{[a: 1, c: 3, a: 4], [b: 2]}"},
		{"Keyword.pop", []term.Term{cl("[a: 1, a: 2]"), cl(":a")}, "{1, []}"},
		{"Keyword.pop_first", []term.Term{cl("[a: 1, a: 2]"), cl(":a")}, "{1, [a: 2]}"},
		{"Keyword.pop_values", []term.Term{cl("[a: 1, b: 2, a: 3]"), cl(":a")}, "{[1, 3], [b: 2]}"},
		{"Keyword.keys", []term.Term{cl("[a: 1, b: 2, a: 3]")}, "[:a, :b, :a]"},
		{"Keyword.values", []term.Term{cl("[a: 1, b: 2]")}, "[1, 2]"},
		{"Keyword.new", []term.Term{cl("[{:a, 1}, {:a, 2}, {:a, 3}]")}, "[a: 3]"},
		{"Keyword.new", []term.Term{cl("[{:b, 1}, {:a, 2}]")}, "[b: 1, a: 2]"},
		{"Keyword.equal?", []term.Term{cl("[a: 1, b: 2]"), cl("[b: 2, a: 1]")}, "true"},
		{"Keyword.keyword?", []term.Term{cl("[{1, 2}]")}, "false"},
		{"Keyword.validate", []term.Term{cl("[one: 1, two: 2]"), cl("[:one, :two, three: 3]")}, "{:ok, [three: 3, two: 2, one: 1]}"},
		{"Keyword.validate", []term.Term{cl("[three: 3, four: 4]"), cl("[one: 1, two: 2]")}, "{:error, [:four, :three]}"},
		{"Keyword.validate", []term.Term{cl("[one: 1, two: 2, one: 1]"), cl("[:one, :two]")}, "{:error, [:one]}"},
		{"Keyword.get_and_update", []term.Term{cl("[a: 1]"), cl(":b"), colFn(1, func(a ...term.Term) term.Term { return term.Tuple{a[0], term.Int(3)} })}, "{nil, [b: 3, a: 1]}"},
		{"Keyword.intersect", []term.Term{cl("[a: 1, b: 2]"), cl("[b: 3, c: 4]")}, "[b: 3]"},
	})
	if got := colExc(colErr(t, "Keyword.fetch!", cl("[a: 1]"), cl(":b"))); got != "KeyError key: :b, message: nil, term: [a: 1]" {
		t.Errorf("Keyword.fetch!: %s", got)
	}
}

func TestList(t *testing.T) {
	colRun(t, []colCase{
		{"List.first", []term.Term{cl("[]")}, "nil"},
		{"List.first", []term.Term{cl("[]"), cl("1")}, "1"},
		{"List.last", []term.Term{cl("[1, 2, 3]")}, "3"},
		{"List.flatten", []term.Term{cl("[1, [[2], 3]]")}, "[1, 2, 3]"},
		{"List.flatten", []term.Term{cl("[1, [[2], 3]]"), cl("[4, 5]")}, "[1, 2, 3, 4, 5]"},
		{"List.foldl", []term.Term{cl("[5, 5]"), cl("10"), plus}, "20"},
		{"List.foldr", []term.Term{cl("[1, 2, 3, 4]"), cl("0"), colCapture("Kernel", "-", 2)}, "-2"},
		{"List.delete", []term.Term{cl("[:a, :b, :c, :b]"), cl(":b")}, "[:a, :c, :b]"},
		{"List.delete", []term.Term{cl("[1, 2]"), cl("1.0")}, "[1, 2]"},
		{"List.delete_at", []term.Term{cl("[1, 2, 3]"), cl("-1")}, "[1, 2]"},
		{"List.insert_at", []term.Term{cl("[1, 2, 3, 4]"), cl("2"), cl("0")}, "[1, 2, 0, 3, 4]"},
		{"List.insert_at", []term.Term{cl("[1, 2, 3]"), cl("10"), cl("0")}, "[1, 2, 3, 0]"},
		{"List.insert_at", []term.Term{cl("[1, 2, 3]"), cl("-1"), cl("0")}, "[1, 2, 3, 0]"},
		{"List.insert_at", []term.Term{cl("[1, 2, 3]"), cl("-10"), cl("0")}, "[0, 1, 2, 3]"},
		{"List.replace_at", []term.Term{cl("[1, 2, 3]"), cl("-1"), cl("0")}, "[1, 2, 0]"},
		{"List.update_at", []term.Term{cl("[1, 2, 3]"), cl("0"), incr}, "[2, 2, 3]"},
		{"List.pop_at", []term.Term{cl("[1, 2, 3]"), cl("5")}, "{nil, [1, 2, 3]}"},
		{"List.pop_at", []term.Term{cl("[1, 2, 3]"), cl("-1")}, "{3, [1, 2]}"},
		{"List.duplicate", []term.Term{cl(`"hello"`), cl("2")}, `["hello", "hello"]`},
		{"List.wrap", []term.Term{cl("nil")}, "[]"},
		{"List.wrap", []term.Term{cl("1")}, "[1]"},
		{"List.zip", []term.Term{cl("[[1, 2], [3, 4], [5, 6]]")}, "[{1, 3, 5}, {2, 4, 6}]"},
		{"List.to_tuple", []term.Term{cl("[:a, 1]")}, "{:a, 1}"},
		{"List.keyfind", []term.Term{cl("[a: 1, b: 2]"), cl(":b"), cl("0")}, "{:b, 2}"},
		{"List.keyfind", []term.Term{cl("[a: 1, b: 2]"), cl(":c"), cl("0"), cl(":none")}, ":none"},
		{"List.keymember?", []term.Term{cl("[a: 1]"), cl("1"), cl("1")}, "true"},
		{"List.keystore", []term.Term{cl("[a: 1, b: 2]"), cl(":c"), cl("0"), cl("{:c, 3}")}, "[a: 1, b: 2, c: 3]"},
		{"List.keyreplace", []term.Term{cl("[a: 1]"), cl(":a"), cl("0"), cl("{:a, 3}")}, "[a: 3]"},
		{"List.keydelete", []term.Term{cl("[a: 1, b: 2]"), cl(":a"), cl("0")}, "[b: 2]"},
		{"List.keytake", []term.Term{cl("[a: 1, b: 2]"), cl(":a"), cl("0")}, "{{:a, 1}, [b: 2]}"},
		{"List.keysort", []term.Term{cl("[c: 3, a: 1, b: 2]"), cl("0")}, "[a: 1, b: 2, c: 3]"},
		{"List.keysort", []term.Term{cl("[a: 5, b: 1, c: 3]"), cl("1"), cl(":desc")}, "[a: 5, c: 3, b: 1]"},
		{"List.myers_difference", []term.Term{cl("[1, 4, 2, 3]"), cl("[1, 2, 3, 4]")}, "[eq: [1], del: [4], eq: [2, 3], ins: [4]]"},
		{"List.starts_with?", []term.Term{cl("[1, 2, 3]"), cl("[1, 2]")}, "true"},
		{"List.ends_with?", []term.Term{cl("[1, 2, 3]"), cl("[2, 3]")}, "true"},
		{"List.ascii_printable?", []term.Term{cl("[104, 105]")}, "true"},
		{"List.ascii_printable?", []term.Term{cl("[1, 104]")}, "false"},
		{"List.improper?", []term.Term{listWithTail([]term.Term{term.Int(1)}, term.Int(2))}, "true"},
	})
}

func TestTupleRangeMapSet(t *testing.T) {
	colRun(t, []colCase{
		{"Tuple.append", []term.Term{cl("{:a, :b}"), cl(":c")}, "{:a, :b, :c}"},
		{"Tuple.insert_at", []term.Term{cl("{:bar, :baz}"), cl("0"), cl(":foo")}, "{:foo, :bar, :baz}"},
		{"Tuple.delete_at", []term.Term{cl("{:foo, :bar, :baz}"), cl("0")}, "{:bar, :baz}"},
		{"Tuple.duplicate", []term.Term{cl(":a"), cl("3")}, "{:a, :a, :a}"},
		{"Tuple.sum", []term.Term{cl("{255, 255}")}, "510"},
		{"Tuple.product", []term.Term{cl("{255, 255}")}, "65025"},
		{"Tuple.to_list", []term.Term{cl("{:a, 1}")}, "[:a, 1]"},
		{"Range.new", []term.Term{cl("-100"), cl("100")}, "-100..100"},
		{"Range.size", []term.Term{cl("10..1//-3")}, "4"},
		{"Range.size", []term.Term{cl("1..10//-1")}, "0"},
		{"Range.shift", []term.Term{cl("1..3"), cl("2")}, "3..5"},
		{"Range.shift", []term.Term{cl("0..10//2"), cl("2")}, "4..14//2"},
		{"Range.to_list", []term.Term{cl("2..8//3")}, "[2, 5, 8]"},
		{"Range.disjoint?", []term.Term{cl("1..5"), cl("6..10")}, "true"},
		{"Range.disjoint?", []term.Term{cl("5..1"), cl("6..10")}, "true"},
		{"Range.disjoint?", []term.Term{cl("1..5"), cl("5..9")}, "false"},
		{"Range.disjoint?", []term.Term{cl("1..10//2"), cl("2..10//2")}, "true"},
		{"Range.disjoint?", []term.Term{cl("1..10//2"), cl("1..10//3")}, "false"},
		{"Range.disjoint?", []term.Term{cl("1..100//14"), cl("8..100//21")}, "false"},
		{"Range.disjoint?", []term.Term{cl("57..-1//-14"), cl("8..100//21")}, "false"},
		{"Range.disjoint?", []term.Term{cl("1..100//14"), cl("50..8//-21")}, "false"},
		{"Range.disjoint?", []term.Term{cl("1..28//14"), cl("8..28//21")}, "true"},
		{"Range.disjoint?", []term.Term{cl("2..28//3"), cl("9..28//5")}, "false"},
		{"Range.disjoint?", []term.Term{cl("26..2//-3"), cl("29..9//-5")}, "false"},
		{"Range.disjoint?", []term.Term{cl("27..11//-3"), cl("30..0//-7")}, "true"},
		{"Range.split", []term.Term{cl("1..5"), cl("2")}, "{1..2, 3..5}"},
		{"Range.split", []term.Term{cl("1..5//2"), cl("2")}, "{1..3//2, 5..5//2}"},
		{"Range.split", []term.Term{cl("1..5//2"), cl("0")}, "{1..-1//2, 1..5//2}"},
		{"Range.split", []term.Term{cl("5..1//-1"), cl("2")}, "{5..4//-1, 3..1//-1}"},
		{"Range.split", []term.Term{cl("5..1//-2"), cl("10")}, "{5..1//-2, -1..1//-2}"},
		{"Range.split", []term.Term{cl("2..5//-1"), cl("2")}, "{2..3//-1, 4..5//-1}"},
		{"Range.split", []term.Term{cl("2..5//-1"), cl("10")}, "{2..3//-1, 4..5//-1}"},
		{"Range.split", []term.Term{cl("1..5"), cl("-2")}, "{1..3, 4..5}"},
		{"Range.split", []term.Term{cl("5..1//-1"), cl("-10")}, "{5..6//-1, 5..1//-1}"},
		{"MapSet.new", []term.Term{cl("[1, :b, 3, :b]")}, "MapSet.new([1, 3, :b])"},
		{"MapSet.union", []term.Term{colInvoke(t, "MapSet.new", cl("[1, 2]")), colInvoke(t, "MapSet.new", cl("[2, 3]"))}, "MapSet.new([1, 2, 3])"},
		{"MapSet.difference", []term.Term{colInvoke(t, "MapSet.new", cl("[1, 2]")), colInvoke(t, "MapSet.new", cl("[2, 3, 4]"))}, "MapSet.new([1])"},
		{"MapSet.intersection", []term.Term{colInvoke(t, "MapSet.new", cl("[1, 2]")), colInvoke(t, "MapSet.new", cl("[2, 3, 4]"))}, "MapSet.new([2])"},
		{"MapSet.symmetric_difference", []term.Term{colInvoke(t, "MapSet.new", cl("[1, 2, 3]")), colInvoke(t, "MapSet.new", cl("[2, 3, 4]"))}, "MapSet.new([1, 4])"},
		{"MapSet.subset?", []term.Term{colInvoke(t, "MapSet.new", cl("[1, 2]")), colInvoke(t, "MapSet.new", cl("[1, 2, 3]"))}, "true"},
		{"MapSet.member?", []term.Term{colInvoke(t, "MapSet.new", cl("[1, 2]")), cl("2")}, "true"},
		{"MapSet.size", []term.Term{colInvoke(t, "MapSet.new", cl("[1, 2, 2]"))}, "2"},
		{"MapSet.put", []term.Term{colInvoke(t, "MapSet.new", cl("[1, 2]")), cl("3")}, "MapSet.new([1, 2, 3])"},
		{"MapSet.delete", []term.Term{colInvoke(t, "MapSet.new", cl("[1, 2]")), cl("1")}, "MapSet.new([2])"},
		{"MapSet.to_list", []term.Term{colInvoke(t, "MapSet.new", cl("[2, 1]"))}, "[1, 2]"},
		{"MapSet.filter", []term.Term{colInvoke(t, "MapSet.new", cl("1..5")), isOdd}, "MapSet.new([1, 3, 5])"},
	})
}

func TestKernelAndAccess(t *testing.T) {
	company := cl(`%{name: "Acme", departments: %{engineering: %{head: "Ada", staff: ["Ben", "Cy"], budget: 1000}}, tags: [industry: "tools", size: "small"]}`)
	all := colInvoke(t, "Access.all")
	colRun(t, []colCase{
		{"Kernel.get_in", []term.Term{company, cl("[:departments, :engineering, :head]")}, `"Ada"`},
		{"Kernel.get_in", []term.Term{company, cl("[:departments, :marketing, :head]")}, "nil"},
		{"Kernel.get_in", []term.Term{company, term.List(term.MakeAtom("departments"), colInvoke(t, "Access.key", cl(":engineering")), term.MakeAtom("staff"), colInvoke(t, "Access.at", cl("0")))}, `"Ben"`},
		{"Kernel.get_in", []term.Term{cl("[%{n: 1}, %{n: 2}]"), term.List(all, term.MakeAtom("n"))}, "[1, 2]"},
		{"Kernel.update_in", []term.Term{cl("[%{n: 1}, %{n: 2}]"), term.List(all, term.MakeAtom("n")), double}, "[%{n: 2}, %{n: 4}]"},
		{"Kernel.put_in", []term.Term{cl("%{}"), cl("[:a]"), cl("1")}, "%{a: 1}"},
		{"Kernel.put_in", []term.Term{company, cl("[:tags, :size]"), cl(`"medium"`)}, `%{departments: %{engineering: %{budget: 1000, head: "Ada", staff: ["Ben", "Cy"]}}, name: "Acme", tags: [industry: "tools", size: "medium"]}`},
		{"Kernel.update_in", []term.Term{company, cl("[:departments, :engineering, :budget]"), double}, `%{departments: %{engineering: %{budget: 2000, head: "Ada", staff: ["Ben", "Cy"]}}, name: "Acme", tags: [industry: "tools", size: "small"]}`},
		{"Kernel.pop_in", []term.Term{cl("%{a: %{b: 1, c: 2}}"), cl("[:a, :b]")}, "{1, %{a: %{c: 2}}}"},
		{"Kernel.pop_in", []term.Term{cl("%{a: nil}"), cl("[:a, :b]")}, "{nil, %{}}"},
		{"Kernel.get_and_update_in", []term.Term{cl("%{a: %{b: 1}}"), cl("[:a, :b]"), getPlus1}, "{1, %{a: %{b: 2}}}"},
		{"Kernel.get_in", []term.Term{cl("%{a: {1, 2}}"), term.List(term.MakeAtom("a"), colInvoke(t, "Access.elem", cl("1")))}, "2"},
		{"Kernel.get_in", []term.Term{cl("[1, 2, 3, 4]"), term.List(colInvoke(t, "Access.filter", isEven))}, "[2, 4]"},
		{"Kernel.update_in", []term.Term{cl("[1, 2, 3, 4]"), term.List(colInvoke(t, "Access.slice", cl("1..2"))), double}, "[1, 4, 6, 4]"},
		{"Kernel.get_in", []term.Term{cl("[%{a: 1}, %{a: 2}]"), term.List(colInvoke(t, "Access.find", colFn(1, func(a ...term.Term) term.Term {
			return term.Bool(mapField(a[0].(*term.Map), term.MakeAtom("a")) == term.Int(2))
		})), term.MakeAtom("a"))}, "2"},
		{"Access.get", []term.Term{cl("[a: 1]"), cl(":a")}, "1"},
		{"Access.get", []term.Term{cl("nil"), cl(":a")}, "nil"},
		{"Access.fetch", []term.Term{cl("%{a: 1}"), cl(":a")}, "{:ok, 1}"},
		{"Access.pop", []term.Term{cl("[a: 1, b: 2, a: 3]"), cl(":a")}, "{1, [b: 2]}"},
		{"Kernel.elem", []term.Term{cl("{:a, :b}"), cl("1")}, ":b"},
		{"Kernel.put_elem", []term.Term{cl("{:a, :b}"), cl("1"), cl(":c")}, "{:a, :c}"},
		{"Kernel.length", []term.Term{cl("[1, 2, 3]")}, "3"},
		{"Kernel.div", []term.Term{cl("-7"), cl("2")}, "-3"},
		{"Kernel.rem", []term.Term{cl("-7"), cl("2")}, "-1"},
		{"Kernel.round", []term.Term{cl("2.5")}, "3"},
		{"Kernel.round", []term.Term{cl("-2.5")}, "-3"},
		{"Kernel.trunc", []term.Term{cl("-2.7")}, "-2"},
		{"Kernel.abs", []term.Term{cl("-3.5")}, "3.5"},
		{"Kernel.max", []term.Term{cl("1"), cl(":a")}, ":a"},
		{"Kernel.--", []term.Term{cl("[1, 2, 3, 2, 1]"), cl("[1, 2, 2]")}, "[3, 1]"},
		{"Kernel.++", []term.Term{cl("[1]"), cl("[2]")}, "[1, 2]"},
		{"Kernel./", []term.Term{cl("1"), cl("2")}, "0.5"},
		{"Kernel.is_struct", []term.Term{cl("1..2"), cl("Range")}, "true"},
		{"Kernel.is_map_key", []term.Term{cl("%{a: 1}"), cl(":a")}, "true"},
		{"Kernel.binary_part", []term.Term{cl(`"foo"`), cl("3"), cl("-1")}, `"o"`},
		{"Kernel.to_charlist", []term.Term{cl(`"héllo"`)}, "[104, 233, 108, 108, 111]"},
		{"Kernel.then", []term.Term{cl("1"), incr}, "2"},
		{"Kernel.tap", []term.Term{cl("1"), incr}, "1"},
		{"Kernel.apply", []term.Term{colCapture("Kernel", "+", 2), cl("[1, 2]")}, "3"},
		{"Kernel.apply", []term.Term{cl("Enum"), cl(":sum"), cl("[[1, 2]]")}, "3"},
		{"Kernel.**", []term.Term{cl("2"), cl("100")}, "1267650600228229401496703205376"},
		{"Kernel.**", []term.Term{cl("2"), cl("-2")}, "0.25"},
		{"Kernel.ceil", []term.Term{cl("-1.5")}, "-1"},
		{"Kernel.floor", []term.Term{cl("-1.5")}, "-2"},
		{"Kernel.binary_slice", []term.Term{cl(`"elixir"`), cl("-3"), cl("10")}, `"xir"`},
		{"Kernel.binary_slice", []term.Term{cl(`"elixir"`), cl("0..-1//2")}, `"eii"`},
		{"Kernel.to_timeout", []term.Term{cl("[hour: 1, minute: 30]")}, "5400000"},
		{"Kernel.is_non_struct_map", []term.Term{cl("1..2")}, "false"},
		{":erlang.element", []term.Term{cl("1"), cl("{:a}")}, ":a"},
		{":erlang.list_to_tuple", []term.Term{cl("[1, 2]")}, "{1, 2}"},
	})
	errs := []struct {
		fn   string
		args []term.Term
		want string
	}{
		{"Kernel.elem", []term.Term{cl("{1}"), cl("3")}, "ArgumentError message: \"errors were found at the given arguments:\\n\\n  * 1st argument: out of range\\n\""},
		{"Kernel.elem", []term.Term{cl("1"), cl("0")}, "ArgumentError message: \"errors were found at the given arguments:\\n\\n  * 2nd argument: not a tuple\\n\""},
		{"Kernel.hd", []term.Term{cl("[]")}, "ArgumentError message: \"errors were found at the given arguments:\\n\\n  * 1st argument: not a nonempty list\\n\""},
		{"Kernel.div", []term.Term{cl("1"), cl("0")}, "ArithmeticError message: \"bad argument in arithmetic expression\""},
		{"Kernel.put_in", []term.Term{cl("%{a: nil}"), cl("[:a, :b]"), cl("1")}, "ArgumentError message: \"could not put/update key :b on a nil value\""},
		{"Kernel.pop_in", []term.Term{cl("nil"), cl("[:a]")}, "ArgumentError message: \"could not pop key :a on a nil value\""},
		{"Kernel.get_in", []term.Term{cl("%{a: []}"), term.List(term.MakeAtom("a"), colInvoke(t, "Access.key", cl(":b")))}, "BadMapError term: []"},
	}
	for _, c := range errs {
		if got := colExc(colErr(t, c.fn, c.args...)); got != c.want {
			t.Errorf("%s: got %s, want %s", c.fn, got, c.want)
		}
	}
}

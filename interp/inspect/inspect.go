// Package inspect prints terms exactly as Elixir 1.18's Kernel.inspect/2
// and IO.inspect/2 do, and formats floats as Erlang does.
//
// All printing goes through Elixir's document algebra (Doc, Format): each
// term becomes a document (ToDoc) built the way Elixir's Inspect protocol
// builds it, so line breaking at a width matches Elixir byte for byte.
//
// Entry points:
//   - Inspect(t, opts): Kernel.inspect/2 (one line unless opts.Pretty).
//   - InspectLabel(t, label, opts): what IO.inspect/2 prints, at opts.Width.
//   - FloatToString: to_string/1, IO.puts and interpolation of a float;
//     FloatInspect: inspect of a float.
//   - OptionsFromKeyword reads the options a program passes; Default gives
//     Inspect.Opts' defaults.
//   - Doc constructors (Text, Concat, Nest, Break, FlexBreak, Group, ...),
//     ContainerDoc and Format: Inspect.Algebra. DocToTerm, DocFromTerm,
//     OptionsToTerm and OptionsFromTerm convert to and from the terms Elixir
//     code sees, for Inspect.Algebra built-ins and user Inspect
//     implementations.
//   - The program: Options.Program is the running program's own
//     Inspect implementations and struct field order (Program); For(env)
//     gives the defaults with the program of a built-in's Env, and
//     nested printing carries it along in the Options.
//
// Standard structs print as Elixir's implementations do (ranges, MapSet,
// Date/Time/NaiveDateTime/DateTime sigils, Date.Range, Regex, Stream);
// other structs as %Name{...} in field definition order.
//
// Known difference: Erlang iterates maps of more than 32 keys in the order
// of their hash trie; term.Map (and so this package) keeps key order.
//
// The package installs itself as rt's inspector, so rt.Inspect(env, t)
// and error banners print terms in env's program.
package inspect

import (
	"math/big"
	"sort"
	"strconv"
	"strings"

	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/rt"
)

// Charlists is the :charlists option.
type Charlists uint8

// The values of :charlists.
const (
	CharlistsInfer Charlists = iota
	CharlistsAsLists
	CharlistsAsCharlists
)

// Binaries is the :binaries option.
type Binaries uint8

// The values of :binaries.
const (
	BinariesInfer Binaries = iota
	BinariesAsBinaries
	BinariesAsStrings
)

// Base is the :base option: how integers (and bytes) print.
type Base uint8

// The values of :base.
const (
	BaseDecimal Base = iota
	BaseHex
	BaseBinary
	BaseOctal
)

// Options are Inspect.Opts. Get the defaults from Default.
type Options struct {
	// Width is the line width (80); Infinity (or any negative number)
	// prints on one line; 0 puts every item on a line of its own. Kernel's
	// inspect/2 uses it only with Pretty; IO.inspect always does.
	Width int
	// Limit is how many items of a collection print (50); Infinity (or
	// any negative number) for all.
	Limit int
	// PrintableLimit is how many characters of a printable string or
	// charlist print (4096); Infinity (or any negative number) for all.
	PrintableLimit int
	// Pretty is the :pretty option.
	Pretty bool
	// Charlists is the :charlists option (infer).
	Charlists Charlists
	// Binaries is the :binaries option (infer).
	Binaries Binaries
	// Base is the :base option (decimal).
	Base Base
	// Structs is the :structs option (true): false prints structs as maps.
	Structs bool
	// CustomOptions is the :custom_options keyword list (nil for []),
	// carried for a program's own Inspect implementations.
	CustomOptions term.Term
	// Program, when set, is the running program: asked first for every
	// struct (a map with an atom under :__struct__) while Structs is
	// true, and for the fields of structs Elixir's library does not
	// define. Without it, structs print as in a program that defines
	// none. Printing charges its work to Program's process when Program
	// is an rt.Env (meter.go).
	Program Program
	// work is the meter of the printing under way, shared by the nested
	// calls of one Inspect or top-level ToDoc.
	work *meter
}

// Program is what printing asks of the running program. The evaluator
// implements it on each process, so programs running side by side in
// one Go process each print with their own definitions.
type Program interface {
	// InspectStruct returns the document of struct t printed by the
	// program's own Inspect implementation (defimpl Inspect, or @derive
	// Inspect with :only or :except), run in the calling process; false
	// lets the built-in printing happen.
	InspectStruct(t term.Term, opts Options) (Doc, bool)
	// StructFields returns a struct module's fields in definition order
	// (without __struct__ and __exception__); ok is false for a module
	// the program does not define. The standard library's structs and
	// exceptions are known without it; structs of modules neither knows
	// print as maps.
	StructFields(module term.Atom) (fields []term.Atom, ok bool)
}

var defaults = Options{
	Width:          80,
	Limit:          50,
	PrintableLimit: 4096,
	Structs:        true,
}

// Default returns Inspect.Opts' defaults, without a program (see For).
func Default() Options { return defaults }

// For returns Inspect.Opts' defaults in the program of env: its Program
// when env has one (the evaluator's processes do), none for nil.
func For(env rt.Env) Options {
	o := defaults
	if p, ok := env.(Program); ok {
		o.Program = p
	}
	return o
}

func init() {
	rt.SetInspector(func(env rt.Env, t term.Term, pretty bool) string {
		o := For(env)
		if pretty {
			o.Pretty = true
			o.Limit = Infinity
		}
		return Inspect(t, o)
	})
}

// Inspect returns Kernel.inspect(t, opts): on one line unless opts.Pretty
// is set, then broken at opts.Width.
func Inspect(t term.Term, opts Options) string {
	width := Infinity
	if opts.Pretty {
		width = opts.Width
	}
	if opts.work == nil {
		opts.work = newMeter(opts.Program)
		defer opts.work.release()
	}
	return format(Group(ToDoc(t, opts)), width, opts.work)
}

// InspectLabel returns what IO.inspect(t, opts) prints, without the final
// newline: the label (if not empty) and ": ", then t broken at opts.Width.
// The label does not count towards the width.
func InspectLabel(t term.Term, label string, opts Options) string {
	if opts.work == nil {
		opts.work = newMeter(opts.Program)
		defer opts.work.release()
	}
	s := format(Group(ToDoc(t, opts)), opts.Width, opts.work)
	if label == "" {
		return s
	}
	return label + ": " + s
}

var (
	atomStruct    = term.MakeAtom("__struct__")
	atomException = term.MakeAtom("__exception__")
	atomRange     = term.MakeAtom("Elixir.Range")
	atomMapSet    = term.MakeAtom("Elixir.MapSet")
	atomFirst     = term.MakeAtom("first")
	atomLast      = term.MakeAtom("last")
	atomStep      = term.MakeAtom("step")
	atomMap       = term.MakeAtom("map")
)

// ToDoc is Inspect.Algebra.to_doc/2: the document of t under opts. Its
// work is charged to opts.Program's process (meter.go); terms nested
// deeper than maxPrintDepth print as "...".
func ToDoc(t term.Term, opts Options) Doc {
	if opts.work == nil {
		opts.work = newMeter(opts.Program)
		defer opts.work.release()
	}
	m := opts.work
	m.node()
	if m.depth >= maxPrintDepth {
		return Text("...")
	}
	m.depth++
	d := toDoc(t, opts)
	m.depth--
	return d
}

func toDoc(t term.Term, opts Options) Doc {
	switch v := t.(type) {
	case term.Int:
		if opts.Base == BaseDecimal {
			return Text(strconv.FormatInt(int64(v), 10))
		}
		return Text(intString(big.NewInt(int64(v)), opts.Base))
	case *term.BigInt:
		return Text(intString(v.V, opts.Base))
	case term.Float:
		return Text(FloatInspect(float64(v)))
	case term.Atom:
		return Text(AtomLiteral(v.Name()))
	case term.Binary:
		return binaryDoc(string(v), opts)
	case *term.Bitstring:
		return bitsDoc(v.Data, v.Bits, opts)
	case term.EmptyList:
		return Text("[]")
	case *term.Cons:
		return listDoc(v, opts)
	case term.Tuple:
		return ContainerDoc(Text("{"), sliceItems(v, opts), Text("}"), opts, ",", BreakFlex)
	case *term.Map:
		return mapDoc(v, opts)
	case term.Pid:
		return Text("#PID<0." + strconv.FormatUint(v.ID, 10) + ".0>")
	case term.Ref:
		return Text(refString(v))
	case *term.Fun:
		return Text(funString(v))
	}
	return Text("#Unknown<>")
}

// refString prints a reference; exlite's references have one number,
// printed last as in #Reference<0.0.0.ID>.
func refString(r term.Ref) string {
	return "#Reference<0.0.0." + strconv.FormatUint(r.ID, 10) + ">"
}

func intString(x *big.Int, base Base) string {
	switch base {
	case BaseHex:
		return prefixed(x, 16, "0x")
	case BaseBinary:
		return prefixed(x, 2, "0b")
	case BaseOctal:
		return prefixed(x, 8, "0o")
	}
	return x.String()
}

func prefixed(x *big.Int, b int, prefix string) string {
	s := strings.ToUpper(x.Text(b))
	if s[0] == '-' {
		return "-" + prefix + s[1:]
	}
	return prefix + s
}

// Items is a collection handed to ContainerDoc: N elements, each printed
// by Item with the options (and remaining limit) it gets. When Tail is
// set, the last element is an improper list's tail, printed after " |".
type Items struct {
	N    int
	Item func(i int, opts Options) Doc
	Tail bool
}

func sliceItems(ts []term.Term, opts Options) Items {
	return Items{N: len(ts), Item: func(i int, o Options) Doc { return ToDoc(ts[i], o) }}
}

// Break modes of ContainerDoc.
type BreakMode uint8

// The break modes: BreakMaybe is flex when all items are simple texts,
// strict otherwise.
const (
	BreakMaybe BreakMode = iota
	BreakStrict
	BreakFlex
)

// ContainerDoc is Inspect.Algebra.container_doc/6: items between left and
// right, separated by sep, cut at opts.Limit with "...".
func ContainerDoc(left Doc, items Items, right Doc, opts Options, sep string, brk BreakMode) Doc {
	if items.N == 0 {
		return Concat(left, right)
	}
	simple := brk == BreakMaybe
	limit := opts.Limit
	docs := make([]Doc, 0, min(items.N, max(limit, 0))+1)
	for i := 0; i < items.N; i++ {
		if limit == 0 {
			docs = append(docs, Text("..."))
			break
		}
		newLimit := limit
		if limit != Infinity {
			newLimit--
		}
		o := opts
		o.Limit = newLimit
		if items.Tail && i == items.N-2 {
			l := items.Item(i, o)
			r := items.Item(i+1, o)
			simple = simple && isSimple(l) && isSimple(r)
			docs = append(docs, join(l, r, simple, " |"))
			break
		}
		d := items.Item(i, o)
		if !IsEmpty(d) {
			limit = newLimit
		}
		docs = append(docs, d)
		simple = simple && isSimple(d)
	}
	flex := simple || brk == BreakFlex
	body := Fold(docs, func(d, acc Doc) Doc { return join(d, acc, flex, sep) })
	if flex {
		return Group(Concat(left, Nest(body, 1), right))
	}
	return Group(Glue(Nest(Glue(left, "", body), 2), "", right))
}

func join(l, r Doc, flex bool, sep string) Doc {
	switch {
	case IsEmpty(l) && IsEmpty(r):
		return Empty()
	case IsEmpty(r):
		return l
	case IsEmpty(l):
		return r
	case flex:
		return FlexGlue(Concat(l, Text(sep)), " ", r)
	}
	return Glue(Concat(l, Text(sep)), " ", r)
}

func isSimple(d Doc) bool {
	switch v := d.(type) {
	case docCons:
		return isSimple(v.left) && isSimple(v.right)
	case docColor:
		return isSimple(v.doc)
	case docString, docNil, docText:
		return true
	}
	return false
}

func binaryDoc(s string, opts Options) Doc {
	if opts.Binaries == BinariesAsStrings ||
		opts.Binaries == BinariesInfer && opts.Base == BaseDecimal && StringPrintable(s, opts.PrintableLimit) {
		esc, rest := Escape(s, '"', opts.PrintableLimit)
		if rest != "" {
			return Text(`"` + esc + `" <> ...`)
		}
		return Text(`"` + esc + `"`)
	}
	return bitsDoc(s, int64(len(s))*8, opts)
}

// bitsDoc prints <<1, 2, 3::size(3)>>.
func bitsDoc(data string, bits int64, opts Options) Doc {
	if bits == 0 {
		return Text("<<>>")
	}
	whole := int(bits / 8)
	tailBits := bits % 8
	n := whole
	if tailBits > 0 {
		n++
	}
	// Build right to left: each byte but the last is "b," flex-glued to the rest.
	counter := opts.Limit
	docs := make([]Doc, 0, n)
	for i := 0; i < n; i++ {
		if counter == 0 {
			docs = append(docs, Text("..."))
			break
		}
		var d Doc
		if i < whole {
			d = Text(intString(big.NewInt(int64(data[i])), opts.Base))
		} else {
			v := int64(data[i]) >> (8 - tailBits)
			d = Text(intString(big.NewInt(v), opts.Base) + "::size(" + strconv.FormatInt(tailBits, 10) + ")")
		}
		docs = append(docs, d)
		if counter != Infinity {
			counter--
		}
	}
	inner := Fold(docs, func(d, acc Doc) Doc { return FlexGlue(Concat(d, Text(",")), " ", acc) })
	return Group(Concat(Text("<<"), Nest(inner, 2), Text(">>")))
}

func listDoc(c *term.Cons, opts Options) Doc {
	// Only the elements that can print are kept: the first Limit+1 for
	// the container and the first PrintableLimit+1 for the charlist test.
	keep := max(opts.Limit, opts.PrintableLimit)
	if keep != Infinity {
		keep++
	}
	var elems []term.Term
	var tail term.Term = term.Nil
	n := 0
	keyword := true
	var t term.Term = c
	for {
		cell, ok := t.(*term.Cons)
		if !ok {
			break
		}
		if n < keep {
			elems = append(elems, cell.Head)
		}
		n++
		opts.work.step(1)
		keyword = keyword && isKeywordPair(cell.Head)
		t = cell.Tail
	}
	if _, ok := t.(term.EmptyList); !ok {
		tail = t
	}
	proper := tail == term.Nil
	if proper && (opts.Charlists == CharlistsAsCharlists ||
		opts.Charlists == CharlistsInfer && asciiPrintable(elems, opts.PrintableLimit)) {
		all := elems
		if n > len(elems) {
			all, _ = term.ListToSlice(c)
		}
		if s, ok := charlistString(all); ok {
			esc, rest := Escape(s, '"', opts.PrintableLimit)
			if rest != "" {
				return Text(`~c"` + esc + `" ++ ...`)
			}
			return Text(`~c"` + esc + `"`)
		}
	}
	if proper && keyword {
		return ContainerDoc(Text("["), Items{N: n, Item: func(i int, o Options) Doc {
			kv := elems[i].(term.Tuple)
			return keywordDoc(kv[0].(term.Atom), kv[1], o)
		}}, Text("]"), opts, ",", BreakStrict)
	}
	items := Items{N: n, Item: func(i int, o Options) Doc { return ToDoc(elems[i], o) }}
	if !proper {
		items = Items{N: n + 1, Tail: true, Item: func(i int, o Options) Doc {
			if i == n {
				return ToDoc(tail, o)
			}
			return ToDoc(elems[i], o)
		}}
	}
	return ContainerDoc(Text("["), items, Text("]"), opts, ",", BreakMaybe)
}

func asciiPrintable(elems []term.Term, limit int) bool {
	for _, e := range elems {
		if limit == 0 {
			return true
		}
		if limit != Infinity {
			limit--
		}
		i, ok := e.(term.Int)
		if !ok || !asciiPrintableRune(int64(i)) {
			return false
		}
	}
	return true
}

// charlistString is IO.chardata_to_string of a list of code points; ok is
// false when an element is not a valid code point.
func charlistString(elems []term.Term) (string, bool) {
	var sb strings.Builder
	for _, e := range elems {
		i, ok := e.(term.Int)
		if !ok || i < 0 || i > 0x10FFFF || i >= 0xD800 && i <= 0xDFFF {
			return "", false
		}
		sb.WriteRune(rune(i))
	}
	return sb.String(), true
}

// isKeywordPair is the test Inspect.List.keyword?/1 applies to each
// element: a pair whose key is an atom other than an alias.
func isKeywordPair(e term.Term) bool {
	kv, ok := e.(term.Tuple)
	if !ok || len(kv) != 2 {
		return false
	}
	a, ok := kv[0].(term.Atom)
	return ok && !strings.HasPrefix(a.Name(), "Elixir.")
}

func keywordDoc(key term.Atom, value term.Term, opts Options) Doc {
	return Concat(Text(AtomKey(key.Name())), Text(" "), ToDoc(value, opts))
}

func mapDoc(m *term.Map, opts Options) Doc {
	if mod, ok := m.Get(atomStruct); ok {
		if a, ok := mod.(term.Atom); ok && opts.Structs {
			return structDoc(m, a, opts)
		}
	}
	return plainMapDoc(m, "", opts)
}

// MapDoc is Inspect.Map.inspect/2: m printed as a map, even when it is a
// struct (%{__struct__: Foo, a: 1}).
func MapDoc(m *term.Map, opts Options) Doc { return plainMapDoc(m, "", opts) }

// KeywordDoc prints one keyword pair, key: value.
func KeywordDoc(key term.Atom, value term.Term, opts Options) Doc {
	return keywordDoc(key, value, opts)
}

// StructDoc is Inspect.Map.inspect/4: %Name{field: value, ...} with the
// given fields in order; name is the module as printed (AtomLiteral).
func StructDoc(m *term.Map, name string, fields []term.Atom, opts Options) Doc {
	return ContainerDoc(Text("%"+name+"{"), Items{N: len(fields), Item: func(i int, o Options) Doc {
		v, _ := m.Get(fields[i])
		return keywordDoc(fields[i], v, o)
	}}, Text("}"), opts, ",", BreakStrict)
}

// DerivedStructDoc is Inspect.Any.inspect/4, what @derive {Inspect,
// only: ...} or except: prints: #Name<field: value, ..., ...>.
func DerivedStructDoc(m *term.Map, name string, fields []term.Atom, opts Options) Doc {
	return ContainerDoc(Text("#"+name+"<"), Items{N: len(fields) + 1, Item: func(i int, o Options) Doc {
		if i == len(fields) {
			return Text("...")
		}
		v, _ := m.Get(fields[i])
		return keywordDoc(fields[i], v, o)
	}}, Text(">"), opts, ",", BreakStrict)
}

func plainMapDoc(m *term.Map, name string, opts Options) Doc {
	keys, vals := m.Keys(), m.Values()
	allAtoms := true
	for _, k := range keys {
		a, ok := k.(term.Atom)
		if !ok || strings.HasPrefix(a.Name(), "Elixir.") {
			allAtoms = false
			break
		}
	}
	var item func(i int, o Options) Doc
	if allAtoms {
		item = func(i int, o Options) Doc { return keywordDoc(keys[i].(term.Atom), vals[i], o) }
	} else {
		item = func(i int, o Options) Doc {
			return Concat(ToDoc(keys[i], o), Text(" => "), ToDoc(vals[i], o))
		}
	}
	return ContainerDoc(Text("%"+name+"{"), Items{N: len(keys), Item: item}, Text("}"), opts, ",", BreakStrict)
}

func structDoc(m *term.Map, mod term.Atom, opts Options) Doc {
	if opts.Program != nil {
		if d, ok := opts.Program.InspectStruct(m, opts); ok {
			return d
		}
	}
	if d, ok := builtinStructDoc(m, mod, opts); ok {
		return d
	}
	var fields []term.Atom
	known := false
	if opts.Program != nil {
		fields, known = opts.Program.StructFields(mod)
	}
	if !known {
		fields, known = builtinFields(mod)
	}
	if !known && opts.Program != nil {
		// Inspect.Any: a module without a struct prints as a map
		return plainMapDoc(m, "", opts)
	}
	if known {
		// The struct's keys must be exactly the module's fields.
		n := m.Len() - 1
		if _, ok := m.Get(atomException); ok {
			n--
		}
		same := n == len(fields)
		for _, f := range fields {
			if _, ok := m.Get(f); !ok {
				same = false
				break
			}
		}
		if !same {
			return plainMapDoc(m, "", opts)
		}
	} else {
		for _, k := range m.Keys() {
			a, ok := k.(term.Atom)
			if !ok {
				return plainMapDoc(m, "", opts)
			}
			if a != atomStruct && a != atomException {
				fields = append(fields, a)
			}
		}
		sort.Slice(fields, func(i, j int) bool { return fields[i].Name() < fields[j].Name() })
	}
	return StructDoc(m, AtomLiteral(mod.Name()), fields, opts)
}

func rangeDoc(m *term.Map, opts Options) (Doc, bool) {
	first, ok1 := m.Get(atomFirst)
	last, ok2 := m.Get(atomLast)
	step, ok3 := m.Get(atomStep)
	if !ok1 || !ok2 || m.Len() != 4 {
		return nil, false
	}
	if !ok3 {
		return nil, false
	}
	if s, ok := step.(term.Int); ok && s == 1 && term.Compare(last, first) >= 0 {
		return Concat(ToDoc(first, opts), Text(".."), ToDoc(last, opts)), true
	}
	return Concat(ToDoc(first, opts), Text(".."), ToDoc(last, opts), Text("//"), ToDoc(step, opts)), true
}

// mapSetDoc prints %MapSet{map: %{elem => [], ...}} as MapSet.new([...]).
func mapSetDoc(m *term.Map, opts Options) (Doc, bool) {
	inner, ok := m.Get(atomMap)
	im, ok2 := inner.(*term.Map)
	if !ok || !ok2 {
		return nil, false
	}
	o := opts
	o.Charlists = CharlistsAsLists
	return Concat(Text("MapSet.new("), ToDoc(term.List(im.Keys()...), o), Text(")")), true
}

// funString prints a function: &Mod.fun/2 for an external capture,
// #Function<Index.Uniq/Arity in Mod.fun/1> for others.
func funString(f *term.Fun) string {
	uniq := strconv.FormatUint(uint64(f.Index), 10) + "." + strconv.FormatUint(uint64(f.Uniq), 10)
	arity := strconv.Itoa(f.Arity)
	switch {
	case f.External:
		return "&" + AtomLiteral(f.Module.Name()) + "." + AtomRemoteCall(f.Name.Name()) + "/" + arity
	case f.File != "":
		return "#Function<" + uniq + " in file:" + f.File + ">"
	case f.Module.IsZero():
		return "#Function<" + uniq + "/" + arity + ">"
	}
	mod := AtomLiteral(f.Module.Name())
	name := ""
	if !f.Name.IsZero() && f.Name.Name() != "" {
		if parent, parentArity, ok := anonymousParent(f.Name.Name()); ok {
			name = "." + AtomRemoteCall(parent) + "/" + parentArity
		} else {
			name = "." + AtomRemoteCall(f.Name.Name())
		}
	}
	return "#Function<" + uniq + "/" + arity + " in " + mod + name + ">"
}

// anonymousParent reads the Erlang name of an anonymous function,
// "-run/1-fun-0-", as its parent run and "1".
func anonymousParent(name string) (string, string, bool) {
	rest, ok := strings.CutPrefix(name, "-")
	if !ok {
		return "", "", false
	}
	slash := strings.LastIndexByte(rest, '/')
	if slash < 0 {
		return "", "", false
	}
	parts := strings.Split(rest[slash+1:], "-")
	if len(parts) != 4 || parts[3] != "" {
		return "", "", false
	}
	return rest[:slash], parts[0], true
}

package stdlib

import (
	"hash/maphash"
	"math"
	"math/big"

	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/rt"
)

// Atoms and module atoms the collection modules use.
var (
	atomStruct     = term.MakeAtom("__struct__")
	atomCont       = term.MakeAtom("cont")
	atomHalt       = term.MakeAtom("halt")
	atomSuspend    = term.MakeAtom("suspend")
	atomDone       = term.MakeAtom("done")
	atomHalted     = term.MakeAtom("halted")
	atomSuspended  = term.MakeAtom("suspended")
	atomAsc        = term.MakeAtom("asc")
	atomDesc       = term.MakeAtom("desc")
	atomDiscard    = term.MakeAtom("discard")
	atomFirst      = term.MakeAtom("first")
	atomLast       = term.MakeAtom("last")
	atomStep       = term.MakeAtom("step")
	atomMap        = term.MakeAtom("map")
	atomEnum       = term.MakeAtom("enum")
	atomFuns       = term.MakeAtom("funs")
	atomAccs       = term.MakeAtom("accs")
	atomGet        = term.MakeAtom("get")
	atomGetUpdate  = term.MakeAtom("get_and_update")
	atomPop        = term.MakeAtom("pop")
	atomKey        = term.MakeAtom("key")
	atomTerm       = term.MakeAtom("term")
	atomMessage    = term.MakeAtom("message")
	atomModule     = term.MakeAtom("module")
	atomFunction   = term.MakeAtom("function")
	atomArity      = term.MakeAtom("arity")
	atomArgs       = term.MakeAtom("args")
	atomProtocol   = term.MakeAtom("protocol")
	atomValue      = term.MakeAtom("value")
	atomDesc2      = term.MakeAtom("description")
	atomCompare    = term.MakeAtom("compare")
	atomLt         = term.MakeAtom("lt")
	atomGt         = term.MakeAtom("gt")
	atomEq         = term.MakeAtom("eq")
	atomEnumerable = rt.ModuleAtom("Enumerable")
	atomCollectabl = rt.ModuleAtom("Collectable")
	atomReduce     = term.MakeAtom("reduce")
	atomCount      = term.MakeAtom("count")
	atomMemberQ    = term.MakeAtom("member?")
	atomInto       = term.MakeAtom("into")
	modRange       = rt.ModuleAtom("Range")
	modMapSet      = rt.ModuleAtom("MapSet")
	modStream      = rt.ModuleAtom("Stream")
	atomVersion    = term.MakeAtom("version")
)

// structOf returns the module of a struct (a map with an atom __struct__).
func structOf(t term.Term) (term.Atom, bool) {
	m, ok := t.(*term.Map)
	if !ok {
		return term.Atom{}, false
	}
	v, ok := m.Get(atomStruct)
	if !ok {
		return term.Atom{}, false
	}
	a, ok := v.(term.Atom)
	return a, ok
}

// isStructOf reports whether t is a %mod{} struct.
func isStructOf(t term.Term, mod term.Atom) bool {
	a, ok := structOf(t)
	return ok && a == mod
}

// field reads a key of a map known to have it (nil if absent).
func mapField(m *term.Map, k term.Atom) term.Term {
	v, _ := m.Get(k)
	return v
}

// list builds a proper list from items with one allocation for all cells.
func list(items []term.Term) term.Term {
	if len(items) == 0 {
		return term.Nil
	}
	cells := make([]term.Cons, len(items))
	var tail term.Term = term.Nil
	for i := len(items) - 1; i >= 0; i-- {
		cells[i] = term.Cons{Head: items[i], Tail: tail}
		tail = &cells[i]
	}
	return tail
}

// listWithTail builds [items... | tail].
func listWithTail(items []term.Term, tail term.Term) term.Term {
	if len(items) == 0 {
		return tail
	}
	cells := make([]term.Cons, len(items))
	for i := len(items) - 1; i >= 0; i-- {
		cells[i] = term.Cons{Head: items[i], Tail: tail}
		tail = &cells[i]
	}
	return tail
}

// properList returns the elements of a proper list; ok is false otherwise.
func properList(t term.Term) ([]term.Term, bool) {
	n := 0
	for c := t; ; {
		switch x := c.(type) {
		case term.EmptyList:
			goto count
		case *term.Cons:
			n++
			c = x.Tail
		default:
			return nil, false
		}
	}
count:
	items := make([]term.Term, 0, n)
	for c, ok := t.(*term.Cons); ok; c, ok = c.Tail.(*term.Cons) {
		items = append(items, c.Head)
	}
	return items, true
}

// isProperList reports whether t is a proper list.
func isProperList(t term.Term) bool {
	for {
		switch x := t.(type) {
		case term.EmptyList:
			return true
		case *term.Cons:
			t = x.Tail
		default:
			return false
		}
	}
}

// tuple builds a tuple.
func tuple(items ...term.Term) term.Tuple { return term.Tuple(items) }

// smallInt returns an integer term as int64.
func smallInt(t term.Term) (int64, bool) {
	i, ok := t.(term.Int)
	return int64(i), ok
}

// isNumber reports whether t is a number.
func isNumber(t term.Term) bool {
	switch t.(type) {
	case term.Int, *term.BigInt, term.Float:
		return true
	}
	return false
}

// isFunArity reports whether t is a function of the given arity.
func isFunArity(t term.Term, arity int) bool {
	f, ok := t.(*term.Fun)
	return ok && f.Arity == arity
}

// isFun reports whether t is a function value.
func isFun(t term.Term) bool {
	_, ok := t.(*term.Fun)
	return ok
}

// truthy calls a predicate and reports its truthiness.
func truthy(env rt.Env, fun term.Term, x term.Term) bool {
	return term.IsTruthy(env.Call(fun, []term.Term{x}))
}

// functionClause raises FunctionClauseError for Module.fun/arity, as a
// call with no matching clause does. args are the call's arguments,
// carried in rt.Error.Args for the uncaught-error report when there are
// arity of them.
func functionClause(module, fun string, arity int, args ...term.Term) {
	if len(args) != arity {
		args = nil
	}
	rt.RaiseFunctionClause(rt.ModuleAtom(module), term.MakeAtom(fun), arity, args)
}

// keyError raises KeyError for key in t (message computed from the
// fields); for a map its Erlang form is {:badkey, key, map}.
func keyError(key, t term.Term) {
	exc := rt.NewException("KeyError", atomKey, key, atomTerm, t, atomMessage, term.NilAtom)
	if _, isMap := t.(*term.Map); isMap {
		rt.RaiseRaw(exc, term.Tuple{term.MakeAtom("badkey"), key, t})
	}
	rt.Raise(exc)
}

// mapsGetError raises KeyError for key missing in map m as :maps.get
// and :maps.update do, whose Erlang form is {:badkey, key} (Map.fetch!,
// Map.replace!, Map.update!).
func mapsGetError(key term.Term, m *term.Map) {
	rt.RaiseRaw(rt.NewException("KeyError", atomKey, key, atomTerm, m, atomMessage, term.NilAtom),
		term.Tuple{term.MakeAtom("badkey"), key})
}

// keyErrorMsg raises KeyError with an explicit message.
func keyErrorMsg(key, t term.Term, msg string) {
	rt.Raise(rt.NewException("KeyError", atomKey, key, atomTerm, t, atomMessage, term.Binary(msg)))
}

// badMap raises BadMapError for a term that should be a map.
func badMap(t term.Term) {
	rt.RaiseRaw(rt.NewException("BadMapError", atomTerm, t), term.Tuple{term.MakeAtom("badmap"), t})
}

// badArg raises ArgumentError "errors were found at the given arguments"
// as Erlang BIFs do (the message detail is computed by the printer).
func badArg(msg string) { rt.ArgumentError(msg) }

// erlangBadArg raises ArgumentError as a failing Erlang BIF does, naming
// the argument positions that were wrong: "* 1st argument: not a list".
func erlangBadArg(details ...string) {
	msg := "errors were found at the given arguments:\n"
	for i := 0; i+1 < len(details); i += 2 {
		msg += "\n  * " + details[i] + " argument: " + details[i+1]
	}
	msg += "\n"
	rt.RaiseRaw(rt.NewException("ArgumentError", atomMessage, term.Binary(msg)), term.MakeAtom("badarg"))
}

// plainBadArg raises Erlang's badarg without error details, as the
// BIFs whose OTP 25 error info names no argument (:maps.from_list/1 given
// a list with something other than a pair) do: "argument error".
func plainBadArg() {
	rt.RaiseRaw(rt.NewException("ArgumentError", atomMessage, term.Binary("argument error")), term.MakeAtom("badarg"))
}

// badArith raises ArithmeticError.
func badArith() { rt.BadArith() }

// add adds two numbers with Elixir's + semantics.
func add(a, b term.Term) term.Term {
	switch x := a.(type) {
	case term.Int:
		switch y := b.(type) {
		case term.Int:
			s := x + y
			if (s > x) == (y > 0) {
				return s
			}
			return term.MakeInt(new(big.Int).Add(big.NewInt(int64(x)), big.NewInt(int64(y))))
		case term.Float:
			return term.Float(float64(x)) + y
		}
	case term.Float:
		switch y := b.(type) {
		case term.Float:
			return x + y
		case term.Int:
			return x + term.Float(float64(y))
		case *term.BigInt:
			f, _ := new(big.Float).SetInt(y.V).Float64()
			return x + term.Float(f)
		}
	}
	xa, okA := term.ToBig(a)
	yb, okB := term.ToBig(b)
	if okA && okB {
		return term.MakeInt(xa.Add(xa, yb))
	}
	if f, ok := b.(term.Float); ok && okA {
		g, _ := new(big.Float).SetInt(xa).Float64()
		return term.Float(g) + f
	}
	badArith()
	return nil
}

// mul multiplies two numbers with Elixir's * semantics.
func mul(a, b term.Term) term.Term {
	switch x := a.(type) {
	case term.Int:
		if y, ok := b.(term.Int); ok {
			if x == 0 || y == 0 {
				return term.Int(0)
			}
			p := x * y
			if p/y == x && !(x == -1 && y == math.MinInt64) && !(y == -1 && x == math.MinInt64) {
				return p
			}
		}
	case term.Float:
		switch y := b.(type) {
		case term.Float:
			return x * y
		case term.Int:
			return x * term.Float(float64(y))
		}
	}
	if y, ok := b.(term.Float); ok {
		if xa, ok := term.ToBig(a); ok {
			g, _ := new(big.Float).SetInt(xa).Float64()
			return term.Float(g) * y
		}
	}
	if y, ok := b.(term.Int); ok {
		if x, ok := a.(term.Float); ok {
			return x * term.Float(float64(y))
		}
	}
	xa, okA := term.ToBig(a)
	yb, okB := term.ToBig(b)
	if okA && okB {
		return term.MakeInt(xa.Mul(xa, yb))
	}
	if f, ok := a.(term.Float); ok && okB {
		g, _ := new(big.Float).SetInt(yb).Float64()
		return f * term.Float(g)
	}
	badArith()
	return nil
}

// sub subtracts with Elixir's - semantics.
func sub(a, b term.Term) term.Term {
	switch y := b.(type) {
	case term.Int:
		if y != math.MinInt64 {
			return add(a, -y)
		}
	case term.Float:
		return add(a, -y)
	}
	yb, ok := term.ToBig(b)
	if !ok || !isNumber(a) {
		badArith()
	}
	return add(a, term.MakeInt(yb.Neg(yb)))
}

var hashSeed = maphash.MakeSeed()

// hashTerm hashes a term consistently with term.StrictEqual.
func hashTerm(t term.Term) uint64 {
	switch v := t.(type) {
	case term.Int:
		x := uint64(v) * 0x9E3779B97F4A7C15
		return x ^ (x >> 29)
	case term.Float:
		f := float64(v)
		if f == 0 {
			f = 0
		}
		x := (math.Float64bits(f) + 7) * 0xC2B2AE3D27D4EB4F
		return x ^ (x >> 31)
	case term.Atom:
		return maphash.String(hashSeed, v.Name()) ^ 0xA
	case term.Binary:
		return maphash.String(hashSeed, string(v))
	case *term.BigInt:
		return maphash.String(hashSeed, v.V.String()) ^ 0xB
	case term.Tuple:
		h := uint64(len(v)) + 0x51
		for _, e := range v {
			h = h*31 + hashTerm(e)
		}
		return h
	case term.EmptyList:
		return 0x3D
	case *term.Cons:
		h := uint64(0x77)
		var c term.Term = v
		for {
			cc, ok := c.(*term.Cons)
			if !ok {
				return h*17 + hashTerm(c)
			}
			h = h*31 + hashTerm(cc.Head)
			c = cc.Tail
		}
	case *term.Map:
		h := uint64(v.Len()) + 0x99
		v.Range(func(k, x term.Term) bool {
			h = h*31 + hashTerm(k)
			h = h*31 + hashTerm(x)
			return true
		})
		return h
	case term.Pid:
		return v.ID*0x100000001B3 + 1
	case term.Ref:
		return v.ID*0x100000001B3 + 2
	case *term.Fun:
		return maphash.String(hashSeed, v.Module.Name()+v.Name.Name()) + uint64(v.Index)*31 + uint64(v.Uniq)
	case *term.Bitstring:
		return maphash.String(hashSeed, v.Data) + uint64(v.Bits)
	}
	return 0
}

// termSet is a set of terms compared with === (as map keys are).
type termSet struct {
	first map[uint64]term.Term
	more  map[uint64][]term.Term
}

func newTermSet(n int) *termSet {
	return &termSet{first: make(map[uint64]term.Term, n)}
}

// add inserts t and reports whether it was new.
func (s *termSet) add(t term.Term) bool {
	h := hashTerm(t)
	f, ok := s.first[h]
	if !ok {
		s.first[h] = t
		return true
	}
	if term.StrictEqual(f, t) {
		return false
	}
	for _, x := range s.more[h] {
		if term.StrictEqual(x, t) {
			return false
		}
	}
	if s.more == nil {
		s.more = map[uint64][]term.Term{}
	}
	s.more[h] = append(s.more[h], t)
	return true
}

// has reports whether t is in the set.
func (s *termSet) has(t term.Term) bool {
	h := hashTerm(t)
	f, ok := s.first[h]
	if !ok {
		return false
	}
	if term.StrictEqual(f, t) {
		return true
	}
	for _, x := range s.more[h] {
		if term.StrictEqual(x, t) {
			return true
		}
	}
	return false
}

// termIndex maps terms (compared with ===) to small integers.
type termIndex struct {
	first map[uint64]int
	more  map[uint64][]int
	keys  []term.Term
}

func newTermIndex(n int) *termIndex {
	return &termIndex{first: make(map[uint64]int, n)}
}

// lookup returns the index of t, adding it when absent; added reports that.
func (x *termIndex) lookup(t term.Term) (idx int, added bool) {
	h := hashTerm(t)
	if i, ok := x.first[h]; ok {
		if term.StrictEqual(x.keys[i], t) {
			return i, false
		}
		for _, j := range x.more[h] {
			if term.StrictEqual(x.keys[j], t) {
				return j, false
			}
		}
		if x.more == nil {
			x.more = map[uint64][]int{}
		}
		x.more[h] = append(x.more[h], len(x.keys))
	} else {
		x.first[h] = len(x.keys)
	}
	x.keys = append(x.keys, t)
	return len(x.keys) - 1, true
}

// mapOf returns t as a plain or struct map, or raises BadMapError.
func mapOf(t term.Term) *term.Map {
	m, ok := t.(*term.Map)
	if !ok {
		badMap(t)
	}
	return m
}

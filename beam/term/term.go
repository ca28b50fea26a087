// Package term defines the values of exlite programs: the BEAM's terms.
//
// Terms are immutable and shared freely between processes. Every Go type
// here implements Term. The interpreter (interp) builds and consumes them,
// and the process runtime (beam) carries them in messages.
package term

import (
	"math/big"
	"strings"
	"sync"
	"weak"
)

// Kind orders the types of terms as Erlang does:
// number < atom < reference < fun < port < pid < tuple < map < list < bitstring.
type Kind uint8

// The kinds, in term order.
const (
	KindNumber Kind = iota
	KindAtom
	KindRef
	KindFun
	KindPort
	KindPid
	KindTuple
	KindMap
	KindList
	KindBitstring
)

// Term is any exlite value.
type Term interface {
	// Kind reports the term's type class, used for ordering across types.
	Kind() Kind
}

// Int is a small integer: one that fits in int64.
type Int int64

// Kind implements Term.
func (Int) Kind() Kind { return KindNumber }

// BigInt is an integer that does not fit in int64. Arithmetic normalises
// results back to Int whenever they fit (see MakeInt).
type BigInt struct{ V *big.Int }

// Kind implements Term.
func (*BigInt) Kind() Kind { return KindNumber }

// MakeInt returns x as an Int when it fits in int64, else as a *BigInt.
// x must not be modified afterwards.
func MakeInt(x *big.Int) Term {
	if x.IsInt64() {
		return Int(x.Int64())
	}
	return &BigInt{V: x}
}

// ToBig returns an integer term as a new *big.Int; ok is false for non-integers.
func ToBig(t Term) (*big.Int, bool) {
	switch v := t.(type) {
	case Int:
		return big.NewInt(int64(v)), true
	case *BigInt:
		return new(big.Int).Set(v.V), true
	}
	return nil, false
}

// Float is an IEEE 754 double.
type Float float64

// Kind implements Term.
func (Float) Kind() Kind { return KindNumber }

// atomEntry is the interned record behind an Atom.
type atomEntry struct {
	name string
	// index is the atom-table index the map key hash uses (atomIndex).
	index uint64
}

// Atom is an interned symbol. Two atoms are equal exactly when their
// pointers are; Atom values fit in an interface without allocation.
type Atom struct{ e *atomEntry }

// Kind implements Term.
func (Atom) Kind() Kind { return KindAtom }

// Name returns the atom's text (without a leading colon).
func (a Atom) Name() string {
	if a.e == nil {
		return ""
	}
	return a.e.name
}

// IsZero reports whether a is the zero Atom (not a real atom).
func (a Atom) IsZero() bool { return a.e == nil }

// The atom table maps names to their entries weakly: an atom lives as
// long as something (a term, compiled code, a Go variable) holds it, and
// its entry then leaves the table, so that the atoms of the programs a
// long-lived Go process ran (exlite serve) do not pile up. Two live Atoms
// of the same name always share their entry: a new entry is made only
// when no Atom holds the old one, so comparing atoms stays comparing
// pointers. The entries of dead atoms are swept when the table has
// doubled since the last sweep.
var atomTable = struct {
	sync.RWMutex
	m map[string]weak.Pointer[atomEntry]
	// sweepAt is the size at which the next sweep runs.
	sweepAt int
}{m: make(map[string]weak.Pointer[atomEntry], 1024), sweepAt: 4096}

// MakeAtom returns the interned atom named name.
func MakeAtom(name string) Atom {
	atomTable.RLock()
	w, ok := atomTable.m[name]
	atomTable.RUnlock()
	if ok {
		if e := w.Value(); e != nil {
			return Atom{e}
		}
	}
	atomTable.Lock()
	defer atomTable.Unlock()
	if w, ok := atomTable.m[name]; ok {
		if e := w.Value(); e != nil {
			return Atom{e}
		}
	}
	if len(atomTable.m) >= atomTable.sweepAt {
		sweepAtoms()
	}
	// A copy: name may be part of a larger text (a program's source).
	e := &atomEntry{name: strings.Clone(name), index: standInAtomIndex(name)}
	atomTable.m[e.name] = weak.Make(e)
	return Atom{e}
}

// sweepAtoms removes the entries of dead atoms (the table is locked).
func sweepAtoms() {
	for name, w := range atomTable.m {
		if w.Value() == nil {
			delete(atomTable.m, name)
		}
	}
	atomTable.sweepAt = max(2*len(atomTable.m), 4096)
}

// LookupAtom returns the atom named name only if it already exists.
func LookupAtom(name string) (Atom, bool) {
	atomTable.RLock()
	w, ok := atomTable.m[name]
	atomTable.RUnlock()
	if !ok {
		return Atom{}, false
	}
	e := w.Value()
	return Atom{e}, e != nil
}

// AtomCount returns how many atoms exist: the atoms something holds
// (and, until the collector has found them so, some that nothing holds).
// It sweeps the table.
func AtomCount() int {
	atomTable.Lock()
	defer atomTable.Unlock()
	sweepAtoms()
	return len(atomTable.m)
}

// Frequently used atoms.
var (
	True      = MakeAtom("true")
	False     = MakeAtom("false")
	NilAtom   = MakeAtom("nil")
	OK        = MakeAtom("ok")
	ErrorAtom = MakeAtom("error")
	Undefined = MakeAtom("undefined")
)

// Bool returns the atom true or false.
func Bool(b bool) Atom {
	if b {
		return True
	}
	return False
}

// IsTruthy reports whether t is truthy in Elixir: anything but nil and false.
func IsTruthy(t Term) bool {
	if a, ok := t.(Atom); ok {
		return a != NilAtom && a != False
	}
	return true
}

// Binary is a bitstring whose size is a whole number of bytes; Elixir's
// strings are Binaries holding UTF-8.
type Binary string

// Kind implements Term.
func (Binary) Kind() Kind { return KindBitstring }

// Bitstring is a bitstring whose size in bits is not a multiple of 8.
// Data holds ceil(Bits/8) bytes; the unused low bits of the last byte are zero.
type Bitstring struct {
	Data string
	Bits int64
}

// Kind implements Term.
func (*Bitstring) Kind() Kind { return KindBitstring }

// EmptyList is the type of the empty list, [].
type EmptyList struct{}

// Kind implements Term.
func (EmptyList) Kind() Kind { return KindList }

// Nil is the empty list [].
var Nil Term = EmptyList{}

// Cons is a list cell [Head | Tail]. A proper list ends in Nil.
type Cons struct {
	Head Term
	Tail Term
}

// Kind implements Term.
func (*Cons) Kind() Kind { return KindList }

// Tuple is a fixed-size sequence of terms. Never modify one in place.
type Tuple []Term

// Kind implements Term.
func (Tuple) Kind() Kind { return KindTuple }

// Pid identifies a process. It prints as #PID<0.ID.0>.
type Pid struct{ ID uint64 }

// Kind implements Term.
func (Pid) Kind() Kind { return KindPid }

// Ref is a unique reference. It prints as #Reference<0.A.B.C>.
type Ref struct{ ID uint64 }

// Kind implements Term.
func (Ref) Kind() Kind { return KindRef }

// Fun is a function value: an anonymous function (closure) or a capture of
// a named function. The interpreter owns Code and Env; the runtime only
// carries them.
type Fun struct {
	// Arity is the number of arguments the function takes.
	Arity int
	// Module is the module the function was defined in (or captured from).
	Module Atom
	// Name is the function's name for a capture (&Mod.name/arity), or the
	// name of the enclosing function for an anonymous one.
	Name Atom
	// External is true for a capture of a named function (&Mod.f/2),
	// which prints as &Mod.f/2.
	External bool
	// Index and Uniq are the numbers printed in #Function<Index.Uniq/...>.
	Index, Uniq uint32
	// File is set for an anonymous function written at the top level of a
	// script: the script's path relative to the working directory. Such a
	// function prints as #Function<Index.Uniq in file:path>.
	File string
	// Code is the interpreter's compiled body.
	Code any
	// Env is the interpreter's captured environment.
	Env any
}

// Kind implements Term.
func (*Fun) Kind() Kind { return KindFun }

// List builds a proper list from items.
func List(items ...Term) Term {
	var l Term = Nil
	for i := len(items) - 1; i >= 0; i-- {
		l = &Cons{Head: items[i], Tail: l}
	}
	return l
}

// ListWithTail builds [items... | tail].
func ListWithTail(items []Term, tail Term) Term {
	l := tail
	for i := len(items) - 1; i >= 0; i-- {
		l = &Cons{Head: items[i], Tail: l}
	}
	return l
}

// ListToSlice returns the elements of a proper list. ok is false when t is
// not a list or is improper.
func ListToSlice(t Term) (items []Term, ok bool) {
	for {
		switch c := t.(type) {
		case EmptyList:
			return items, true
		case *Cons:
			items = append(items, c.Head)
			t = c.Tail
		default:
			return items, false
		}
	}
}

// IsList reports whether t is a list (empty or a cons cell).
func IsList(t Term) bool {
	switch t.(type) {
	case EmptyList, *Cons:
		return true
	}
	return false
}

// Tuple2 builds a two-element tuple.
func Tuple2(a, b Term) Tuple { return Tuple{a, b} }

package rt

import "github.com/exlite/exlite/beam/term"

// AllocEnv lets a built-in ask before a large allocation whose size it
// knows beforehand (String.duplicate, List.duplicate, a big power...). The
// evaluator ends the run when the allocation would take the program's
// memory past its limit (or, without a limit, when it alone passes a
// bound far below what would kill the host), and counts the bytes as
// allocated by the program otherwise; without the capability nothing is
// checked.
type AllocEnv interface {
	Alloc(bytes int64)
}

// WordBytes is the size in bytes the memory limit counts for a term of one
// machine word (a list cell is about two, a boxed Go term more).
const WordBytes = 8

// CheckAlloc asks env, if it can answer, whether bytes may be allocated
// at once, before they are; it does not return when they may not. Sizes
// that overflow are passed as the largest int64 (see AllocProduct).
func CheckAlloc(env Env, bytes int64) {
	if a, ok := env.(AllocEnv); ok {
		a.Alloc(bytes)
	}
}

// AllocProduct is n * size, or the largest int64 when that overflows or
// n is negative.
func AllocProduct(n, size int64) int64 {
	const max = int64(^uint64(0) >> 1)
	if n < 0 || size < 0 {
		return max
	}
	if size != 0 && n > max/size {
		return max
	}
	return n * size
}

// ListCellBytes is what the memory limit counts per element of a list a
// built-in builds (a cons cell and the slice slot it is built from).
const ListCellBytes = 48

// Reduce counts n reductions of the process running env, if any: a
// built-in doing work in proportion to its input calls it as it goes,
// so that long built-ins are scheduled fairly, count against the
// reduction limit, and stop when the program is killed.
func Reduce(env Env, n int) {
	if p := ProcessOf(env); p != nil {
		p.Reduce(n)
	}
}

// AtomEnv lets the evaluator count the atoms a program creates (the atom
// limit): CountAtom is called once per atom a built-in added to the atom
// table, and does not return when the program has created too many.
type AtomEnv interface {
	CountAtom()
}

// NewAtom is the atom named name, for built-ins that make atoms from
// data (String.to_atom/1, :erlang.binary_to_atom/2, Module.concat/1...):
// an atom that did not exist yet is counted against the atom limit of
// env's program. An atom another program made first costs nothing, so
// programs sharing a Go process do not use each other's budget.
func NewAtom(env Env, name string) term.Atom {
	if a, ok := term.LookupAtom(name); ok {
		return a
	}
	a := term.MakeAtom(name)
	if k, ok := env.(AtomKeeper); ok {
		k.KeepAtom(a)
	}
	if c, ok := env.(AtomEnv); ok {
		c.CountAtom()
	}
	return a
}

// AtomKeeper lets the evaluator keep the atoms a program created alive
// as long as the program: the atom table forgets atoms nothing holds
// (beam/term), and on the BEAM an atom, once made, exists for good
// (String.to_existing_atom/1 finds it even when no term holds it).
type AtomKeeper interface {
	KeepAtom(a term.Atom)
}

// HoldEnv lets a built-in that gathers many results in Go before it
// returns them (Enum.map building its list) have them counted as memory
// the program holds while it works: the evaluator measures what a
// process holds from its variables, which do not see such results yet.
type HoldEnv interface {
	// Hold counts bytes more (or, negative, fewer) held by the built-in
	// running; it does not return when that passes the memory limit.
	Hold(bytes int64)
}

// Holding is what a built-in running in env holds so far (see Hold). It
// tells env by the chunk of holdChunk bytes, not at every element
// gathered: a call of Hold per element of Enum.map cost more than the
// element.
type Holding struct {
	env HoldEnv
	n   int64 // gathered
	old int64 // told env
}

// holdChunk is how many bytes a Holding gathers before it tells env.
const holdChunk = 4096

// Hold starts counting what a built-in gathers in env; it must release
// it when done (defer h.Release()).
func Hold(env Env) Holding {
	h, _ := env.(HoldEnv)
	return Holding{env: h}
}

// Add counts bytes more gathered.
func (h *Holding) Add(bytes int64) {
	if h.n += bytes; h.n-h.old >= holdChunk {
		h.tell()
	}
}

// tell tells env what was gathered since it was last told (not inlined,
// so that Add is).
//
//go:noinline
func (h *Holding) tell() {
	if h.env != nil {
		h.env.Hold(h.n - h.old)
	}
	h.old = h.n
}

// Release ends the counting: what was gathered is now the built-in's
// result, which the evaluator accounts as any value.
func (h *Holding) Release() {
	if h.env != nil && h.old != 0 {
		h.env.Hold(-h.old)
	}
	h.n, h.old = 0, 0
}

// RootEnv lets a built-in that keeps a value in Go between calls back
// into the program (Enum.reduce's accumulator) show it to the
// evaluator's measure of what a process holds.
type RootEnv interface {
	PushRoot(t *term.Term)
	PopRoot()
}

// Rooted is a value shown with Root; Drop it when the built-in returns.
type Rooted struct{ env RootEnv }

// Root shows *t to env's memory accounting until Drop (defer
// rt.Root(env, &acc).Drop()).
func Root(env Env, t *term.Term) Rooted {
	if r, ok := env.(RootEnv); ok {
		r.PushRoot(t)
		return Rooted{r}
	}
	return Rooted{}
}

// Drop ends what Root began.
func (r Rooted) Drop() {
	if r.env != nil {
		r.env.PopRoot()
	}
}

package rt

import (
	"testing"

	"github.com/exlite/exlite/beam/term"
)

// TestRegisterLazy checks that registrations queued before the registry
// is first read run in the order they were made (a later one of the same
// function wins, as with registrations made at once), that reading the
// registry runs them, and that registrations after that take effect at
// once.
func TestRegisterLazy(t *testing.T) {
	constant := func(n int) BuiltinFunc {
		return func(Env, []term.Term) term.Term { return term.Int(n) }
	}
	ran := 0
	RegisterLazy(func() {
		ran++
		Register("LazyTest", map[string]BuiltinFunc{"f/1": constant(1), "g/0": constant(1)})
	})
	Register("LazyTest", map[string]BuiltinFunc{"f/1": constant(2)})
	RegisterGuards("LazyTest", "f/1")
	// A registration that builds on earlier ones reads them with Registered.
	RegisterLazy(func() {
		if f, ok := Registered(ModuleAtom("LazyTest"), term.MakeAtom("f"), 1); ok {
			Register("LazyTest", map[string]BuiltinFunc{"alias/1": f.Fn})
		}
	})
	if ran != 0 {
		t.Fatalf("a lazy registration ran before the registry was read")
	}
	mod := ModuleAtom("LazyTest")
	call := func(name string, arity int) (term.Term, bool) {
		b, ok := Lookup(mod, term.MakeAtom(name), arity)
		if !ok {
			return nil, false
		}
		return b.Fn(nil, nil), b.Guard
	}
	if v, guard := call("f", 1); v != term.Int(2) || !guard {
		t.Errorf("LazyTest.f/1 = %v (guard %v), want the later registration, 2, marked as a guard", v, guard)
	}
	if v, _ := call("g", 0); v != term.Int(1) {
		t.Errorf("LazyTest.g/0 = %v, want 1", v)
	}
	if v, _ := call("alias", 1); v != term.Int(2) {
		t.Errorf("LazyTest.alias/1 = %v, want 2 (LazyTest.f/1 as registered before it)", v)
	}
	if n := len(ModuleExports(mod)); n != 3 {
		t.Errorf("LazyTest exports %d functions, want 3", n)
	}
	RegisterLazy(func() { Register("LazyTest", map[string]BuiltinFunc{"h/0": constant(3)}) })
	if v, _ := call("h", 0); v != term.Int(3) {
		t.Errorf("a registration after the first read: LazyTest.h/0 = %v, want 3", v)
	}
	if ran != 1 {
		t.Errorf("the lazy registration ran %d times", ran)
	}
}

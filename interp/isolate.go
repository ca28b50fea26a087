package interp

import (
	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/inspect"
	"github.com/exlite/exlite/interp/rt"
)

// Programs running at the same time in one Go process (exlite serve)
// share nothing mutable. What the runtime asks of the running program
// (its exceptions' message/1, its defimpl Inspect and @derive Inspect,
// its structs' field order, its counters) it asks of the Env a built-in
// is given, which is always one of the program's processes (*proc):
//
//   - rt.Inspect(env, t), rt.ExceptionMessage(env, exc) and
//     rt.NormalizeError(env, ...) take the program as their Env;
//   - inspect.For(env) gives Inspect.Opts' defaults whose Program is the
//     process, and nested printing carries it in inspect.Options;
//   - printing outside any process (the report of a signal that killed
//     the main process, after the run) uses a fresh evaluator state of
//     the program (newProc).
//
// No registry maps goroutines or anything else to programs.

// The program's capabilities, implemented by each of its processes.
var (
	_ inspect.Program = (*proc)(nil)
	_ rt.MessageEnv   = (*proc)(nil)
	_ rt.UniqueEnv    = (*proc)(nil)
	_ rt.VarsEnv      = (*proc)(nil)
	_ rt.AtomKeeper   = (*proc)(nil)
)

// InspectStruct implements inspect.Program: struct t printed by the
// program's defimpl Inspect, run in p, or by its @derive Inspect.
func (p *proc) InspectStruct(t term.Term, opts inspect.Options) (inspect.Doc, bool) {
	in := p.in
	mod := in.getModule(structName(t))
	if mod == nil {
		return nil, false
	}
	impl := in.findImpl(atomInspectProto, t, false)
	if impl == nil {
		return derivedInspect(mod, t, opts)
	}
	f := impl.funcs[fnKey{atomInspect, 2}]
	if f == nil {
		return nil, false
	}
	res := p.callFunction(f, nil, []term.Term{t, inspect.OptionsToTerm(opts)})
	return inspect.DocFromTerm(res)
}

// StructFields implements inspect.Program: a struct's fields in the
// order the program defined them.
func (p *proc) StructFields(mod term.Atom) ([]term.Atom, bool) {
	m := p.in.getModule(mod)
	if m == nil || m.structDefault == nil {
		return nil, false
	}
	return m.structOrder, true
}

// Vars implements rt.VarsEnv: the program's environment variables, the
// Go process's with its own System.put_env and System.delete_env.
func (p *proc) Vars() *rt.Vars { return &p.in.vars }

// UniqueInteger implements rt.UniqueEnv: the program's own counter for
// System.unique_integer/0,1 and :erlang.unique_integer/0,1.
func (p *proc) UniqueInteger() int64 { return p.in.unique.Add(1) }

var atomInspectProto = rt.ModuleAtom("Inspect")

// KeepAtom implements rt.AtomKeeper: the atoms the program made from
// data live as long as the program (its Interp), as on the BEAM, and no
// longer: the atom table forgets them once the program is gone, so that
// a Go process running program after program does not keep them all.
func (p *proc) KeepAtom(a term.Atom) {
	in := p.in
	in.keptMu.Lock()
	in.kept = append(in.kept, a)
	in.keptMu.Unlock()
}

package interp

import (
	"sort"
	"strings"

	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/parser/ast"
)

// expr is a compiled expression: it evaluates in a process, against the
// slots of the current frame.
type expr func(p *proc, fr []term.Term) term.Term

// matcher is a compiled pattern: it matches v and binds variables into fr.
type matcher func(p *proc, fr []term.Term, v term.Term) bool

// fnScope is the compile-time frame of one function, closure or top level.
type fnScope struct {
	nslots int
	// outer is the scope the closure is written in (nil for a def or the
	// top level); variables found there are captured.
	outer    *scope
	captures []capture
	root     *scope
}

// capture copies an outer slot into an inner slot when a closure is made.
type capture struct{ outer, inner int }

// scope is a lexical block of variables within one function.
type scope struct {
	fs   *fnScope
	up   *scope
	vars map[string]int
}

func newFnScope(outer *scope) *scope {
	fs := &fnScope{outer: outer}
	s := &scope{fs: fs, vars: map[string]int{}}
	fs.root = s
	return s
}

func (s *scope) child() *scope {
	return &scope{fs: s.fs, up: s, vars: map[string]int{}}
}

func (s *scope) newSlot() int {
	n := s.fs.nslots
	s.fs.nslots++
	return n
}

// bind gives name a fresh slot in s.
func (s *scope) bind(name string) int {
	n := s.newSlot()
	s.vars[name] = n
	return n
}

// lookup finds the slot of a variable, capturing it from enclosing
// functions when needed.
func (s *scope) lookup(name string) (int, bool) {
	for sc := s; sc != nil; sc = sc.up {
		if n, ok := sc.vars[name]; ok {
			return n, true
		}
	}
	fs := s.fs
	if fs.outer == nil {
		return 0, false
	}
	outer, ok := fs.outer.lookup(name)
	if !ok {
		return 0, false
	}
	inner := fs.root.newSlot()
	fs.root.vars[name] = inner
	fs.captures = append(fs.captures, capture{outer, inner})
	return inner, true
}

// patCtx tracks the variables a pattern binds.
type patCtx struct {
	s     *scope
	bound map[string]int
	order []string
}

func newPatCtx(s *scope) *patCtx {
	return &patCtx{s: s, bound: map[string]int{}}
}

// commit makes the pattern's variables visible in its scope.
func (pc *patCtx) commit() {
	for _, name := range pc.order {
		pc.s.vars[name] = pc.bound[name]
	}
}

// commit commits the bindings of a pattern.
func (c *compiler) commit(pc *patCtx) {
	pc.commit()
}

// compileError is a compile-time error in the program.
type compileError struct {
	pos    ast.Pos
	msg    string
	where  string // "Shapes.area/1" when inside a function
	module string // module being compiled, for the final line
	// exception names the exception a macro raised while expanding
	// (ArgumentError): it prints as that exception, not as a diagnostic.
	exception string
	// frame is a stack line printed before the location ("expanding
	// struct: Point.__struct__/1").
	frame string
	// outer are the stack lines printed after the location: one
	// "file:line: where" for each enclosing Kernel macro (if, |>, @...)
	// whose expansion raised it, innermost first.
	outer []string
	// maxOuter, when not 0, is how many of outer are printed: the VM
	// keeps 8 entries of a stacktrace, Elixir's own frames included.
	maxOuter int
	// oneCaret marks a single column under the position instead of the
	// identifier there.
	oneCaret bool
	// after is printed between the diagnostic and the final CompileError
	// line: the warnings Elixir prints once it carries on past the error
	// (the unused variables of the function that failed, later functions).
	after string
	// more are further errors logged with this one (other undefined
	// variables and functions of the module), in source order.
	more []*compileError
	// typeCheck marks an error of the type checker (an undefined local
	// function), which runs once every function has been expanded: the
	// warnings of all the module's functions come before it.
	typeCheck bool
}

func (e *compileError) Error() string { return e.msg }

// visible lists the names of the variables s sees (its own, its
// enclosing blocks' and, for a closure, those of the scopes it is
// written in), without the evaluator's internal ones: the source's, or
// with ctx those var!(name, ctx) made.
func (s *scope) visible(ctx string) []string {
	seen := map[string]bool{}
	for fs := s; fs != nil; fs = fs.fs.outer {
		for sc := fs; sc != nil; sc = sc.up {
			for name := range sc.vars {
				if ctx == "" && name != "" && name[0] != 0 && !strings.Contains(name, ctxSep) {
					seen[name] = true
				} else if ctx != "" && strings.HasSuffix(name, ctxSep+ctx) {
					seen[name] = true
				}
			}
		}
	}
	names := make([]string, 0, len(seen))
	for name := range seen {
		names = append(names, name)
	}
	sort.Strings(names)
	return names
}

// binding compiles binding/0 and binding(context): the visible
// variables (of that context) as a keyword list sorted by name, as Elixir
// returns it.
func (c *compiler) binding(s *scope, ctx string) expr {
	names := s.visible(ctx)
	keys := make([]term.Term, len(names))
	slots := make([]int, len(names))
	for i, name := range names {
		keys[i] = term.MakeAtom(strings.TrimSuffix(name, ctxSep+ctx))
		slots[i], _ = s.lookup(name)
	}
	return func(p *proc, fr []term.Term) term.Term {
		out := make([]term.Term, len(keys))
		for i, k := range keys {
			out[i] = term.Tuple{k, fr[slots[i]]}
		}
		return term.List(out...)
	}
}

// ctxSep separates a variable's name from the context var!/2 gives it:
// such variables are distinct from the source's and binding/0 omits them.
const ctxSep = "\x01"

// varKey is the name a variable has in a scope: a variable a macro's
// quote introduced (its context is the macro module, not nil) is not the
// caller's variable of the same name.
func varKey(v *ast.Var) string {
	if v.Context.IsZero() || v.Context == term.NilAtom {
		return v.Name
	}
	return v.Name + ctxSep + v.Context.Name()
}

// varBang reads var!(name) and var!(name, context) (local or
// Kernel.var!) as the variable they name.
func (c *compiler) varBang(n *ast.Call) (*ast.Var, bool) {
	name, local := n.CallName()
	if !local {
		dot, ok := n.Fun.(*ast.Call)
		if !ok {
			return nil, false
		}
		if dn, _ := dot.CallName(); dn != "." || len(dot.Args) != 2 {
			return nil, false
		}
		if mod, ok := c.moduleOf(dot.Args[0]); !ok || mod != atomKernel {
			return nil, false
		}
		fname, _ := atomLit(dot.Args[1])
		name = fname.Name()
	}
	if name != "var!" || len(n.Args) < 1 || len(n.Args) > 2 {
		return nil, false
	}
	v, ok := n.Args[0].(*ast.Var)
	if !ok {
		return nil, false
	}
	// var!(x) is the caller's x, whatever quote x came from
	out := &ast.Var{Pos: v.Pos, Name: v.Name, Context: term.NilAtom}
	if len(n.Args) == 2 {
		ctx, ok := atomLit(n.Args[1])
		if !ok {
			return nil, false
		}
		if ctx != term.NilAtom {
			out.Name += ctxSep + ctx.Name()
		}
	}
	return out, true
}

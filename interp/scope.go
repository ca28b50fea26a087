package interp

import (
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
	// oneCaret marks a single column under the position instead of the
	// identifier there.
	oneCaret bool
}

func (e *compileError) Error() string { return e.msg }

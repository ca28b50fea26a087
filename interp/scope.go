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
	// info tracks the use of the variables bound here (for the unused
	// variable warnings).
	info map[string]*varInfo
}

// varInfo is one binding of a variable written in the source.
type varInfo struct {
	name  string
	pos   ast.Pos
	where string
	used  bool
}

// varTracker collects the bindings of a compile unit.
type varTracker struct {
	vars []*varInfo
}

// track records a binding of name at pos in s.
func (s *scope) track(t *varTracker, name string, pos ast.Pos, where string) {
	if t == nil || pos.Line == 0 || name == "" || name[0] == '_' || name[0] == 0 {
		return
	}
	vi := &varInfo{name: name, pos: pos, where: where}
	if s.info == nil {
		s.info = map[string]*varInfo{}
	}
	s.info[name] = vi
	t.vars = append(t.vars, vi)
}

// markUsed marks the binding name visible from s as used.
func (s *scope) markUsed(name string) {
	for sc := s; sc != nil; sc = sc.up {
		if _, ok := sc.vars[name]; ok {
			if vi := sc.info[name]; vi != nil {
				vi.used = true
			}
			return
		}
	}
	if s.fs.outer != nil {
		s.fs.outer.markUsed(name)
	}
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
			if vi := sc.info[name]; vi != nil {
				vi.used = true
			}
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
	pos   map[string]ast.Pos
	// reused names appear more than once in the pattern (so are used).
	reused map[string]bool
}

func newPatCtx(s *scope) *patCtx {
	return &patCtx{s: s, bound: map[string]int{}, pos: map[string]ast.Pos{}, reused: map[string]bool{}}
}

// commit makes the pattern's variables visible in its scope.
func (pc *patCtx) commit() {
	for _, name := range pc.order {
		pc.s.vars[name] = pc.bound[name]
		if pc.s.info != nil {
			delete(pc.s.info, name)
		}
	}
}

// commitTracked commits and records the bindings for the warnings.
func (c *compiler) commit(pc *patCtx) {
	pc.commit()
	for _, name := range pc.order {
		pc.s.track(c.vars, name, pc.pos[name], c.warnWhere())
		if pc.reused[name] {
			pc.s.markUsed(name)
		}
	}
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
}

func (e *compileError) Error() string { return e.msg }

package interp

import (
	"fmt"
	"strings"
	"sync"
	"unsafe"

	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/macrostr"
	"github.com/exlite/exlite/interp/rt"
	"github.com/exlite/exlite/parser/ast"
)

// operator compiles arithmetic, comparison and list operators; nil when
// name is not one.
func (c *compiler) operator(name string, n *ast.Call, s *scope) expr {
	args := n.Args
	ln := n.Pos.Line
	if len(args) == 1 {
		switch name {
		case "-":
			if l, ok := args[0].(*ast.Lit); ok && rt.IsNumber(l.Value) {
				return constant(rt.Neg(l.Value))
			}
			a := c.expr(args[0], s, false)
			return func(p *proc, fr []term.Term) term.Term {
				v := a(p, fr)
				if i, ok := v.(term.Int); ok && i != -i {
					return -i
				}
				p.setLine(ln)
				return rt.Neg(v)
			}
		case "+":
			a := c.expr(args[0], s, false)
			return func(p *proc, fr []term.Term) term.Term {
				v := a(p, fr)
				p.setLine(ln)
				return rt.Plus(v)
			}
		}
		return nil
	}
	if len(args) != 2 {
		return nil
	}
	switch name {
	case "+", "-", "*", "/", "==", "!=", "===", "!==", "<", ">", "<=", ">=", "++", "--", "<>", "div", "rem":
	default:
		return nil
	}
	if name == "<>" {
		return c.concat(n, s)
	}
	a, b := c.expr(args[0], s, false), c.expr(args[1], s, false)
	switch name {
	case "+":
		return func(p *proc, fr []term.Term) term.Term {
			x := a(p, fr)
			y := b(p, fr)
			if xi, ok := x.(term.Int); ok {
				if yi, ok := y.(term.Int); ok {
					r := xi + yi
					if (r > xi) == (yi > 0) {
						return p.boxInt(r)
					}
				}
			}
			p.setLine(ln)
			if !rt.IsNumber(x) || !rt.IsNumber(y) {
				p.badArith("+", x, y)
			}
			return rt.Add(x, y)
		}
	case "-":
		return func(p *proc, fr []term.Term) term.Term {
			x := a(p, fr)
			y := b(p, fr)
			if xi, ok := x.(term.Int); ok {
				if yi, ok := y.(term.Int); ok {
					r := xi - yi
					if (r < xi) == (yi > 0) {
						return p.boxInt(r)
					}
				}
			}
			p.setLine(ln)
			if !rt.IsNumber(x) || !rt.IsNumber(y) {
				p.badArith("-", x, y)
			}
			return rt.Sub(x, y)
		}
	case "*":
		return func(p *proc, fr []term.Term) term.Term {
			x := a(p, fr)
			y := b(p, fr)
			p.setLine(ln)
			if !rt.IsNumber(x) || !rt.IsNumber(y) {
				p.badArith("*", x, y)
			}
			if _, big := x.(*term.BigInt); big {
				p.bigMulCost(x, y)
			} else if _, big := y.(*term.BigInt); big {
				p.bigMulCost(x, y)
			}
			return rt.Mul(x, y)
		}
	case "/":
		return func(p *proc, fr []term.Term) term.Term {
			x := a(p, fr)
			y := b(p, fr)
			p.setLine(ln)
			if f, ok := rt.ToFloat(y); !ok || f == 0 || !rt.IsNumber(x) {
				p.badArith("/", x, y)
			}
			return rt.Divide(x, y)
		}
	case "div":
		return func(p *proc, fr []term.Term) term.Term {
			x := a(p, fr)
			y := b(p, fr)
			p.setLine(ln)
			if !rt.IsInteger(x) || !rt.IsInteger(y) || y == term.Int(0) {
				p.badArith("div", x, y)
			}
			return rt.IntDiv(x, y)
		}
	case "rem":
		return func(p *proc, fr []term.Term) term.Term {
			x := a(p, fr)
			y := b(p, fr)
			if xi, ok := x.(term.Int); ok {
				if yi, ok := y.(term.Int); ok && yi > 0 {
					return p.boxInt(xi % yi)
				}
			}
			p.setLine(ln)
			if !rt.IsInteger(x) || !rt.IsInteger(y) || y == term.Int(0) {
				p.badArith("rem", x, y)
			}
			return rt.Rem(x, y)
		}
	case "==":
		return func(p *proc, fr []term.Term) term.Term { return term.Bool(rt.Equal(a(p, fr), b(p, fr))) }
	case "!=":
		return func(p *proc, fr []term.Term) term.Term { return term.Bool(!rt.Equal(a(p, fr), b(p, fr))) }
	case "===":
		return func(p *proc, fr []term.Term) term.Term { return term.Bool(term.StrictEqual(a(p, fr), b(p, fr))) }
	case "!==":
		return func(p *proc, fr []term.Term) term.Term { return term.Bool(!term.StrictEqual(a(p, fr), b(p, fr))) }
	case "<":
		return func(p *proc, fr []term.Term) term.Term {
			x := a(p, fr)
			y := b(p, fr)
			if xi, ok := x.(term.Int); ok {
				if yi, ok := y.(term.Int); ok {
					return term.Bool(xi < yi)
				}
			}
			return term.Bool(term.Compare(x, y) < 0)
		}
	case ">":
		return func(p *proc, fr []term.Term) term.Term {
			x := a(p, fr)
			y := b(p, fr)
			if xi, ok := x.(term.Int); ok {
				if yi, ok := y.(term.Int); ok {
					return term.Bool(xi > yi)
				}
			}
			return term.Bool(term.Compare(x, y) > 0)
		}
	case "<=":
		return func(p *proc, fr []term.Term) term.Term {
			x := a(p, fr)
			y := b(p, fr)
			if xi, ok := x.(term.Int); ok {
				if yi, ok := y.(term.Int); ok {
					return term.Bool(xi <= yi)
				}
			}
			return term.Bool(term.Compare(x, y) <= 0)
		}
	case ">=":
		return func(p *proc, fr []term.Term) term.Term {
			x := a(p, fr)
			y := b(p, fr)
			if xi, ok := x.(term.Int); ok {
				if yi, ok := y.(term.Int); ok {
					return term.Bool(xi >= yi)
				}
			}
			return term.Bool(term.Compare(x, y) >= 0)
		}
	case "++":
		return func(p *proc, fr []term.Term) term.Term {
			x := a(p, fr)
			y := b(p, fr)
			p.setLine(ln)
			p.listCopyCost(x)
			return appendLists(x, y)
		}
	case "--":
		return func(p *proc, fr []term.Term) term.Term {
			x := a(p, fr)
			y := b(p, fr)
			p.setLine(ln)
			return subtractLists(x, y)
		}
	}
	return nil
}

// concatOperands flattens a chain of <> into its operands, as Elixir
// builds one binary of all of them.
func concatOperands(n ast.Node, out []ast.Node) []ast.Node {
	if call, ok := n.(*ast.Call); ok && len(call.Args) == 2 {
		if name, ok := call.CallName(); ok && name == "<>" {
			return concatOperands(call.Args[1], concatOperands(call.Args[0], out))
		}
	}
	return append(out, n)
}

// concat compiles a <> b <> ...: every operand is evaluated, then each
// must be a binary, or construction fails naming the segment as the BEAM
// does.
func (c *compiler) concat(n *ast.Call, s *scope) expr {
	nodes := concatOperands(n, nil)
	// Kernel's <> macro refuses a literal that cannot be a binary while
	// it expands (wrap_concatenation/3).
	for _, x := range nodes {
		literal := false
		switch v := x.(type) {
		case *ast.List:
			literal = true
		case *ast.Lit:
			switch v.Value.(type) {
			case term.Atom, term.Int, *term.BigInt, term.Float:
				literal = true
			}
		}
		if literal {
			c.argumentError(n.Pos, "expected binary argument in <> operator but got: %s", macrostr.ToString(x))
		}
	}
	parts := c.exprs(nodes, s)
	ln := n.Pos.Line
	return func(p *proc, fr []term.Term) term.Term {
		var buf [8]term.Term
		vals := buf[:0]
		for _, e := range parts {
			vals = append(vals, e(p, fr))
		}
		size := 0
		for i, v := range vals {
			b, ok := v.(term.Binary)
			if !ok {
				p.setLine(ln)
				rt.ArgumentError(fmt.Sprintf("construction of binary failed: segment %d of type 'binary': expected a binary but got: %s", i+1, rt.Inspect(p, v)))
			}
			size += len(b)
		}
		p.binaryCost(int64(size))
		var sb strings.Builder
		sb.Grow(size)
		for _, v := range vals {
			sb.WriteString(string(v.(term.Binary)))
		}
		return term.Binary(sb.String())
	}
}

// appendLists is ++.
func appendLists(x, y term.Term) term.Term {
	items, ok := term.ListToSlice(x)
	if !ok {
		rt.ArgumentError("argument error")
	}
	return term.ListWithTail(items, y)
}

// subtractLists is --.
func subtractLists(x, y term.Term) term.Term {
	xs, ok1 := term.ListToSlice(x)
	ys, ok2 := term.ListToSlice(y)
	if !ok1 || !ok2 {
		rt.ArgumentError("argument error")
	}
	out := make([]term.Term, 0, len(xs))
	removed := make([]bool, len(ys))
outer:
	for _, v := range xs {
		for j, w := range ys {
			if !removed[j] && term.StrictEqual(v, w) {
				removed[j] = true
				continue outer
			}
		}
		out = append(out, v)
	}
	return term.List(out...)
}

// boolOp compiles and, or, && and ||.
func (c *compiler) boolOp(name string, n *ast.Call, s *scope, tail bool) expr {
	a := c.expr(n.Args[0], s, false)
	b := c.expr(n.Args[1], s, tail && (name == "&&" || name == "||"))
	ln := n.Pos.Line
	switch name {
	case "and":
		return func(p *proc, fr []term.Term) term.Term {
			switch v := a(p, fr); v {
			case term.True:
				return b(p, fr)
			case term.False:
				return term.False
			default:
				p.setLine(ln)
				p.raiseBadBool("and", v)
			}
			return nil
		}
	case "or":
		return func(p *proc, fr []term.Term) term.Term {
			switch v := a(p, fr); v {
			case term.True:
				return term.True
			case term.False:
				return b(p, fr)
			default:
				p.setLine(ln)
				p.raiseBadBool("or", v)
			}
			return nil
		}
	case "&&":
		return func(p *proc, fr []term.Term) term.Term {
			v := a(p, fr)
			if !term.IsTruthy(v) {
				return v
			}
			return b(p, fr)
		}
	}
	return func(p *proc, fr []term.Term) term.Term {
		v := a(p, fr)
		if term.IsTruthy(v) {
			return v
		}
		return b(p, fr)
	}
}

// inExpr compiles `left in right`.
func (c *compiler) inExpr(n *ast.Call, s *scope) expr {
	a := c.expr(n.Args[0], s, false)
	// A literal list: compare with each element.
	if l, ok := n.Args[1].(*ast.List); ok {
		es := c.exprs(l.Items, s)
		return func(p *proc, fr []term.Term) term.Term {
			v := a(p, fr)
			for _, e := range es {
				if term.StrictEqual(v, e(p, fr)) {
					return term.True
				}
			}
			return term.False
		}
	}
	b := c.expr(n.Args[1], s, false)
	ln := n.Pos.Line
	return func(p *proc, fr []term.Term) term.Term {
		v := a(p, fr)
		coll := b(p, fr)
		p.setLine(ln)
		return term.Bool(p.member(v, coll))
	}
}

// member is Enum.member?/2 for the in operator.
func (p *proc) member(v, coll term.Term) bool {
	if first, last, step, ok := rangeParts(coll); ok {
		x, isInt := v.(term.Int)
		if !isInt {
			return false
		}
		if step > 0 {
			return x >= first && x <= last && (x-first)%step == 0
		}
		return x <= first && x >= last && (first-x)%(-step) == 0
	}
	switch l := coll.(type) {
	case term.EmptyList:
		return false
	case *term.Cons:
		for {
			if term.StrictEqual(l.Head, v) {
				return true
			}
			next, ok := l.Tail.(*term.Cons)
			if !ok {
				return false
			}
			l = next
		}
	}
	if b, ok := rt.Lookup(rt.ModuleAtom("Enum"), term.MakeAtom("member?"), 2); ok {
		return b.Fn(p, []term.Term{coll, v}) == term.True
	}
	rt.ArgumentError("argument error")
	return false
}

var (
	atomRange = rt.ModuleAtom("Range")
	atomFirst = term.MakeAtom("first")
	atomLast  = term.MakeAtom("last")
	atomStep  = term.MakeAtom("step")
)

// rangeStruct builds %Range{first: f, last: l, step: s}.
func rangeStruct(f, l, s term.Term) *term.Map {
	return term.EmptyMap.Put(atomStruct, atomRange).Put(atomFirst, f).Put(atomLast, l).Put(atomStep, s)
}

// checkRangeLiterals fails compilation as Kernel's .. and ..// macros do
// (validate_range!/2, validate_step!/1) when a side is written as a float,
// atom or string literal, or the step as such a literal or 0.
func (c *compiler) checkRangeLiterals(n *ast.Call, first, last, step ast.Node) {
	notInt := func(x ast.Node) bool {
		l, ok := x.(*ast.Lit)
		if !ok {
			return false
		}
		switch l.Value.(type) {
		case term.Float, term.Atom, term.Binary:
			return true
		}
		return false
	}
	if notInt(first) || notInt(last) {
		c.argumentError(n.Pos, "ranges (first..last//step) expect both sides to be integers, got: %s..%s",
			macrostr.ToString(first), macrostr.ToString(last))
	}
	if step == nil {
		return
	}
	if l, ok := step.(*ast.Lit); ok && (notInt(step) || l.Value == term.Int(0)) {
		c.argumentError(n.Pos, "ranges (first..last//step) expect the step to be a non-zero integer, got: %s", macrostr.ToString(step))
	}
}

// makeRange is first..last (step nil) or first..last//step.
func makeRange(p *proc, f, l, st term.Term) term.Term {
	fi, ok1 := f.(term.Int)
	li, ok2 := l.(term.Int)
	if !ok1 || !ok2 {
		rt.ArgumentError("ranges (first..last) expect both sides to be integers, got: " + rt.Inspect(p, f) + ".." + rt.Inspect(p, l))
	}
	if st == nil {
		if fi <= li {
			st = term.Int(1)
		} else {
			st = term.Int(-1)
		}
	} else if si, ok := st.(term.Int); !ok || si == 0 {
		rt.ArgumentError("ranges (first..last//step) expect both sides to be integers and the step to be a non-zero integer, got: " + rt.Inspect(p, f) + ".." + rt.Inspect(p, l) + "//" + rt.Inspect(p, st))
	}
	return rangeStruct(fi, li, st)
}

// rangeParts reads a %Range{}.
func rangeParts(t term.Term) (first, last, step term.Int, ok bool) {
	m, isMap := t.(*term.Map)
	if !isMap || m.Len() != 4 {
		return 0, 0, 0, false
	}
	if sn, _ := m.Get(atomStruct); sn != atomRange {
		return 0, 0, 0, false
	}
	f, _ := m.Get(atomFirst)
	l, _ := m.Get(atomLast)
	s, _ := m.Get(atomStep)
	fi, ok1 := f.(term.Int)
	li, ok2 := l.(term.Int)
	si, ok3 := s.(term.Int)
	return fi, li, si, ok1 && ok2 && ok3
}

// smallInts holds boxed small integers, so arithmetic on them does not
// allocate (Go boxes only 0..255 for free). The integers live in one
// slab, so building the table costs two allocations instead of one per
// integer. It is built when the first interpreter is made (New), not at
// package initialisation: a process that only parses (`exlite parse`)
// does not pay for its 1.6 MB.
var (
	smallInts     []term.Term
	smallIntsOnce sync.Once
)

const (
	smallIntMin = -1024
	smallIntMax = 1 << 16
)

// initSmallInts builds smallInts once per process; New calls it, so every
// process (proc) runs after it.
func initSmallInts() {
	smallIntsOnce.Do(func() {
		vals := make([]term.Int, smallIntMax-smallIntMin)
		t := make([]term.Term, len(vals))
		for i := range t {
			vals[i] = term.Int(i + smallIntMin)
			e := (*eface)(unsafe.Pointer(&t[i]))
			e.typ = intType
			e.data = unsafe.Pointer(&vals[i])
		}
		smallInts = t
	})
}

// boxInt returns i as a term, without allocating for small values.
func boxInt(i term.Int) term.Term {
	if i >= smallIntMin && i < smallIntMax {
		return smallInts[i-smallIntMin]
	}
	return i
}

// intSlabSize is how many integers one allocation boxes.
const intSlabSize = 64

// eface is the layout of an interface value holding a non-pointer type.
type eface struct {
	typ  unsafe.Pointer
	data unsafe.Pointer
}

// intType is the dynamic type word of a term.Int inside a term.Term.
var intType = func() unsafe.Pointer {
	var t term.Term = term.Int(1 << 40)
	return (*eface)(unsafe.Pointer(&t)).typ
}()

// boxInt returns i as a term. Go allocates 8 bytes for every integer
// put in an interface; the process instead hands out slots of a slab of
// integers, one allocation per intSlabSize results (a slab lives as long
// as any integer in it).
func (p *proc) boxInt(i term.Int) term.Term {
	if i >= smallIntMin && i < smallIntMax {
		return smallInts[i-smallIntMin]
	}
	return p.boxBig(i)
}

// boxBig boxes an integer outside the table of small ones.
func (p *proc) boxBig(i term.Int) term.Term {
	if p.slabLeft == 0 {
		p.slab = new([intSlabSize]term.Int)
		p.slabLeft = intSlabSize
	}
	ptr := &p.slab[intSlabSize-p.slabLeft]
	p.slabLeft--
	*ptr = i
	var t term.Term
	e := (*eface)(unsafe.Pointer(&t))
	e.typ = intType
	e.data = unsafe.Pointer(ptr)
	return t
}

// badArith raises ArithmeticError for x op y; an uncaught one names the
// operation, as Elixir's blame does ("bad argument in arithmetic
// expression: 1 / 0", then the frame ":erlang./(1, 0)").
func (p *proc) badArith(op string, x, y term.Term) {
	exc := rt.NewException("ArithmeticError", atomMessage, term.Binary("bad argument in arithmetic expression"))
	e := &rt.Error{Kind: rt.KindError, Value: exc, Raw: term.MakeAtom("badarith"), Args: []term.Term{x, y}}
	e.Stack = capTrace(append([]rt.Frame{{Module: atomErlang, Function: "\x00" + op, Line: -1}}, p.stackTrace()...))
	panic(e)
}

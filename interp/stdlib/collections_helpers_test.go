package stdlib

import (
	"bytes"
	"fmt"
	"io"
	"math/big"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/rt"
)

// colEnv is a minimal rt.Env for calling built-ins directly: it runs
// Go-backed functions and captures of built-ins.
type colEnv struct {
	out, errOut bytes.Buffer
	calls       int
}

func (e *colEnv) Call(fun term.Term, args []term.Term) term.Term {
	e.calls++
	f, ok := fun.(*term.Fun)
	if !ok {
		rt.Raise(rt.NewException("BadFunctionError", atomTerm, fun))
	}
	if f.Arity != len(args) {
		rt.Raise(rt.NewException("BadArityError", term.MakeAtom("function"), fun, atomArgs, term.List(args...)))
	}
	if g, ok := f.Code.(*rt.GoCode); ok {
		return g.Fn(e, args)
	}
	if f.External {
		return e.Apply(f.Module, f.Name, args)
	}
	panic("colEnv: cannot call this function")
}

func (e *colEnv) Apply(mod, name term.Atom, args []term.Term) term.Term {
	if b, ok := rt.Lookup(mod, name, len(args)); ok {
		return b.Fn(e, args)
	}
	rt.Raise(rt.NewException("UndefinedFunctionError", atomModule, mod, atomFunction, name,
		atomArity, term.Int(len(args)), atomReason, term.NilAtom, atomMessage, term.NilAtom))
	return nil
}

func (e *colEnv) Stdout() io.Writer { return &e.out }
func (e *colEnv) Stderr() io.Writer { return &e.errOut }
func (e *colEnv) Self() term.Pid    { return term.Pid{ID: 1} }

// colFn makes a test function value.
func colFn(arity int, f func(args ...term.Term) term.Term) *term.Fun {
	return rt.MakeFun("Test", "fn", arity, func(env rt.Env, a []term.Term) term.Term { return f(a...) }, nil)
}

// colCapture makes &Mod.fun/arity of a built-in.
func colCapture(mod, name string, arity int) *term.Fun {
	return &term.Fun{Arity: arity, Module: rt.ModuleAtom(mod), Name: term.MakeAtom(name), External: true}
}

// colInvoke calls the built-in "Mod.fun" with args.
func colInvoke(t *testing.T, mfa string, args ...term.Term) term.Term {
	t.Helper()
	i := strings.LastIndex(mfa, ".")
	mod, name := mfa[:i], mfa[i+1:]
	b, ok := rt.Lookup(rt.ModuleAtom(mod), term.MakeAtom(name), len(args))
	if !ok {
		t.Fatalf("%s/%d is not registered", mfa, len(args))
	}
	return b.Fn(&colEnv{}, args)
}

// colErr calls a built-in that must raise; it returns the exception.
func colErr(t *testing.T, mfa string, args ...term.Term) (exc *term.Map) {
	t.Helper()
	defer func() {
		r := recover()
		e, ok := r.(*rt.Error)
		if !ok {
			t.Fatalf("%s: expected an Elixir error, got %v", mfa, r)
		}
		exc, _ = e.Value.(*term.Map)
	}()
	res := colInvoke(t, mfa, args...)
	t.Fatalf("%s: expected an error, got %s", mfa, colShow(res))
	return nil
}

// colLit parses an Elixir literal: integers, floats, atoms, strings, lists
// (with keyword sugar), tuples, maps, ranges a..b//c.
func colLit(s string) term.Term {
	p := &colParser{s: s}
	t := p.expr()
	p.ws()
	if p.i != len(p.s) {
		panic("colLit: trailing input in " + s)
	}
	return t
}

type colParser struct {
	s string
	i int
}

func (p *colParser) ws() {
	for p.i < len(p.s) && (p.s[p.i] == ' ' || p.s[p.i] == '\n') {
		p.i++
	}
}

func (p *colParser) peek(tok string) bool {
	p.ws()
	return strings.HasPrefix(p.s[p.i:], tok)
}

func (p *colParser) eat(tok string) {
	if !p.peek(tok) {
		panic(fmt.Sprintf("colLit: expected %q at %d in %s", tok, p.i, p.s))
	}
	p.i += len(tok)
}

func (p *colParser) expr() term.Term {
	t := p.primary()
	if p.peek("..") {
		p.eat("..")
		last := p.primary()
		step := term.Term(nil)
		if p.peek("//") {
			p.eat("//")
			step = p.primary()
		}
		f, l := int64(t.(term.Int)), int64(last.(term.Int))
		if step == nil {
			if f <= l {
				return MakeRange(f, l, 1)
			}
			return MakeRange(f, l, -1)
		}
		return MakeRange(f, l, int64(step.(term.Int)))
	}
	return t
}

func colIsIdent(c byte) bool {
	return c == '_' || c == '?' || c == '!' || c == '@' || c == '.' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
}

func (p *colParser) ident() string {
	st := p.i
	for p.i < len(p.s) && colIsIdent(p.s[p.i]) {
		p.i++
	}
	return p.s[st:p.i]
}

// keyword reads "name: " if present.
func (p *colParser) keyword() (string, bool) {
	p.ws()
	st := p.i
	if p.i < len(p.s) && ((p.s[p.i] >= 'a' && p.s[p.i] <= 'z') || p.s[p.i] == '_') {
		id := p.ident()
		if p.i+1 < len(p.s) && p.s[p.i] == ':' && p.s[p.i+1] == ' ' {
			p.i += 2
			return id, true
		}
	}
	p.i = st
	return "", false
}

func (p *colParser) seq(end string) []term.Term {
	var out []term.Term
	for !p.peek(end) {
		if k, ok := p.keyword(); ok {
			out = append(out, term.Tuple{term.MakeAtom(k), p.expr()})
		} else {
			out = append(out, p.expr())
		}
		if p.peek(",") {
			p.eat(",")
		}
	}
	p.eat(end)
	return out
}

func (p *colParser) primary() term.Term {
	p.ws()
	c := p.s[p.i]
	switch {
	case c == '[':
		p.i++
		items := p.seq("]")
		return term.List(items...)
	case c == '{':
		p.i++
		return term.Tuple(p.seq("}"))
	case c == '%':
		p.i++
		mod := ""
		if p.s[p.i] != '{' {
			mod = p.ident()
		}
		p.eat("{")
		var ks, vs []term.Term
		for !p.peek("}") {
			if k, ok := p.keyword(); ok {
				ks = append(ks, term.MakeAtom(k))
			} else {
				ks = append(ks, p.expr())
				p.eat("=>")
			}
			vs = append(vs, p.expr())
			if p.peek(",") {
				p.eat(",")
			}
		}
		p.eat("}")
		if mod != "" {
			ks = append(ks, atomStruct)
			vs = append(vs, rt.ModuleAtom(mod))
		}
		return term.NewMap(ks, vs)
	case c == ':':
		p.i++
		if p.s[p.i] == '"' {
			return term.MakeAtom(string(p.str()))
		}
		return term.MakeAtom(p.ident())
	case c == '"':
		return p.str()
	case c == '-' || (c >= '0' && c <= '9'):
		st := p.i
		p.i++
		for p.i < len(p.s) && (p.s[p.i] >= '0' && p.s[p.i] <= '9' || p.s[p.i] == '_' ||
			(p.s[p.i] == '.' && p.i+1 < len(p.s) && p.s[p.i+1] >= '0' && p.s[p.i+1] <= '9') || p.s[p.i] == 'e') {
			p.i++
		}
		num := strings.ReplaceAll(p.s[st:p.i], "_", "")
		if strings.ContainsAny(num, ".e") {
			f, _ := strconv.ParseFloat(num, 64)
			return term.Float(f)
		}
		b, _ := new(big.Int).SetString(num, 10)
		return term.MakeInt(b)
	case c >= 'A' && c <= 'Z':
		return rt.ModuleAtom(p.ident())
	default:
		id := p.ident()
		switch id {
		case "true":
			return term.True
		case "false":
			return term.False
		case "nil":
			return term.NilAtom
		}
		panic("colLit: unexpected " + p.s[p.i:])
	}
}

func (p *colParser) str() term.Binary {
	p.eat(`"`)
	var sb strings.Builder
	for p.s[p.i] != '"' {
		if p.s[p.i] == '\\' {
			p.i++
			switch p.s[p.i] {
			case 'n':
				sb.WriteByte('\n')
			default:
				sb.WriteByte(p.s[p.i])
			}
		} else {
			sb.WriteByte(p.s[p.i])
		}
		p.i++
	}
	p.i++
	return term.Binary(sb.String())
}

// colShow prints a term roughly as inspect/1 does (enough for tests).
func colShow(t term.Term) string {
	switch v := t.(type) {
	case term.Int:
		return strconv.FormatInt(int64(v), 10)
	case *term.BigInt:
		return v.V.String()
	case term.Float:
		s := strconv.FormatFloat(float64(v), 'f', -1, 64)
		if !strings.Contains(s, ".") {
			s += ".0"
		}
		return s
	case term.Atom:
		n := v.Name()
		switch {
		case n == "true" || n == "false" || n == "nil":
			return n
		case strings.HasPrefix(n, "Elixir."):
			return n[7:]
		}
		return ":" + n
	case term.Binary:
		return strconv.Quote(string(v))
	case term.EmptyList:
		return "[]"
	case *term.Cons:
		var parts []string
		var c term.Term = v
		kw := isKeyword(v)
		for {
			cell, ok := c.(*term.Cons)
			if !ok {
				break
			}
			if kw {
				p := cell.Head.(term.Tuple)
				parts = append(parts, p[0].(term.Atom).Name()+": "+colShow(p[1]))
			} else {
				parts = append(parts, colShow(cell.Head))
			}
			c = cell.Tail
		}
		tail := ""
		if !isEmpty(c) {
			tail = " | " + colShow(c)
		}
		return "[" + strings.Join(parts, ", ") + tail + "]"
	case term.Tuple:
		parts := make([]string, len(v))
		for i, x := range v {
			parts[i] = colShow(x)
		}
		return "{" + strings.Join(parts, ", ") + "}"
	case *term.Map:
		if f, l, s, ok := rangeOf(v); ok {
			if s == 1 {
				return fmt.Sprintf("%d..%d", f, l)
			}
			return fmt.Sprintf("%d..%d//%d", f, l, s)
		}
		if isStructOf(v, modMapSet) {
			return "MapSet.new(" + colShow(list(mapField(v, atomMap).(*term.Map).Keys())) + ")"
		}
		prefix := "%"
		if mod, ok := structOf(v); ok {
			prefix += rt.ModuleName(mod)
			v = v.Delete(atomStruct)
		}
		var parts []string
		v.Range(func(k, x term.Term) bool {
			if a, ok := k.(term.Atom); ok && !strings.HasPrefix(a.Name(), "Elixir.") {
				parts = append(parts, a.Name()+": "+colShow(x))
			} else {
				parts = append(parts, colShow(k)+" => "+colShow(x))
			}
			return true
		})
		return prefix + "{" + strings.Join(parts, ", ") + "}"
	case *term.Fun:
		return "#Function<" + v.Name.Name() + "/" + strconv.Itoa(v.Arity) + ">"
	}
	return fmt.Sprintf("%#v", t)
}

// colExc prints an exception's module and fields other than
// __exception__, sorted, for comparisons.
func colExc(m *term.Map) string {
	if m == nil {
		return "<nil>"
	}
	name := rt.ExceptionName(m)
	var parts []string
	m.Range(func(k, v term.Term) bool {
		n := k.(term.Atom).Name()
		if n != "__struct__" && n != "__exception__" {
			parts = append(parts, n+": "+colShow(v))
		}
		return true
	})
	sort.Strings(parts)
	return name + " " + strings.Join(parts, ", ")
}

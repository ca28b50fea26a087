package stdlib

import (
	"bufio"
	"bytes"
	"io"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/rt"
)

// textEnv is a small rt.Env for calling the text built-ins directly:
// output goes to buffers, function values are Go closures stored in
// term.Fun.Code, and Apply goes to the registry.
type textEnv struct {
	out, err bytes.Buffer
	in       io.Reader
	br       *bufio.Reader
}

func (e *textEnv) Call(fun term.Term, args []term.Term) term.Term {
	f, ok := fun.(*term.Fun)
	if !ok {
		rt.Raise(rt.NewException("BadFunctionError", term.MakeAtom("term"), fun))
	}
	code, ok := f.Code.(func([]term.Term) term.Term)
	if !ok || f.Arity != len(args) {
		rt.Raise(rt.NewException("BadArityError", term.MakeAtom("function"), fun, term.MakeAtom("args"), term.List(args...)))
	}
	return code(args)
}

func (e *textEnv) Apply(module, name term.Atom, args []term.Term) term.Term {
	b, ok := rt.Lookup(module, name, len(args))
	if !ok {
		rt.RaiseMessage("UndefinedFunctionError", "function "+module.Name()+"."+name.Name()+" is undefined")
	}
	return b.Fn(e, args)
}

func (e *textEnv) Stdout() io.Writer { return &e.out }
func (e *textEnv) Stderr() io.Writer { return &e.err }
func (e *textEnv) Self() term.Pid    { return term.Pid{ID: 1} }
func (e *textEnv) Stdin() *bufio.Reader {
	if e.in == nil {
		return nil
	}
	if e.br == nil {
		e.br = bufio.NewReader(e.in)
	}
	return e.br
}

// goFun wraps a Go function as a function value of the given arity.
func goFun(arity int, f func([]term.Term) term.Term) *term.Fun {
	return &term.Fun{Arity: arity, Code: f}
}

// call runs the built-in "Module.fun/arity" with args.
func call(t *testing.T, env rt.Env, mfa string, args ...term.Term) term.Term {
	t.Helper()
	mod, fun, arity := splitMFA(mfa)
	if arity != len(args) {
		t.Fatalf("%s called with %d args", mfa, len(args))
	}
	b, ok := rt.Lookup(mod, term.MakeAtom(fun), arity)
	if !ok {
		t.Fatalf("no built-in %s", mfa)
	}
	return b.Fn(env, args)
}

// raised runs f and returns the Elixir error it raised (nil if none).
func raised(f func()) (e *rt.Error) {
	defer func() {
		if r := recover(); r != nil {
			if re, ok := r.(*rt.Error); ok {
				e = re
				return
			}
			panic(r)
		}
	}()
	f()
	return nil
}

// s builds a binary; l a list; kw a keyword list from pairs.
func s(x string) term.Term           { return term.Binary(x) }
func l(items ...term.Term) term.Term { return term.List(items...) }
func i(n int) term.Term              { return term.Int(n) }
func a(n string) term.Term           { return term.MakeAtom(n) }
func kw(pairs ...any) term.Term {
	var items []term.Term
	for j := 0; j+1 < len(pairs); j += 2 {
		v := pairs[j+1]
		var vt term.Term
		switch x := v.(type) {
		case term.Term:
			vt = x
		case int:
			vt = term.Int(x)
		case bool:
			vt = term.Bool(x)
		case string:
			vt = term.Binary(x)
		}
		items = append(items, term.Tuple{term.MakeAtom(pairs[j].(string)), vt})
	}
	return term.List(items...)
}

// show prints a term as inspect/1 does, for comparisons.
func show(t term.Term) string { return rt.Inspect(nil, t) }

// callCase is one table row: a call and the inspect of its result, or
// "** (Exception) message" for an error.
type callCase struct {
	mfa  string
	args []term.Term
	want string
}

func runCases(t *testing.T, cases []callCase) {
	t.Helper()
	for _, c := range cases {
		env := &textEnv{}
		var got string
		if e := raised(func() { got = show(call(t, env, c.mfa, c.args...)) }); e != nil {
			got = strings.TrimSpace(e.Error())
		}
		if got != c.want {
			argStrs := make([]string, len(c.args))
			for j, x := range c.args {
				argStrs[j] = show(x)
			}
			t.Errorf("%s(%s) = %s, want %s", c.mfa, strings.Join(argStrs, ", "), got, c.want)
		}
	}
}

// readUCDTest reads a test file of the Unicode Character Database when
// Debian's unicode-data package is installed.
func readUCDTest(rel string) (string, error) {
	b, err := os.ReadFile("/usr/share/unicode/" + rel)
	return string(b), err
}

func parseHexRune(h string) rune {
	v, err := strconv.ParseUint(h, 16, 32)
	if err != nil {
		panic(err)
	}
	return rune(v)
}

// lookupBuiltin finds Module.fun/arity in the registry.
func lookupBuiltin(mod term.Atom, fun string, arity int) (rt.BuiltinFunc, bool) {
	b, ok := rt.Lookup(mod, term.MakeAtom(fun), arity)
	if !ok {
		return nil, false
	}
	return b.Fn, true
}

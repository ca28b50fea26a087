package interp

import (
	"time"

	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/rt"
)

// Built-ins that need the evaluator itself: they are registered here
// rather than in interp/stdlib.
func init() {
	rt.Register(":timer", map[string]rt.BuiltinFunc{
		"tc/1": func(env rt.Env, a []term.Term) term.Term { return timed(env, a[0], nil) },
		"tc/2": func(env rt.Env, a []term.Term) term.Term {
			args, _ := term.ListToSlice(a[1])
			return timed(env, a[0], args)
		},
		"tc/3": func(env rt.Env, a []term.Term) term.Term {
			m, _ := a[0].(term.Atom)
			f, _ := a[1].(term.Atom)
			args, _ := term.ListToSlice(a[2])
			start := time.Now()
			r := env.Apply(m, f, args)
			return term.Tuple{term.Int(time.Since(start).Microseconds()), r}
		},
	})
	rt.Register(":erlang", map[string]rt.BuiltinFunc{
		"error/1": func(env rt.Env, a []term.Term) term.Term {
			panic(&rt.Error{Kind: rt.KindError, Value: a[0]})
		},
		"error/2": func(env rt.Env, a []term.Term) term.Term {
			panic(&rt.Error{Kind: rt.KindError, Value: a[0]})
		},
		"throw/1": func(env rt.Env, a []term.Term) term.Term {
			rt.Throw(a[0])
			return nil
		},
		"exit/1": func(env rt.Env, a []term.Term) term.Term {
			rt.Exit(a[0])
			return nil
		},
	})
	rt.Register("Kernel", map[string]rt.BuiltinFunc{
		"throw/1": func(env rt.Env, a []term.Term) term.Term {
			rt.Throw(a[0])
			return nil
		},
		"exit/1": func(env rt.Env, a []term.Term) term.Term {
			rt.Exit(a[0])
			return nil
		},
		"self/0": func(env rt.Env, a []term.Term) term.Term { return env.Self() },
		"function_exported?/3": func(env rt.Env, a []term.Term) term.Term {
			p, ok := env.(*proc)
			m, ok1 := a[0].(term.Atom)
			f, ok2 := a[1].(term.Atom)
			n, ok3 := a[2].(term.Int)
			if !ok || !ok1 || !ok2 || !ok3 {
				rt.ArgumentError("argument error")
			}
			if _, fn := p.in.lookupFunction(m, f, int(n)); fn != nil {
				return term.Bool(fn.public)
			}
			_, bi := rt.Lookup(m, f, int(n))
			return term.Bool(bi)
		},
	})
}

// timed is :timer.tc: the run time of fun in microseconds and its result.
func timed(env rt.Env, fun term.Term, args []term.Term) term.Term {
	start := time.Now()
	r := env.Call(fun, args)
	return term.Tuple{term.Int(time.Since(start).Microseconds()), r}
}

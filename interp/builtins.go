package interp

import (
	"fmt"
	"time"

	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/rt"
)

// Built-ins that need the evaluator itself: they are registered here
// rather than in interp/stdlib.
func init() { rt.RegisterLazy(registerBuiltins) }

// registerBuiltins registers the built-ins of this file (see rt.RegisterLazy).
func registerBuiltins() {
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
	halt := func(env rt.Env, a []term.Term) term.Term {
		code := 0
		if len(a) > 0 {
			switch v := a[0].(type) {
			case term.Int:
				code = int(v)
			case term.Binary:
				panic(&rt.Halt{Code: 1, Message: string(v)})
			case term.Atom:
				if v.Name() == "abort" {
					code = 134
				}
			}
		}
		panic(&rt.Halt{Code: code})
	}
	rt.Register("System", map[string]rt.BuiltinFunc{
		"halt/0": halt, "halt/1": halt, "stop/0": halt, "stop/1": halt,
		"monotonic_time/0": func(env rt.Env, a []term.Term) term.Term { return term.Int(nowMicros(env) * 1000) },
		"monotonic_time/1": func(env rt.Env, a []term.Term) term.Term { return convertTime(env, nowMicros(env)*1000, a[0]) },
		"schedulers_online/0": func(env rt.Env, a []term.Term) term.Term {
			if bp := rt.ProcessOf(env); bp != nil {
				return term.Int(bp.Runtime().SchedulersOnline())
			}
			return term.Int(1)
		},
	})
	logAt := func(level string) rt.BuiltinFunc {
		return func(env rt.Env, a []term.Term) term.Term {
			msg := a[0]
			if f, ok := msg.(*term.Fun); ok {
				msg = env.Call(f, nil)
			}
			text, ok := msg.(term.Binary)
			if !ok {
				text = term.Binary(rt.Inspect(env, msg))
			}
			if p, ok := env.(*proc); ok && p.in.logCaptured(env, level, string(text)) {
				return term.OK
			}
			if bp := rt.ProcessOf(env); bp != nil {
				bp.Log(level, string(text))
			}
			return term.OK
		}
	}
	logger := map[string]rt.BuiltinFunc{}
	for _, l := range []string{"error", "warning", "warn", "info", "debug", "notice", "critical", "alert", "emergency"} {
		logger[l+"/1"] = logAt(l)
		logger[l+"/2"] = logAt(l)
	}
	rt.Register("Logger", logger)
	for key := range logger {
		rt.RegisterMacros("Logger", key)
	}
	rt.Register("Logger", map[string]rt.BuiltinFunc{
		// Logger.configure(level: l) filters every later report, crash
		// reports included; other options are accepted and ignored.
		"configure/1": func(env rt.Env, a []term.Term) term.Term {
			opts, ok := term.ListToSlice(a[0])
			if !ok {
				rt.ArgumentError("Logger.configure/1 expects a keyword list")
			}
			for _, o := range opts {
				t, ok := o.(term.Tuple)
				if !ok || len(t) != 2 || t[0] != term.MakeAtom("level") {
					continue
				}
				l, _ := t[1].(term.Atom)
				bp := rt.ProcessOf(env)
				if bp == nil || l.IsZero() || !bp.Runtime().SetLogLevel(l.Name()) {
					rt.ArgumentError(fmt.Sprintf("invalid value for :level option: %s", rt.Inspect(env, t[1])))
				}
			}
			return term.OK
		},
		"level/0": func(env rt.Env, a []term.Term) term.Term {
			if bp := rt.ProcessOf(env); bp != nil {
				return term.MakeAtom(bp.Runtime().LogLevel())
			}
			return term.MakeAtom("debug")
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
		// raise/3 raises in the class given; like Erlang's, it returns
		// badarg for a class that is none of error, throw and exit (the
		// stacktrace given is not kept).
		"raise/3": func(env rt.Env, a []term.Term) term.Term {
			switch a[0] {
			case term.MakeAtom("error"):
				panic(&rt.Error{Kind: rt.KindError, Value: a[1]})
			case term.MakeAtom("throw"):
				rt.Throw(a[1])
			case term.MakeAtom("exit"):
				rt.Exit(a[1])
			}
			return term.MakeAtom("badarg")
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
			bi, ok := rt.Lookup(m, f, int(n))
			return term.Bool(ok && !bi.Macro)
		},
		"macro_exported?/3": func(env rt.Env, a []term.Term) term.Term {
			p, ok := env.(*proc)
			m, ok1 := a[0].(term.Atom)
			f, ok2 := a[1].(term.Atom)
			n, ok3 := a[2].(term.Int)
			if !ok || !ok1 || !ok2 || !ok3 {
				rt.RaiseFunctionClause(atomKernel, term.MakeAtom("macro_exported?"), 3, a)
			}
			return term.Bool(p.in.macroExported(m, f, int(n)))
		},
	})
	registerInlinedBIFs()
}

// timed is :timer.tc: the run time of fun in microseconds and its result.
func timed(env rt.Env, fun term.Term, args []term.Term) term.Term {
	start := time.Now()
	r := env.Call(fun, args)
	return term.Tuple{term.Int(time.Since(start).Microseconds()), r}
}

// nowMicros is the program's monotonic clock in microseconds.
func nowMicros(env rt.Env) int64 {
	if bp := rt.ProcessOf(env); bp != nil {
		return bp.Runtime().NowMicros()
	}
	return time.Now().UnixMicro()
}

// convertTime converts nanoseconds to a System time unit.
func convertTime(env rt.Env, ns int64, unit term.Term) term.Term {
	switch u := unit.(type) {
	case term.Atom:
		switch u.Name() {
		case "second", "seconds":
			return term.Int(ns / 1e9)
		case "millisecond", "milli_seconds":
			return term.Int(ns / 1e6)
		case "microsecond", "micro_seconds":
			return term.Int(ns / 1e3)
		case "nanosecond", "nano_seconds", "native":
			return term.Int(ns)
		}
	case term.Int:
		if u > 0 {
			return term.Int(ns / (1e9 / int64(u)))
		}
	}
	rt.ArgumentError("unsupported time unit. Expected :second, :millisecond, :microsecond, :nanosecond, or a positive integer, got " + rt.Inspect(env, unit))
	return nil
}

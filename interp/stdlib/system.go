package stdlib

import (
	"math/rand"
	"sync/atomic"
	"time"

	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/rt"
)

// System, :timer and :rand: the built-ins that touch the host (clocks,
// sleeping, randomness). Each goes through the optional rt.Env
// capabilities (rt/host.go) when the Env offers them. System.halt/stop,
// System.monotonic_time, :timer.tc and Logger need the process runtime and
// are registered by the evaluator (interp/builtins.go); systemHalt here
// serves :erlang.halt.

func init() { rt.RegisterLazy(registerSystem) }

// registerSystem registers the built-ins of this file (see rt.RegisterLazy).
func registerSystem() {
	rt.Register("System", map[string]rt.BuiltinFunc{
		"system_time/0": func(env rt.Env, a []term.Term) term.Term { return term.Int(now(env).UnixNano()) },
		"system_time/1": func(env rt.Env, a []term.Term) term.Term {
			return convertTime(now(env).UnixNano(), atom("native"), elixirTimeUnit(env, a[0]))
		},
		"os_time/0": func(env rt.Env, a []term.Term) term.Term { return term.Int(now(env).UnixNano()) },
		"os_time/1": func(env rt.Env, a []term.Term) term.Term {
			return convertTime(now(env).UnixNano(), atom("native"), elixirTimeUnit(env, a[0]))
		},
		"convert_time_unit/3": func(env rt.Env, a []term.Term) term.Term {
			elixirTimeUnit(env, a[1])
			elixirTimeUnit(env, a[2])
			return convertTimeBIF("System.convert_time_unit/3", a)
		},
		"time_offset/0": func(env rt.Env, a []term.Term) term.Term {
			return term.Int(now(env).UnixNano() - monotonicNS(env))
		},
		"time_offset/1": func(env rt.Env, a []term.Term) term.Term {
			return convertTime(now(env).UnixNano()-monotonicNS(env), atom("native"), elixirTimeUnit(env, a[0]))
		},
		"endianness/0":          func(env rt.Env, a []term.Term) term.Term { return atom("little") },
		"compiled_endianness/0": func(env rt.Env, a []term.Term) term.Term { return atom("little") },
		"unique_integer/0":      func(env rt.Env, a []term.Term) term.Term { return uniqueInteger(env, term.Nil) },
		"unique_integer/1":      func(env rt.Env, a []term.Term) term.Term { return uniqueInteger(env, a[0]) },
		"argv/0":                systemArgv,
		"version/0":             func(env rt.Env, a []term.Term) term.Term { return term.Binary("1.18.4") },
		"otp_release/0":         func(env rt.Env, a []term.Term) term.Term { return term.Binary("25") },
		"build_info/0": func(env rt.Env, a []term.Term) term.Term {
			return term.EmptyMap.Put(atom("build"), term.Binary("1.18.4 (compiled with Erlang/OTP 25)")).
				Put(atom("date"), term.Binary("")).
				Put(atom("otp_release"), term.Binary("25")).
				Put(atom("revision"), term.Binary("")).
				Put(atom("version"), term.Binary("1.18.4"))
		},
		"schedulers/0": func(env rt.Env, a []term.Term) term.Term { return term.Int(1) },
	})
	rt.Register(":timer", map[string]rt.BuiltinFunc{
		"sleep/1":   timerSleep,
		"seconds/1": func(env rt.Env, a []term.Term) term.Term { return timerScale(a[0], 1000) },
		"minutes/1": func(env rt.Env, a []term.Term) term.Term { return timerScale(a[0], 60_000) },
		"hours/1":   func(env rt.Env, a []term.Term) term.Term { return timerScale(a[0], 3_600_000) },
		"hms/3": func(env rt.Env, a []term.Term) term.Term {
			v := intArgs(":timer.hms/3", a, 0, 1, 2)
			return term.Int((v[0]*3600 + v[1]*60 + v[2]) * 1000)
		},
	})
	rt.Register(":rand", map[string]rt.BuiltinFunc{
		"uniform/0": func(env rt.Env, a []term.Term) term.Term { return term.Float(randUniform(env)) },
		"uniform/1": func(env rt.Env, a []term.Term) term.Term {
			n, ok := a[0].(term.Int)
			if !ok || n < 1 {
				fnClauseError(":rand.uniform/1", a)
			}
			return term.Int(randUniformN(env, int64(n)))
		},
		"uniform_real/0": func(env rt.Env, a []term.Term) term.Term {
			return term.Float(withRand(env, func(r *rand.Rand) float64 {
				for {
					if f := r.Float64(); f > 0 {
						return f
					}
				}
			}))
		},
		"normal/0": func(env rt.Env, a []term.Term) term.Term {
			return term.Float(withRand(env, func(r *rand.Rand) float64 { return r.NormFloat64() }))
		},
		"normal/2": func(env rt.Env, a []term.Term) term.Term {
			mean, variance := numArg(a[0]), numArg(a[1])
			n := withRand(env, func(r *rand.Rand) float64 { return r.NormFloat64() })
			return term.Float(mean + n*sqrt(variance))
		},
		"seed/1": func(env rt.Env, a []term.Term) term.Term {
			if alg, ok := a[0].(term.Atom); ok {
				return randSeed(env, alg, nil)
			}
			return randSeed(env, atom("exsss"), a[0])
		},
		"seed/2": func(env rt.Env, a []term.Term) term.Term { return randSeed(env, a[0], a[1]) },
	})
}

// systemHalt raises rt.Halt, which the evaluator turns into the exit.
func systemHalt(status term.Term) term.Term {
	switch v := status.(type) {
	case term.Int:
		if v >= 0 {
			panic(&rt.Halt{Code: int(v)})
		}
	case term.Atom:
		if v.Name() == "abort" {
			panic(&rt.Halt{Code: 134})
		}
	case term.Binary:
		panic(&rt.Halt{Code: 1, Message: string(v)})
	case term.EmptyList, *term.Cons:
		if s, ok := chardataToString(v); ok {
			panic(&rt.Halt{Code: 1, Message: s})
		}
	}
	fnClauseError("System.halt/1", []term.Term{status})
	return nil
}

var processStart = time.Now()

// monotonicNS is the monotonic clock in native units (nanoseconds).
func monotonicNS(env rt.Env) int64 {
	if ce, ok := env.(rt.ClockEnv); ok {
		return int64(ce.Monotonic())
	}
	if bp := rt.ProcessOf(env); bp != nil {
		return bp.Runtime().NowMicros() * 1000 // as System.monotonic_time does
	}
	// The BEAM's monotonic time starts at a large negative number; only
	// differences are meaningful.
	return int64(time.Since(processStart)) - 576460752303423488
}

// unitsPerSecond returns the parts per second of a time unit term.
func unitsPerSecond(u term.Term) (int64, bool) {
	switch v := u.(type) {
	case term.Int:
		if v > 0 {
			return int64(v), true
		}
	case term.Atom:
		switch v.Name() {
		case "second", "seconds":
			return 1, true
		case "millisecond", "milli_seconds":
			return 1000, true
		case "microsecond", "micro_seconds":
			return 1_000_000, true
		case "nanosecond", "nano_seconds", "native", "perf_counter":
			return 1_000_000_000, true
		}
	}
	return 0, false
}

func convertTime(t int64, from, to term.Term) term.Term {
	f, ok1 := unitsPerSecond(from)
	tt, ok2 := unitsPerSecond(to)
	if !ok1 || !ok2 {
		erlArgError(2, "invalid time unit")
	}
	if f == tt {
		return term.Int(t)
	}
	return term.MakeInt(floorDivBig(t, tt, f))
}

// elixirTimeUnit checks a time unit as System's functions do
// (System.normalize_time_unit/1) and returns it.
func elixirTimeUnit(env rt.Env, u term.Term) term.Term {
	if _, ok := unitsPerSecond(u); !ok || u == atom("perf_counter") {
		rt.ArgumentError("unsupported time unit. Expected :second, :millisecond, :microsecond, :nanosecond, or a positive integer, got " + rt.Inspect(env, u))
	}
	return u
}

func convertTimeBIF(mfa string, a []term.Term) term.Term {
	n, ok := a[0].(term.Int)
	if !ok {
		fnClauseError(mfa, a)
	}
	return convertTime(int64(n), a[1], a[2])
}

// uniqueCounter serves an Env without its own counter (rt.UniqueEnv):
// test fakes only, as every process of the evaluator has one.
var uniqueCounter atomic.Int64

func uniqueInteger(env rt.Env, mods term.Term) term.Term {
	var n int64
	if ue, ok := env.(rt.UniqueEnv); ok {
		n = ue.UniqueInteger()
	} else {
		n = uniqueCounter.Add(1)
	}
	items, _ := term.ListToSlice(mods)
	positive := false
	for _, m := range items {
		if m == atom("positive") {
			positive = true
		}
	}
	if positive {
		return term.Int(n)
	}
	return term.Int(n - 576460752303423489)
}

func systemArgv(env rt.Env, a []term.Term) term.Term {
	if ae, ok := env.(rt.ArgvEnv); ok {
		return strList(ae.Argv())
	}
	return term.Nil
}

// Sleep suspends the caller for d through the Env's SleepEnv (the process
// runtime) or, without one, the Go scheduler.
func Sleep(env rt.Env, d time.Duration) {
	if se, ok := env.(rt.SleepEnv); ok {
		se.Sleep(d)
		return
	}
	time.Sleep(d)
}

func timerSleep(env rt.Env, a []term.Term) term.Term {
	switch v := a[0].(type) {
	case term.Int:
		if v >= 0 {
			Sleep(env, time.Duration(v)*time.Millisecond)
			return term.OK
		}
	case term.Atom:
		if v.Name() == "infinity" {
			Sleep(env, time.Duration(1<<62))
			return term.OK
		}
	}
	fnClauseError(":timer.sleep/1", a)
	return nil
}

func timerScale(t term.Term, k int64) term.Term {
	switch v := t.(type) {
	case term.Int:
		return term.Int(int64(v) * k)
	case term.Float:
		return term.Int(int64(float64(v) * float64(k)))
	}
	erlArgError(1, "not a number")
	return nil
}

// --- randomness ----------------------------------------------------------

// withRand calls f with the calling process's random source (each
// process of each program has its own, rt.RandEnv); an Env without one
// gets a fresh source seeded from the clock.
func withRand[T any](env rt.Env, f func(*rand.Rand) T) T {
	if re, ok := env.(rt.RandEnv); ok {
		return f(re.Rand())
	}
	return f(rand.New(rand.NewSource(time.Now().UnixNano())))
}

// RandInt returns a uniform integer in [0, n) from the program's random
// source (for :rand.uniform/1, Enum.random/1 and friends).
func RandInt(env rt.Env, n int64) int64 {
	return withRand(env, func(r *rand.Rand) int64 { return r.Int63n(n) })
}

// RandFloat returns a uniform float in [0, 1) from the program's source.
func RandFloat(env rt.Env) float64 {
	return withRand(env, func(r *rand.Rand) float64 { return r.Float64() })
}

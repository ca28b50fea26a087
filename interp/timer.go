package interp

import (
	"sync"

	"github.com/exlite/exlite/beam"
	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/rt"
)

// Erlang's :timer module as OTP 25 has it: send_after goes straight to
// the runtime's timers ({:send_local, ref}); intervals and delayed applies
// are kept by a process of their own ({:interval, ref}, {:once, ref}),
// which stops with the process that made an interval timer.

var (
	atomSendLocal = term.MakeAtom("send_local")
	atomInterval  = term.MakeAtom("interval")
	atomOnce      = term.MakeAtom("once")
	atomCancel    = term.MakeAtom("cancel")
	atomBadargT   = term.MakeAtom("badarg")
	atomDown      = term.MakeAtom("DOWN")
	// timerCancelMsg is what :timer.cancel/1 sends a timer process.
	timerCancelMsg = term.Tuple{term.MakeAtom("$exlite_timer"), term.MakeAtom("cancel")}
)

// timerProcs maps the ref of an {:interval, ref} or {:once, ref} timer to
// the process that keeps it, in the program's own table (Interp.timers):
// a timer process killed by the program's halt before it ever ran leaves
// its entry, which goes with the program.
func timerProcs(env rt.Env) *sync.Map {
	if p, ok := env.(*proc); ok {
		return &p.in.timers
	}
	rt.RaiseMessage("RuntimeError", "not running in a process")
	return nil
}

func timerError() term.Term { return term.Tuple{term.MakeAtom("error"), atomBadargT} }

// timerTime is a :timer time argument: a non-negative integer.
func timerTime(t term.Term) (int64, bool) {
	n, ok := t.(term.Int)
	return int64(n), ok && n >= 0
}

// timerDest is a send destination :timer accepts: a pid or an atom.
func timerDest(t term.Term) bool {
	switch t.(type) {
	case term.Pid, term.Atom:
		return true
	}
	return false
}

// startTimerProc starts the process keeping an interval (every is true)
// or one-shot timer: each time ms pass it runs fire; it stops on
// :timer.cancel/1 and, when owner is set, when owner exits.
func startTimerProc(env rt.Env, kind term.Atom, ms int64, every bool, owner *term.Pid, fire func(bp *beam.Process)) term.Term {
	bp := bproc(env)
	ref := bp.MakeRef()
	timers := timerProcs(env)
	body := func(self *beam.Process) term.Term {
		var mref term.Ref
		watching := owner != nil
		if watching {
			mref = self.Monitor(*owner)
		}
		defer timers.Delete(ref.ID)
		for {
			_, got := self.Receive(func(m term.Term) bool {
				if term.Equal(m, timerCancelMsg) {
					return true
				}
				t, ok := m.(term.Tuple)
				return watching && ok && len(t) == 5 && t[0] == atomDown && term.Equal(t[1], mref)
			}, ms)
			if got {
				return atomNormal
			}
			fire(self)
			if !every {
				return atomNormal
			}
		}
	}
	// The entry is made before the process starts: one that ends before
	// it is filled in has removed it, and it is not made again.
	timers.Store(ref.ID, term.Pid{})
	pid, _ := bp.Spawn(body, beam.SpawnOpts{})
	timers.CompareAndSwap(ref.ID, term.Pid{}, pid)
	return term.Tuple{term.OK, term.Tuple{kind, ref}}
}

// timerApply starts a one-shot or interval timer that spawns M.f(args).
func timerApply(env rt.Env, a []term.Term, every bool) term.Term {
	ms, ok := timerTime(a[0])
	mod, ok1 := a[1].(term.Atom)
	name, ok2 := a[2].(term.Atom)
	args, ok3 := term.ListToSlice(a[3])
	if !ok || !ok1 || !ok2 || !ok3 {
		return timerError()
	}
	fun := &term.Fun{Arity: len(args), Module: mod, Name: name, External: true}
	args = mfaArgs(args) // spawn(M, f, args): its initial call is M.f/n
	mk := func() beam.Body { return rt.SpawnBody(env, fun, args) }
	var owner *term.Pid
	kind := atomOnce
	if every {
		self := bproc(env).Pid()
		owner, kind = &self, atomInterval
	}
	return startTimerProc(env, kind, ms, every, owner, func(bp *beam.Process) {
		bp.Spawn(mk(), beam.SpawnOpts{})
	})
}

// timerSendInterval is :timer.send_interval/3.
func timerSendInterval(env rt.Env, msAt, dest, msg term.Term) term.Term {
	ms, ok := timerTime(msAt)
	if !ok || !timerDest(dest) {
		return timerError()
	}
	self := bproc(env).Pid()
	return startTimerProc(env, atomInterval, ms, true, &self, func(bp *beam.Process) {
		_ = bp.Send(dest, msg) // an unregistered name is skipped, as OTP does
	})
}

// timerSendAfter is :timer.send_after/3.
func timerSendAfter(env rt.Env, msAt, dest, msg term.Term) term.Term {
	ms, ok := timerTime(msAt)
	if !ok || !timerDest(dest) {
		return timerError()
	}
	ref := bproc(env).SendAfter(dest, msg, ms)
	return term.Tuple{term.OK, term.Tuple{atomSendLocal, ref}}
}

// atomKill is the exit reason of :timer.kill_after.
var atomKill = term.MakeAtom("kill")

// timerExitAfter is OTP 25's :timer.exit_after/3: apply_after of
// :erlang.exit(target, reason).
func timerExitAfter(env rt.Env, ms, target, reason term.Term) term.Term {
	return timerApply(env, []term.Term{ms, term.MakeAtom("erlang"), term.MakeAtom("exit"), term.List(target, reason)}, false)
}

// timerCancel is :timer.cancel/1.
func timerCancel(env rt.Env, tref term.Term) term.Term {
	t, ok := tref.(term.Tuple)
	if !ok || len(t) != 2 {
		return timerError()
	}
	ref, ok := t[1].(term.Ref)
	if !ok {
		return timerError()
	}
	bp := bproc(env)
	switch t[0] {
	case atomSendLocal:
		bp.Runtime().CancelTimer(ref)
	case atomInterval, atomOnce:
		if pid, ok := timerProcs(env).LoadAndDelete(ref.ID); ok {
			_ = bp.Send(pid.(term.Pid), timerCancelMsg)
		}
	default:
		return timerError()
	}
	return term.Tuple{term.OK, atomCancel}
}

func init() { rt.RegisterLazy(registerTimer) }

// registerTimer registers the built-ins of this file (see rt.RegisterLazy).
func registerTimer() {
	rt.Register(":timer", map[string]rt.BuiltinFunc{
		"send_after/2": func(env rt.Env, a []term.Term) term.Term {
			return timerSendAfter(env, a[0], bproc(env).Pid(), a[1])
		},
		"send_after/3": func(env rt.Env, a []term.Term) term.Term { return timerSendAfter(env, a[0], a[1], a[2]) },
		"send_interval/2": func(env rt.Env, a []term.Term) term.Term {
			return timerSendInterval(env, a[0], bproc(env).Pid(), a[1])
		},
		"send_interval/3": func(env rt.Env, a []term.Term) term.Term {
			return timerSendInterval(env, a[0], a[1], a[2])
		},
		"apply_after/4":    func(env rt.Env, a []term.Term) term.Term { return timerApply(env, a, false) },
		"apply_interval/4": func(env rt.Env, a []term.Term) term.Term { return timerApply(env, a, true) },
		"cancel/1":         func(env rt.Env, a []term.Term) term.Term { return timerCancel(env, a[0]) },
		"exit_after/2": func(env rt.Env, a []term.Term) term.Term {
			return timerExitAfter(env, a[0], bproc(env).Pid(), a[1])
		},
		"exit_after/3": func(env rt.Env, a []term.Term) term.Term { return timerExitAfter(env, a[0], a[1], a[2]) },
		"kill_after/1": func(env rt.Env, a []term.Term) term.Term {
			return timerExitAfter(env, a[0], bproc(env).Pid(), atomKill)
		},
		"kill_after/2": func(env rt.Env, a []term.Term) term.Term { return timerExitAfter(env, a[0], a[1], atomKill) },
	})
}

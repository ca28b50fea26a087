package interp

import (
	"fmt"
	"strconv"

	"github.com/exlite/exlite/beam"
	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/rt"
)

// Process built-ins: spawn, send, links, monitors, names, timers and the
// process dictionary, on the beam runtime (see beam/doc.go).

func bproc(env rt.Env) *beam.Process {
	bp := rt.ProcessOf(env)
	if bp == nil {
		rt.RaiseMessage("RuntimeError", "not running in a process")
	}
	return bp
}

func argError(pos, what string) {
	rt.ArgumentError(fmt.Sprintf("errors were found at the given arguments:\n\n  * %s argument: %s\n", pos, what))
}

func pidArg(t term.Term, pos string) term.Pid {
	pid, ok := t.(term.Pid)
	if !ok {
		argError(pos, "not a pid")
	}
	return pid
}

func refArg(t term.Term) term.Ref {
	ref, ok := t.(term.Ref)
	if !ok {
		argError("1st", "not a reference")
	}
	return ref
}

// timeArg is a timer's time in milliseconds (:erlang.send_after/3's 1st
// argument).
func timeArg(t term.Term) int64 {
	ms, ok := t.(term.Int)
	switch {
	case !ok:
		argError("1st", "not an integer")
	case ms < 0 || ms > 0xFFFFFFFF:
		argError("1st", "out of range")
	}
	return int64(ms)
}

// timerDestArg checks a timer's destination (:erlang.send_after/3's 2nd
// argument): a pid or an atom.
func timerDestArg(t term.Term) term.Term {
	switch t.(type) {
	case term.Pid, term.Atom:
		return t
	}
	argError("2nd", "not a pid or an atom")
	return nil
}

// processFlags are the flags :erlang.process_flag/2 knows (OTP 25).
var processFlags = map[string]bool{
	"trap_exit": true, "error_handler": true, "fullsweep_after": true, "min_heap_size": true,
	"min_bin_vheap_size": true, "max_heap_size": true, "message_queue_data": true,
	"priority": true, "save_calls": true, "sensitive": true,
}

// spawnFun starts a process applying fun to args.
func spawnFun(env rt.Env, fun term.Term, args []term.Term, opts beam.SpawnOpts) (term.Pid, term.Ref) {
	if _, ok := fun.(*term.Fun); !ok {
		rt.ArgumentError("errors were found at the given arguments:\n\n  * 1st argument: not a fun\n")
	}
	if p, ok := env.(*proc); ok {
		p.in.checkSpawn()
	}
	body := rt.SpawnBody(env, fun, args)
	return bproc(env).Spawn(body, opts)
}

// mfaFun is a function value applying Module.name to the given args.
func mfaFun(m, f term.Term, argList term.Term) (term.Term, []term.Term) {
	mod, ok1 := m.(term.Atom)
	name, ok2 := f.(term.Atom)
	args, ok3 := term.ListToSlice(argList)
	if !ok1 || !ok2 || !ok3 {
		rt.ArgumentError("argument error")
	}
	return &term.Fun{Arity: len(args), Module: mod, Name: name, External: true}, mfaArgs(args)
}

// mfaArgs is the argument slice of a spawn of Module.name(args): never
// nil, which tells it from the spawn of a function value (spawnedWith).
func mfaArgs(args []term.Term) []term.Term {
	if args == nil {
		return []term.Term{}
	}
	return args
}

// spawnOptions reads :erlang.spawn_opt's option list (argument pos):
// :link, :monitor and {:monitor, opts}; the tuning options OTP accepts
// ({:priority, p}, {:fullsweep_after, n}, ...) are checked and ignored.
func spawnOptions(t term.Term, pos string) beam.SpawnOpts {
	items, ok := term.ListToSlice(t)
	if !ok {
		argError(pos, "not a list")
	}
	var opts beam.SpawnOpts
	for _, it := range items {
		switch it := it.(type) {
		case term.Atom:
			switch it.Name() {
			case "link":
				opts.Link = true
				continue
			case "monitor":
				opts.Monitor = true
				continue
			}
		case term.Tuple:
			if len(it) == 2 && validSpawnTuple(it[0], it[1]) {
				if it[0] == term.MakeAtom("monitor") {
					opts.Monitor = true
				}
				continue
			}
		}
		argError(pos, "invalid spawn option")
	}
	return opts
}

// validSpawnTuple says whether {key, value} is a spawn option OTP 25
// accepts: {:monitor, opts}, or a tuning flag with a value
// :erlang.process_flag/2 would take (processFlagValue).
func validSpawnTuple(key, value term.Term) bool {
	k, _ := key.(term.Atom)
	switch name := k.Name(); name {
	case "monitor":
		_, ok := term.ListToSlice(value)
		return ok
	case "priority", "fullsweep_after", "min_heap_size", "min_bin_vheap_size", "max_heap_size", "message_queue_data":
		_, ok := processFlagValue(name, value)
		return ok
	}
	return false
}

// localNode is node() of a runtime that is not distributed.
var localNode = term.MakeAtom("nonode@nohost")

// monitorTarget checks what :erlang.monitor(:process, target) is given:
// a pid, a name, or {name, node()}. A name on another node is badarg
// too, as on a BEAM node that is not distributed.
func monitorTarget(target term.Term) term.Term {
	switch t := target.(type) {
	case term.Pid, term.Atom:
		return target
	case term.Tuple:
		if len(t) == 2 && t[1] == term.Term(localNode) {
			if _, ok := t[0].(term.Atom); ok {
				return target
			}
		}
	}
	argError("2nd", "not a pid")
	return nil
}

// spawnResult is what spawn_opt returns: the pid, or {pid, ref} when the
// caller asked for a monitor.
func spawnResult(pid term.Pid, ref term.Ref, opts beam.SpawnOpts) term.Term {
	if opts.Monitor {
		return term.Tuple{pid, ref}
	}
	return pid
}

// procFnsPut is Process.put/2: it stores value under key in the process
// dictionary and returns the old value or nil.
func procFnsPut(env rt.Env, key, value term.Term) term.Term {
	if p, ok := env.(*proc); ok {
		p.count(beam.TermBytes(value) + 3*48) // a copy of the value, a tree node (as the BEAM copies)
	}
	if old, ok := bproc(env).Put(key, value); ok {
		return old
	}
	return term.NilAtom
}

func init() { rt.RegisterLazy(registerProcesses) }

// registerProcesses registers the built-ins of this file (see rt.RegisterLazy).
func registerProcesses() {
	spawns := map[string]rt.BuiltinFunc{
		"spawn/1": func(env rt.Env, a []term.Term) term.Term {
			pid, _ := spawnFun(env, a[0], nil, beam.SpawnOpts{})
			return pid
		},
		"spawn_link/1": func(env rt.Env, a []term.Term) term.Term {
			pid, _ := spawnFun(env, a[0], nil, beam.SpawnOpts{Link: true})
			return pid
		},
		"spawn_monitor/1": func(env rt.Env, a []term.Term) term.Term {
			pid, ref := spawnFun(env, a[0], nil, beam.SpawnOpts{Monitor: true})
			return term.Tuple{pid, ref}
		},
		"spawn/3": func(env rt.Env, a []term.Term) term.Term {
			f, args := mfaFun(a[0], a[1], a[2])
			pid, _ := spawnFun(env, f, args, beam.SpawnOpts{})
			return pid
		},
		"spawn_link/3": func(env rt.Env, a []term.Term) term.Term {
			f, args := mfaFun(a[0], a[1], a[2])
			pid, _ := spawnFun(env, f, args, beam.SpawnOpts{Link: true})
			return pid
		},
		"spawn_monitor/3": func(env rt.Env, a []term.Term) term.Term {
			f, args := mfaFun(a[0], a[1], a[2])
			pid, ref := spawnFun(env, f, args, beam.SpawnOpts{Monitor: true})
			return term.Tuple{pid, ref}
		},
		"send/2": func(env rt.Env, a []term.Term) term.Term {
			if err := bproc(env).Send(a[0], a[1]); err != nil {
				argError("1st", "invalid destination")
			}
			if p, ok := env.(*proc); ok {
				p.sent()
			}
			return a[1]
		},
		"make_ref/0": func(env rt.Env, a []term.Term) term.Term { return bproc(env).MakeRef() },
	}
	rt.Register("Kernel", spawns)
	rt.Register(":erlang", spawns)
	spawnOpt2 := func(env rt.Env, a []term.Term) term.Term {
		if _, ok := a[0].(*term.Fun); !ok {
			argError("1st", "not a fun")
		}
		opts := spawnOptions(a[1], "2nd")
		pid, ref := spawnFun(env, a[0], nil, opts)
		return spawnResult(pid, ref, opts)
	}
	spawnOpt4 := func(env rt.Env, a []term.Term) term.Term {
		for i, pos := range []string{"1st", "2nd"} {
			if _, ok := a[i].(term.Atom); !ok {
				argError(pos, "not an atom")
			}
		}
		if _, ok := term.ListToSlice(a[2]); !ok {
			argError("3rd", "not a list")
		}
		opts := spawnOptions(a[3], "4th")
		f, args := mfaFun(a[0], a[1], a[2])
		pid, ref := spawnFun(env, f, args, opts)
		return spawnResult(pid, ref, opts)
	}
	rt.Register("Process", map[string]rt.BuiltinFunc{"spawn/2": spawnOpt2, "spawn/4": spawnOpt4})
	rt.Register(":erlang", map[string]rt.BuiltinFunc{"spawn_opt/2": spawnOpt2, "spawn_opt/4": spawnOpt4})
	startTimer := func(env rt.Env, a []term.Term) term.Term {
		ms, ok := a[0].(term.Int)
		if !ok || ms < 0 {
			argError("1st", "not a valid time value")
		}
		return bproc(env).StartTimer(a[1], a[2], int64(ms))
	}
	rt.Register(":erlang", map[string]rt.BuiltinFunc{
		"yield/0": func(env rt.Env, a []term.Term) term.Term {
			bproc(env).Yield()
			return term.True
		},
		"pid_to_list/1": func(env rt.Env, a []term.Term) term.Term {
			pid := pidArg(a[0], "1st")
			return term.List(charlist("<0." + strconv.FormatUint(pid.ID, 10) + ".0>")...)
		},
		"list_to_pid/1": func(env rt.Env, a []term.Term) term.Term {
			text, ok := charlistText(a[0])
			var id uint64
			if ok {
				_, err := fmt.Sscanf(text, "<0.%d.0>", &id)
				ok = err == nil && "<0."+strconv.FormatUint(id, 10)+".0>" == text
			}
			if !ok {
				argError("1st", "not a textual representation of a pid")
			}
			return term.Pid{ID: id}
		},
		"start_timer/3": startTimer,
		"start_timer/4": startTimer,
	})
	procFns := map[string]rt.BuiltinFunc{
		"alive?/1": func(env rt.Env, a []term.Term) term.Term {
			return term.Bool(bproc(env).Runtime().IsAlive(pidArg(a[0], "1st")))
		},
		"link/1": func(env rt.Env, a []term.Term) term.Term {
			if err := bproc(env).Link(pidArg(a[0], "1st")); err != nil {
				// :erlang.link/1's error: the raw :noproc a crash reports
				rt.RaiseRaw(rt.NewException("ErlangError", term.MakeAtom("original"), term.MakeAtom("noproc"), term.MakeAtom("reason"), term.NilAtom), term.MakeAtom("noproc"))
			}
			return term.True
		},
		"unlink/1": func(env rt.Env, a []term.Term) term.Term {
			bproc(env).Unlink(pidArg(a[0], "1st"))
			return term.True
		},
		"monitor/1": func(env rt.Env, a []term.Term) term.Term {
			return bproc(env).Monitor(monitorTarget(a[0]))
		},
		"demonitor/1": func(env rt.Env, a []term.Term) term.Term {
			ref := refArg(a[0])
			bproc(env).DemonitorAlias(ref)
			bproc(env).Demonitor(ref, false)
			return term.True
		},
		"demonitor/2": func(env rt.Env, a []term.Term) term.Term {
			ref := refArg(a[0])
			flush, info := false, false
			items, ok := term.ListToSlice(a[1])
			if !ok {
				if term.IsList(a[1]) {
					argError("2nd", "not a proper list")
				}
				argError("2nd", "not a list")
			}
			for _, it := range items {
				switch it {
				case term.MakeAtom("flush"):
					flush = true
				case term.MakeAtom("info"):
					info = true
				default:
					argError("2nd", "invalid option in list")
				}
			}
			bproc(env).DemonitorAlias(ref)
			// With :info, whether a monitor was found and removed.
			found := bproc(env).Demonitor(ref, flush)
			return term.Bool(found || !info)
		},
		"flag/2": func(env rt.Env, a []term.Term) term.Term {
			if a[0] == term.MakeAtom("trap_exit") {
				if a[1] != term.True && a[1] != term.False {
					argError("2nd", "invalid value for this process flag")
				}
				return term.Bool(bproc(env).TrapExit(a[1] == term.True))
			}
			return setProcessFlag(env, a)
		},
		"flag/3": setProcessFlag3,
		"group_leader/0": func(env rt.Env, a []term.Term) term.Term {
			return groupLeaderPid
		},
		// every process keeps the one stand-in group leader: setting
		// another is accepted and has no effect
		"group_leader/2": func(env rt.Env, a []term.Term) term.Term {
			pidArg(a[0], "2nd")
			pidArg(a[1], "1st")
			return term.True
		},
		"exit/2": func(env rt.Env, a []term.Term) term.Term {
			bproc(env).Exit(pidArg(a[0], "1st"), a[1])
			return term.True
		},
		"register/2": func(env rt.Env, a []term.Term) term.Term {
			pid := pidArg(a[0], "1st")
			name, ok := a[1].(term.Atom)
			if !ok || name == term.Undefined || name == term.NilAtom || name == term.False || name == term.True {
				rt.RaiseFunctionClause(rt.ModuleAtom("Process"), term.MakeAtom("register"), 2, a)
			}
			if err := bproc(env).Register(name, pid); err != nil {
				rt.ArgumentError(fmt.Sprintf("could not register %s with name %s because it is not alive, the name is already taken, or it has already been given another name", rt.Inspect(env, pid), rt.Inspect(env, name)))
			}
			return term.True
		},
		"unregister/1": func(env rt.Env, a []term.Term) term.Term {
			name, _ := a[0].(term.Atom)
			if err := bproc(env).Runtime().Unregister(name); err != nil {
				// OTP 25's erl_erts_errors says so for any unregister/1 failure
				argError("1st", "not a pid")
			}
			return term.True
		},
		"whereis/1": func(env rt.Env, a []term.Term) term.Term {
			name, _ := a[0].(term.Atom)
			if pid, ok := bproc(env).Runtime().Whereis(name); ok {
				return pid
			}
			return term.NilAtom
		},
		"registered/0": func(env rt.Env, a []term.Term) term.Term {
			names := bproc(env).Runtime().Registered()
			out := make([]term.Term, len(names))
			for i, n := range names {
				out[i] = n
			}
			return term.List(out...)
		},
		"list/0": func(env rt.Env, a []term.Term) term.Term {
			pids := bproc(env).Runtime().Processes()
			out := make([]term.Term, len(pids))
			for i, p := range pids {
				out[i] = p
			}
			return term.List(out...)
		},
		"sleep/1": func(env rt.Env, a []term.Term) term.Term {
			switch t := a[0].(type) {
			case term.Int:
				if t >= 0 {
					bproc(env).Sleep(int64(t))
					return term.OK
				}
			case term.Atom:
				if t == term.MakeAtom("infinity") {
					bproc(env).Sleep(-1)
					return term.OK
				}
			}
			// Elixir's guards: an integer >= 0 or :infinity
			rt.RaiseFunctionClause(rt.ModuleAtom("Process"), term.MakeAtom("sleep"), 1, a)
			return nil
		},
		"send/3": func(env rt.Env, a []term.Term) term.Term {
			if err := bproc(env).Send(a[0], a[1]); err != nil {
				argError("1st", "invalid destination")
			}
			if p, ok := env.(*proc); ok {
				p.sent()
			}
			return term.OK
		},
		"send_after/3": func(env rt.Env, a []term.Term) term.Term {
			return bproc(env).SendAfter(timerDestArg(a[0]), a[1], timeArg(a[2]))
		},
		"send_after/4": func(env rt.Env, a []term.Term) term.Term {
			return bproc(env).SendAfter(timerDestArg(a[0]), a[1], timeArg(a[2]))
		},
		"cancel_timer/1": func(env rt.Env, a []term.Term) term.Term {
			ref := refArg(a[0])
			if left, ok := bproc(env).Runtime().CancelTimer(ref); ok {
				return term.Int(left)
			}
			return term.False
		},
		"cancel_timer/2": func(env rt.Env, a []term.Term) term.Term {
			ref := refArg(a[0])
			bp := bproc(env)
			left, ok := bp.Runtime().CancelTimer(ref)
			var result term.Term = term.False
			if ok {
				result = term.Int(left)
			}
			info := accessKeyword(a[1], "info") != term.False
			if accessKeyword(a[1], "async") == term.True {
				// the result comes as a message, as OTP's asynchronous
				// cancel's does
				if info {
					bp.Send(bp.Pid(), term.Tuple{term.MakeAtom("cancel_timer"), ref, result})
				}
				return term.OK
			}
			if !info {
				return term.OK
			}
			return result
		},
		"read_timer/1": func(env rt.Env, a []term.Term) term.Term {
			ref := refArg(a[0])
			if left, ok := bproc(env).Runtime().ReadTimer(ref); ok {
				return term.Int(left)
			}
			return term.False
		},
		"get/1": func(env rt.Env, a []term.Term) term.Term {
			if v, ok := bproc(env).Get(a[0]); ok {
				return v
			}
			return term.NilAtom
		},
		"get/2": func(env rt.Env, a []term.Term) term.Term {
			if v, ok := bproc(env).Get(a[0]); ok {
				return v
			}
			return a[1]
		},
		"get/0": func(env rt.Env, a []term.Term) term.Term {
			var out []term.Term
			bproc(env).Dictionary().Range(func(k, v term.Term) bool {
				out = append(out, term.Tuple{k, v})
				return true
			})
			return term.List(out...)
		},
		"get_keys/0": func(env rt.Env, a []term.Term) term.Term {
			return term.List(bproc(env).Dictionary().Keys()...)
		},
		"get_keys/1": func(env rt.Env, a []term.Term) term.Term {
			var out []term.Term
			bproc(env).Dictionary().Range(func(k, v term.Term) bool {
				if term.StrictEqual(v, a[0]) {
					out = append(out, k)
				}
				return true
			})
			return term.List(out...)
		},
		"put/2": func(env rt.Env, a []term.Term) term.Term { return procFnsPut(env, a[0], a[1]) },
		"set_label/1": func(env rt.Env, a []term.Term) term.Term {
			// Elixir 1.18 keeps the label in the process dictionary
			procFnsPut(env, term.MakeAtom("$process_label"), a[0])
			return term.OK
		},
		"delete/1": func(env rt.Env, a []term.Term) term.Term {
			if old, ok := bproc(env).Erase(a[0]); ok {
				return old
			}
			return term.NilAtom
		},
		"info/1": func(env rt.Env, a []term.Term) term.Term {
			info, ok := bproc(env).Runtime().Info(pidArg(a[0], "1st"))
			if !ok {
				return term.NilAtom
			}
			return infoList(env, info)
		},
		"info/2": func(env rt.Env, a []term.Term) term.Term {
			pid := pidArg(a[0], "1st")
			info, ok := bproc(env).Runtime().Info(pid)
			if !ok {
				return term.NilAtom
			}
			item := func(k term.Term) term.Term {
				if k == atomCurrentStacktrace {
					return term.Tuple{k, currentStacktrace(env, pid)}
				}
				return infoItem(env, info, k)
			}
			if keys, ok := term.ListToSlice(a[1]); ok {
				// A list of items gives a list of {item, value}.
				out := make([]term.Term, len(keys))
				for i, k := range keys {
					t := item(k)
					if t == term.NilAtom {
						argError("2nd", "invalid item or item list")
					}
					out[i] = t
				}
				return term.List(out...)
			}
			if k, ok := a[1].(term.Atom); !ok || !infoItems[k.Name()] {
				argError("2nd", "invalid item or item list")
			}
			return item(a[1])
		},
	}
	rt.Register("Process", procFns)
	rt.Register(":erlang", erlangProcessBIFs(procFns))
}

// erlangProcessBIFs are the :erlang BIFs behind Process's functions
// (elixir_rewrite.erl), for programs that call them directly: the same
// built-ins, with Erlang's argument order and :undefined where Process
// gives nil.
func erlangProcessBIFs(p map[string]rt.BuiltinFunc) map[string]rt.BuiltinFunc {
	undefinedForNil := func(f rt.BuiltinFunc) rt.BuiltinFunc {
		return func(env rt.Env, a []term.Term) term.Term {
			if v := f(env, a); v != term.NilAtom {
				return v
			}
			return term.Undefined
		}
	}
	return map[string]rt.BuiltinFunc{
		"is_process_alive/1": p["alive?/1"],
		"link/1":             p["link/1"],
		"unlink/1":           p["unlink/1"],
		"exit/2":             p["exit/2"],
		"demonitor/1":        p["demonitor/1"],
		"demonitor/2":        p["demonitor/2"],
		"process_flag/2":     p["flag/2"],
		"process_flag/3":     p["flag/3"],
		"group_leader/0":     p["group_leader/0"],
		"group_leader/2": func(env rt.Env, a []term.Term) term.Term {
			return p["group_leader/2"](env, []term.Term{a[1], a[0]}) // group_leader(leader, pid)
		},
		"register/2": func(env rt.Env, a []term.Term) term.Term {
			return p["register/2"](env, []term.Term{a[1], a[0]}) // register(name, pid)
		},
		"unregister/1":   p["unregister/1"],
		"whereis/1":      undefinedForNil(p["whereis/1"]),
		"registered/0":   p["registered/0"],
		"processes/0":    p["list/0"],
		"cancel_timer/1": p["cancel_timer/1"],
		"cancel_timer/2": p["cancel_timer/2"],
		"read_timer/1":   p["read_timer/1"],
		"send_after/3": func(env rt.Env, a []term.Term) term.Term {
			return p["send_after/3"](env, []term.Term{a[1], a[2], a[0]})
		},
		"put/2": func(env rt.Env, a []term.Term) term.Term {
			old := p["get/2"](env, []term.Term{a[0], term.Undefined})
			p["put/2"](env, a)
			return old
		},
		"get/0": p["get/0"],
		"get/1": func(env rt.Env, a []term.Term) term.Term {
			return p["get/2"](env, []term.Term{a[0], term.Undefined})
		},
		"erase/1": func(env rt.Env, a []term.Term) term.Term {
			old := p["get/2"](env, []term.Term{a[0], term.Undefined})
			p["delete/1"](env, a)
			return old
		},
		"get_keys/0":     p["get_keys/0"],
		"get_keys/1":     p["get_keys/1"],
		"process_info/1": undefinedForNil(p["info/1"]),
		"process_info/2": undefinedForNil(p["info/2"]),
	}
}

func pidList(ps []term.Pid) term.Term {
	out := make([]term.Term, len(ps))
	for i, p := range ps {
		out[i] = p
	}
	return term.List(out...)
}

var atomCurrentStacktrace = term.MakeAtom("current_stacktrace")

// currentStacktrace is the stack of process pid for
// Process.info(pid, :current_stacktrace): the caller's own, or that of a
// process blocked in receive (a GenServer's client waiting in
// GenServer.call, shown under "Client #PID<...> is alive" in crash
// reports). A process running at that moment cannot be looked at safely:
// its stack shows empty.
func currentStacktrace(env rt.Env, pid term.Pid) term.Term {
	p, ok := env.(*proc)
	if !ok || p.bp == nil {
		return term.Nil
	}
	if pid == p.self {
		return stacktraceTerm(p.stackTrace())
	}
	var st term.Term = term.Nil
	// A GenServer's client is about to block in its call's receive: give
	// it a few turns to get there (with several run tokens it may still
	// be running when the server looks).
	readWaiting(p, pid, func(q *proc) { st = stacktraceTerm(append(waitingInCall(q), q.stackTrace()...)) })
	return st
}

// genCallFrame is a frame of a process waiting for a GenServer call's
// reply on the BEAM: OTP 25's :gen.do_call/4 (stdlib 4.2) waits at line
// 237 of gen.erl for an infinite timeout, at 256 for another, under
// Elixir 1.18.4's GenServer.call/3.
func genCallFrames(line int) []rt.Frame {
	loc := func(file string, line int) term.Term {
		return term.List(term.Tuple{term.MakeAtom("file"), term.List(charlist(file)...)}, term.Tuple{term.MakeAtom("line"), term.Int(line)})
	}
	return []rt.Frame{
		{Line: -2, Entry: term.Tuple{term.MakeAtom("gen"), term.MakeAtom("do_call"), term.Int(4), loc("gen.erl", line)}},
		{Line: -2, Entry: term.Tuple{rt.ModuleAtom("GenServer"), term.MakeAtom("call"), term.Int(3), loc("lib/gen_server.ex", 1125)}},
	}
}

// waitingInCall is genCallFrames when q waits in the reply of a
// GenServer.call (GenServer.await_reply/2,3 of the library, whose
// frames stackTrace leaves out) made by its innermost function of its
// own, nil otherwise.
func waitingInCall(q *proc) []rt.Frame {
	for i := len(q.calls) - 1; i >= 0; i-- {
		c := q.calls[i]
		switch {
		case c.hidden():
			continue
		case c.fn == nil || !c.fn.lib:
			return nil
		case c.fn.mod == rt.ModuleAtom("GenServer") && c.fn.name == term.MakeAtom("await_reply"):
			if c.fn.arity == 2 {
				return genCallFrames(237)
			}
			return genCallFrames(256)
		}
	}
	return nil
}

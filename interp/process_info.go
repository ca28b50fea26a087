package interp

import (
	"github.com/exlite/exlite/beam"
	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/rt"
)

// Process.info/1,2 (and :erlang.process_info/1,2): the items of OTP 25.
// What exlite tracks (status, queue, messages, links, monitors, the
// dictionary, trap_exit, the registered name) is exact; the memory
// figures are estimates (beam.Info); the rest is what a BEAM process
// shows in a script: current_function from the process's innermost call
// (exlite's GenServer loop shows as OTP's {:gen_server, :loop, 7}),
// initial_call {:erlang, :apply, 2} for a spawned function,
// {M, f, arity} for spawn/3, {:proc_lib, :init_p, 5} for OTP behaviours'
// processes, and OTP's defaults for the garbage collector, priority and
// error handler.

// infoListItems are Process.info/1's items in OTP 25's order
// (registered_name comes first when the process has a name).
var infoListItems = []string{
	"current_function", "initial_call", "status", "message_queue_len", "links",
	"dictionary", "trap_exit", "error_handler", "priority", "group_leader",
	"total_heap_size", "heap_size", "stack_size", "reductions",
	"garbage_collection", "suspending",
}

// infoItems are the items :erlang.process_info/2 knows (OTP 25); the
// ones exlite cannot tell give nil.
var infoItems = map[string]bool{
	"backtrace": true, "binary": true, "catchlevel": true, "current_function": true,
	"current_location": true, "current_stacktrace": true, "dictionary": true,
	"error_handler": true, "garbage_collection": true, "garbage_collection_info": true,
	"group_leader": true, "heap_size": true, "initial_call": true, "links": true,
	"last_calls": true, "memory": true, "message_queue_len": true, "messages": true,
	"min_heap_size": true, "min_bin_vheap_size": true, "monitored_by": true, "monitors": true,
	"message_queue_data": true, "parent": true, "priority": true, "reductions": true,
	"registered_name": true, "sequential_trace_token": true, "stack_size": true,
	"status": true, "suspending": true, "total_heap_size": true, "trace": true, "trap_exit": true,
}

// groupLeaderPid stands for the group leader every process of a script
// has (the `user` I/O server, #PID<0.65.0> on OTP 25); exlite writes
// output itself, so no process has that pid.
var groupLeaderPid = term.Pid{ID: 65}

// infoList is Process.info/1's keyword list.
func infoList(env rt.Env, info *beam.Info) term.Term {
	out := make([]term.Term, 0, len(infoListItems)+1)
	if !info.RegisteredName.IsZero() {
		out = append(out, term.Tuple{term.MakeAtom("registered_name"), info.RegisteredName})
	}
	for _, k := range infoListItems {
		it := infoValue(env, info, k, 1)
		out = append(out, term.Tuple{term.MakeAtom(k), it})
	}
	return term.List(out...)
}

// infoItem is Process.info/2's answer for one item: {item, value}, or nil
// for an item exlite cannot tell.
func infoItem(env rt.Env, info *beam.Info, item term.Term) term.Term {
	key, _ := item.(term.Atom)
	if v := infoValue(env, info, key.Name(), 2); v != nil {
		return term.Tuple{key, v}
	}
	return term.NilAtom
}

// infoValue is the value of one item, or nil; arity is that of the
// Process.info call (the caller's own current function).
func infoValue(env rt.Env, info *beam.Info, key string, arity int) term.Term {
	kw := func(k string, v term.Term) term.Term { return term.Tuple{term.MakeAtom(k), v} }
	switch key {
	case "registered_name":
		if info.RegisteredName.IsZero() {
			return term.Nil
		}
		return info.RegisteredName
	case "status":
		if info.Status.IsZero() {
			return term.MakeAtom("running")
		}
		return info.Status
	case "message_queue_len":
		return term.Int(info.MessageQueueLen)
	case "messages":
		return term.List(info.Messages...)
	case "links":
		return pidList(info.Links)
	case "monitors":
		mons := make([]term.Term, len(info.Monitors))
		for i, m := range info.Monitors {
			mons[i] = term.Tuple{term.MakeAtom("process"), m}
		}
		return term.List(mons...)
	case "monitored_by":
		return pidList(info.MonitoredBy)
	case "dictionary":
		return term.List(info.Dictionary...)
	case "trap_exit":
		return term.Bool(info.TrapExit)
	case "heap_size", "total_heap_size":
		return term.Int(info.HeapSize)
	case "memory":
		// bytes: the heap's words plus the process structure, 776 bytes
		// (OTP 25 counts 2640 for a fresh process with a 233-word heap)
		return term.Int(8*info.HeapSize + 776)
	case "reductions":
		return term.Int(info.Reductions)
	case "priority", "error_handler", "message_queue_data", "min_heap_size", "min_bin_vheap_size":
		// as Process.flag set them
		return processFlagOf(env, info.Pid, key)
	case "group_leader":
		return groupLeaderPid
	case "stack_size":
		return term.Int(stackSize(env, info.Pid))
	case "suspending", "binary", "sequential_trace_token":
		return term.Nil
	case "catchlevel", "trace":
		return term.Int(0)
	case "last_calls":
		return term.False
	case "garbage_collection":
		flag := func(name string) term.Term { return kw(name, processFlagOf(env, info.Pid, name)) }
		return term.List(flag("max_heap_size"), flag("min_bin_vheap_size"), flag("min_heap_size"),
			flag("fullsweep_after"), kw("minor_gcs", term.Int(0)))
	case "garbage_collection_info":
		words := term.Int(info.HeapSize)
		return term.List(kw("old_heap_block_size", term.Int(0)), kw("heap_block_size", words),
			kw("mbuf_size", term.Int(0)), kw("recent_size", term.Int(0)),
			kw("stack_size", term.Int(stackSize(env, info.Pid))), kw("old_heap_size", term.Int(0)),
			kw("heap_size", words), kw("bin_vheap_size", term.Int(0)),
			kw("bin_vheap_block_size", term.Int(46422)), kw("bin_old_vheap_size", term.Int(0)),
			kw("bin_old_vheap_block_size", term.Int(46422)))
	case "parent":
		return parentOf(env, info)
	case "current_location":
		return currentLocation(env, info, arity)
	case "backtrace":
		return backtrace(env, info, arity)
	case "initial_call":
		return initialCall(env, info)
	case "current_function":
		return currentFunction(env, info, arity)
	}
	return nil
}

var (
	mfaErlangApply = term.Tuple{term.MakeAtom("erlang"), term.MakeAtom("apply"), term.Int(2)}
	mfaProcLib     = term.Tuple{term.MakeAtom("proc_lib"), term.MakeAtom("init_p"), term.Int(5)}
	mfaGenServer   = term.Tuple{term.MakeAtom("gen_server"), term.MakeAtom("loop"), term.Int(7)}
)

// initialCall is the function a process started with.
func initialCall(env rt.Env, info *beam.Info) term.Term {
	for _, kv := range info.Dictionary {
		// proc_lib (GenServer, Agent, Task, Supervisor) marks its processes
		if t, ok := kv.(term.Tuple); ok && len(t) == 2 &&
			(t[0] == term.MakeAtom("$initial_call") || t[0] == term.MakeAtom("$ancestors")) {
			return mfaProcLib
		}
	}
	p, ok := env.(*proc)
	if !ok || p.bp == nil {
		return mfaErlangApply
	}
	if info.Pid == p.self {
		return spawnedWith(p)
	}
	// another process's state is read while it waits in receive (its
	// lock held); one that is running shows as a spawned function
	out := mfaErlangApply
	readWaiting(p, info.Pid, func(q *proc) { out = spawnedWith(q) })
	return out
}

// spawnedWith is the initial call of a process that is not an OTP
// behaviour's: spawn(Mod, :fun, args) runs Mod.fun/n (its arguments are
// a non-nil slice, mfaArgs), the spawn of any function value, &Mod.fun/0
// included, is :erlang.apply/2 of that function.
func spawnedWith(q *proc) term.Tuple {
	if q.origin != nil && q.origin.args != nil {
		if f, ok := q.origin.fun.(*term.Fun); ok && f.External {
			return term.Tuple{f.Module, f.Name, term.Int(f.Arity)}
		}
	}
	return mfaErlangApply
}

// currentFunction is the function process info.Pid is in: Process.info
// itself for the caller, the innermost call of a process waiting in
// receive, else the function it started with.
func currentFunction(env rt.Env, info *beam.Info, arity int) term.Term {
	p, ok := env.(*proc)
	if !ok || p.bp == nil {
		return mfaErlangApply
	}
	if info.Pid == p.self {
		return term.Tuple{rt.ModuleAtom("Process"), term.MakeAtom("info"), term.Int(arity)}
	}
	var cur term.Term
	if readWaiting(p, info.Pid, func(q *proc) { cur = innermostCall(q) }) && cur != nil {
		return cur
	}
	if init := initialCall(env, info); !term.Equal(init, mfaProcLib) {
		return init
	}
	return mfaGenServer
}

// innermostCall is {module, function, arity} of the innermost function
// of q's stack, nil if it has none; a call inside exlite's library shows
// as the OTP function Elixir's would be in.
func innermostCall(q *proc) term.Term {
	for i := len(q.calls) - 1; i >= 0; i-- {
		c := q.calls[i]
		if c.hidden() || c.fn == nil {
			continue
		}
		if c.fn.lib {
			if c.fn.mod == rt.ModuleAtom("GenServer") {
				return mfaGenServer
			}
			continue
		}
		name, arity := c.fn.name, c.fn.arity
		if c.fn.anon && c.fn.funName != "" {
			// the BEAM function of a closure takes its captured
			// values as arguments too
			name, arity = term.MakeAtom(c.fn.funName), arity+len(c.fn.captures)
		}
		return term.Tuple{c.fn.mod, name, term.Int(arity)}
	}
	return nil
}

// stackSize is an estimate of :stack_size in words: the caller's own
// call depth, or 1 for another process (a fresh process's).
func stackSize(env rt.Env, pid term.Pid) int {
	if p, ok := env.(*proc); ok && p.self == pid {
		return len(p.calls)
	}
	return 1
}

// readWaiting calls f with the evaluator state of process pid while it
// waits in receive (its lock held, so it cannot resume), giving a
// process that has not reached its receive yet a few turns to get there
// (a GenServer's client about to block in its call); it reports
// whether f ran.
func readWaiting(p *proc, pid term.Pid, f func(q *proc)) bool {
	ran := false
	read := func(bp *beam.Process) {
		if q, ok := bp.Data.(*proc); ok {
			f(q)
			ran = true
		}
	}
	rtm := p.bp.Runtime()
	for i := 0; i < 10 && !rtm.WhileWaiting(pid, read); i++ {
		if !rtm.IsAlive(pid) {
			break
		}
		p.bp.Yield()
	}
	return ran
}

// mainParent stands for the process that starts a script's main process
// (#PID<0.9.0> on OTP 25), which exlite does not have.
var mainParent = term.Pid{ID: 9}

// parentOf is the process that spawned info.Pid.
func parentOf(env rt.Env, info *beam.Info) term.Term {
	p, ok := env.(*proc)
	if !ok || p.bp == nil {
		return term.Undefined
	}
	of := func(q *proc) term.Term {
		if q.origin == nil {
			return mainParent
		}
		return q.origin.parent
	}
	if info.Pid == p.self {
		return of(p)
	}
	var out term.Term = term.Undefined
	readWaiting(p, info.Pid, func(q *proc) { out = of(q) })
	return out
}

// currentLocation is current_function with its file and line:
// Process.info's own in Elixir 1.18's lib/process.ex for the caller, the
// innermost call's position for a waiting process.
func currentLocation(env rt.Env, info *beam.Info, arity int) term.Term {
	loc := func(mfa term.Term, file string, line int) term.Term {
		t := mfa.(term.Tuple)
		return term.Tuple{t[0], t[1], t[2], term.List(
			term.Tuple{term.MakeAtom("file"), term.List(charlist(file)...)},
			term.Tuple{term.MakeAtom("line"), term.Int(line)})}
	}
	p, ok := env.(*proc)
	if ok && p.bp != nil && info.Pid == p.self {
		line := 896 // def info(pid, spec)
		if arity == 1 {
			line = 871
		}
		return loc(currentFunction(env, info, arity), "lib/process.ex", line)
	}
	mfa := currentFunction(env, info, arity)
	if ok && p.bp != nil {
		var out term.Term
		readWaiting(p, info.Pid, func(q *proc) {
			if f, ok := innermostFrame(q); ok && f.Module != (term.Atom{}) {
				out = loc(mfa, f.File, f.Line)
			}
		})
		if out != nil {
			return out
		}
	}
	t := mfa.(term.Tuple)
	return term.Tuple{t[0], t[1], t[2], term.Nil}
}

// innermostFrame is the innermost user frame of q's stack.
func innermostFrame(q *proc) (rt.Frame, bool) {
	frames := q.stackTrace()
	if len(frames) == 0 {
		return rt.Frame{}, false
	}
	return frames[0], true
}

// backtrace is :backtrace's text: one line per call of the process's
// stack as far as exlite can read it, in the spirit of the BEAM's dump.
func backtrace(env rt.Env, info *beam.Info, arity int) term.Term {
	var sb []byte
	sb = append(sb, "Program counter: "...)
	mfa := currentFunction(env, info, arity).(term.Tuple)
	sb = append(sb, rt.ModuleName(mfa[0].(term.Atom))+":"+mfa[1].(term.Atom).Name()+"/"+rt.Inspect(env, mfa[2])+"\n"...)
	return term.Binary(sb)
}

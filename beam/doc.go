// Package beam is exlite's process runtime: Elixir processes, their
// mailboxes, links, monitors, names, timers and the scheduler that runs
// them the way the BEAM does.
//
// # Model
//
// Every Elixir process is a goroutine running a Body, a Go function the
// evaluator supplies. A process must hold a run token to execute; there
// are Options.Tokens of them (runtime.NumCPU() by default, exactly one in
// deterministic mode). Runnable processes wait for a token in a FIFO run
// queue. A process runs until it blocks in Receive, exits, or spends its
// reduction budget (4,000, see Reduce); then it goes to the back of the
// queue. Spawned processes and processes woken by a message or a timeout
// join the back of the queue too.
//
// beam never imports the evaluator: terms (package beam/term) are all the
// two share.
//
// # Running a program
//
//	rt := beam.NewRuntime(beam.Options{Stdout: os.Stdout})
//	out := rt.RunMain(func(p *beam.Process) term.Term {
//		... evaluate the script in process p ...
//		return beam.Normal // or another exit reason
//	})
//	// out.Reason, out.Signal, out.Panic, out.Quiet: see Outcome.
//
// RunMain behaves like `elixir script.exs`: when the main process ends the
// program halts, every other process is killed and stdout is flushed.
// RunUntilQuiet (the CLI's --wait, and the grader) keeps running after main
// has ended normally (an error or exit signal ending main halts at once)
// until no process can run and no timer is pending, and reports
// that quiet point (QuietReport) before halting. Both also stop at a quiet
// point while main is still blocked (a deadlock that would hang real
// Elixir), with Outcome.Reason nil and Outcome.Quiet set. A program that
// never becomes quiet runs until the caller stops it with Halt (from any
// goroutine, e.g. on a time limit) or, in deterministic mode, until the
// virtual clock passes Options.MaxVirtualTime.
//
// # What the evaluator must do
//
//   - Run the script with RunMain (or RunUntilQuiet for --wait) and map
//     the Outcome to the exit status: Signal means an exit signal killed
//     main ("** (EXIT from #PID<0.94.0>) reason", status 1).
//   - Call p.Reduce(1) at every function call (and in other long loops). It
//     is a counter decrement plus an atomic load; when the budget is spent
//     the process yields its token. Spawn and Send count one reduction
//     themselves, as BIF calls do on the BEAM.
//   - Wrap anything that blocks outside the runtime (reading stdin) in
//     p.Blocking, so that the process holds no token meanwhile.
//   - Return the exit reason from the body: Normal when the script or the
//     spawned function returns; the reason of exit/1; for an uncaught
//     raise, {exception, stacktrace} as the BEAM does. Before returning
//     from a crashed spawned process the evaluator formats the crash report
//     and submits it with p.LogError(text).
//   - Let *Exit panics through. Reduce, Receive, Sleep, Send, Exit and the
//     other calls of a process panic with *Exit when an exit signal has
//     killed the process (or the program halts). The evaluator's try,
//     rescue, catch and after must re-panic an *Exit untouched: a killed
//     process runs no more Elixir code. beam recovers it at the process
//     boundary. A body may also panic(&beam.Exit{Reason: r}) itself to end
//     the process with reason r.
//   - Any other panic escaping a body is recovered too and ends the process
//     with reason {:exlite_internal_error, "text"} (Outcome.Panic for main),
//     unless the process's Data implements Recoverer: then its Recover
//     turns the panic into the exit reason (the evaluator's crash report
//     and {exception, stacktrace}), so that the body needs no deferred
//     recovery of its own.
//
// # A million processes
//
// A process has no goroutine until it first gets a run token: the grant
// starts one (Runtime.run). A process whose receive is all it has left on
// its goroutine's stack (the evaluator knows: a receive in tail position
// of the process's first function, or of the functions that one
// tail-calls) waits in ReceivePark, which parks it without a goroutine:
// its body returns Parked, and the receive goes on from a continuation
// on a new goroutine when a message, the timeout or an exit signal comes.
// Such a waiting process costs its Process and the evaluator's state
// (under a kilobyte with exlite's evaluator), and the collector has no
// stack of it to scan.
//
// A process waiting in ReceiveMatch keeps its goroutine: Go's initial
// 2 KB stack and about 450 bytes, plus a sudog. The stack stays at 2 KB
// only if every chain of calls the process makes before it parks fits in
// about 1,100 bytes of frames, allocation paths of the Go runtime
// included: Go never shrinks it back (it halves a stack only when less
// than a quarter of it is in use, counting 800 bytes more than is). And
// Go starts new goroutines with the average stack in use at the last
// collection plus 928 bytes, rounded up. So the frames under a receive
// are kept few and small: the goroutine's function is the closure in run,
// which defers exited; ReceiveMatch takes a Matcher (the evaluator's
// process state) rather than a closure whose captures would sit in a
// frame; cold code lives in helpers that return before the park. Check a
// change with the evaluator's TestWaitingStack.
//
// The collector's setting is this package's (gc.go): relaxed while
// programs have few processes, stepping down as the processes of all
// runtimes grow in number, because Go counts the goroutine stacks it
// scans in the heap goal.
//
// # Elixir functions and their calls
//
//	spawn/1, spawn_link/1, spawn_monitor/1   p.Spawn(body, SpawnOpts{Link, Monitor}) (pid, ref)
//	send/2                                   p.Send(dest, msg); ErrBadDest -> ArgumentError
//	receive ... after                        p.Receive(match, timeoutMs) (-1 = :infinity)
//	  ... in tail position of the first call p.ReceivePark(matcher, timeoutMs, waitsFor, resume)
//	self/0                                   p.Pid()
//	make_ref/0                               p.MakeRef()
//	Process.alive?/1                         rt.IsAlive(pid)
//	Process.link/1, unlink/1                 p.Link(pid) (ErrNoProc -> ErlangError :noproc), p.Unlink(pid)
//	Process.monitor/1, demonitor/2           p.Monitor(pid or name), p.Demonitor(ref, flush) (bool for :info)
//	Process.flag(:trap_exit, b)              p.TrapExit(b) (old value)
//	Process.exit/2                           p.Exit(pid, reason) (returns true in Elixir)
//	Process.register/2, unregister/1         p.Register(name, pid), rt.Unregister(name) (errors -> ArgumentError)
//	Process.whereis/1, registered/0          rt.Whereis(name), rt.Registered()
//	Process.list/0, info/1,2                 rt.Processes(), rt.Info(pid)
//	Process.get/put/delete/get_keys          p.Get, p.Put, p.Erase, p.Dictionary
//	Process.send_after/3                     p.SendAfter(dest, msg, ms)
//	Process.cancel_timer/1, read_timer/1     rt.CancelTimer(ref), rt.ReadTimer(ref) (ok false -> false)
//	Process.sleep/1                          p.Sleep(ms) (-1 = :infinity)
//	:erlang.yield/0                          p.Yield()
//	System.monotonic_time, :timer.tc         rt.Now() (ms), rt.NowMicros()
//	System.os_time, DateTime.utc_now         rt.SystemTimeMicros() (fixed start in deterministic mode)
//	System.schedulers_online/0               rt.SchedulersOnline()
//	Logger.error/1, crash reports            rt.LogError(text)
//	IO.puts and friends                      rt.Stdout() (flush with rt.Flush() before writing stderr)
//	pid and reference printing               FormatPid, FormatRef
//
// # Exit signals
//
// Exit signals follow the BEAM's rules. A process ending with reason R
// sends R to every linked process: one trapping exits receives
// {:EXIT, pid, R}; otherwise R == :normal is ignored and any other R
// (including :killed and :kill) kills it with R. p.Exit(pid, R) (Process.exit)
// sends R: :kill kills untrappably, the target ending with :killed; a
// trapping target receives {:EXIT, sender, R}; :normal is ignored unless
// the target is the sender itself. Monitors deliver
// {:DOWN, ref, :process, pid, R}; monitoring a dead process delivers
// reason :noproc at once.
//
// # Deterministic mode
//
// With Options.Deterministic the runtime has one token and a virtual
// clock: when no process can run, time jumps to the earliest timer, so
// sleeps and receive timeouts cost no real time (each spent reduction
// budget also advances the clock by 100µs). Seed 0 follows the FIFO order
// exactly; any other seed perturbs the order reproducibly at every switch
// (a random runnable process is picked) and at every send (the sender may
// yield). The same program and seed give byte-identical output.
//
// # Output
//
// Stdout returns the program's shared standard output: each Write is
// atomic (lines from different processes never interleave), it is
// buffered, flushed when the runtime goes idle, periodically in real-time
// mode, by Flush, and at halt; writes after halt are discarded. When an
// exit signal kills main in RunMain, the output stops at once: the
// program halts with main.
//
// Crash reports go through a logger process of the runtime (LogError):
// the report is written a moment later, when the logger gets its turn,
// as "\nHH:MM:SS.mmm [error] " + text + "\n", and is lost if the program
// halts first, as in real Elixir.
package beam

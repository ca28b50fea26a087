package beam

import (
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"sort"
	"sync"
	"sync/atomic"
	"time"

	"github.com/exlite/exlite/beam/term"
)

// Common atoms.
var (
	Normal   = term.MakeAtom("normal")
	Kill     = term.MakeAtom("kill")
	Killed   = term.MakeAtom("killed")
	NoProc   = term.MakeAtom("noproc")
	atomEXIT = term.MakeAtom("EXIT")
	atomDOWN = term.MakeAtom("DOWN")
	atomProc = term.MakeAtom("process")
	atomNode = term.MakeAtom("nonode@nohost")
	atomInt  = term.MakeAtom("exlite_internal_error")
)

// MainPid is the number of the main process, as in `elixir script.exs`
// run by Elixir 1.18: #PID<0.94.0>. Spawned processes count up from
// FirstSpawnPid.
const (
	MainPid       = 94
	FirstSpawnPid = 97
	loggerPid     = 70
)

// Options configure a Runtime.
type Options struct {
	// Tokens is the number of processes that run at once; 0 means
	// runtime.NumCPU(). Deterministic mode always uses 1.
	Tokens int
	// Deterministic selects one token, a virtual clock and a scheduling
	// order that depends only on Seed.
	Deterministic bool
	// Seed perturbs the deterministic order; 0 is the plain FIFO order.
	Seed int64
	// Stdout receives the program's standard output (os.Stdout if nil).
	Stdout io.Writer
	// HaltWait bounds how long halting waits for killed processes to
	// unwind; 0 means one second. A negative HaltWait leaves the other
	// processes parked instead of unwinding them: for a command that
	// exits right after the run (a million processes take seconds to
	// unwind).
	HaltWait time.Duration
	// MaxVirtualTime, in deterministic mode, stops the run when the
	// virtual clock would jump past it (a program that waits on timers
	// forever): Outcome.TimeLimit is set, with a report of the state. 0
	// means no limit.
	MaxVirtualTime time.Duration
	// Schedulers is what System.schedulers_online/0 reports (see
	// SchedulersOnline); 0 means the default.
	Schedulers int
	// NoGCTuning keeps the garbage collector's setting. By default, while
	// the runtime runs, the setting follows the number of live processes
	// of all runtimes (gc.go).
	NoGCTuning bool
	// OnSlice, when set, is called by a process at the end of each
	// reduction slice (every Budget reductions, and after a long built-in
	// counts many at once) with the reductions the whole runtime has
	// spent so far. The evaluator checks its resource limits there; it
	// may call Halt.
	OnSlice func(total int64)
	// MaxReductions, when positive, bounds the reductions of the whole
	// runtime: a process ending a slice past it calls OnMaxReductions
	// with the total (which should end the program). It costs one
	// comparison a slice, where OnSlice costs a call.
	MaxReductions   int64
	OnMaxReductions func(total int64)
	// OnProcessSlice, when set, is called by a process at the end of a
	// reduction slice and before it waits in a receive, on its own
	// goroutine, once its reductions have reached what SetSliceDue last
	// set (0 at first: at every slice). The evaluator measures the memory
	// a process holds there.
	OnProcessSlice func(p *Process)
	// OnProcessExit, when set, is called on a process's goroutine when
	// its body has ended, however it ended.
	OnProcessExit func(p *Process)
	// MaxQueue bounds the messages waiting in one mailbox: a message
	// that would pass it is dropped and OnQueueFull is called with the
	// length reached (on the sender's goroutine, or a timer's), which
	// should end the program. 0 bounds nothing.
	MaxQueue    int
	OnQueueFull func(queued int)
	// CountMailboxes keeps MailboxBytes, the memory of the messages
	// waiting in all mailboxes (TermBytes of each), for the memory limit.
	CountMailboxes bool
}

// Runtime is one running program: its processes, registry, timers and
// output.
type Runtime struct {
	opts  Options
	sched sched
	clock clock
	out   *Output

	nextPid atomic.Uint64
	// reds counts the reductions of finished slices, for Options.OnSlice.
	reds atomic.Int64
	// mailboxBytes is the memory of the messages waiting (with
	// Options.CountMailboxes).
	mailboxBytes atomic.Int64
	nextRef      atomic.Uint64
	procs        procTable
	live         atomic.Int64
	// peak is the most processes alive at once.
	peak atomic.Int64
	wg   sync.WaitGroup

	// aliases holds the active process aliases (alias.go): reference
	// ID -> aliasEntry.
	aliases aliasTable

	// mu guards the registry: links, monitors, names, Process.dead.
	mu    sync.Mutex
	names map[term.Atom]*Process

	// tmu guards the timers.
	tmu           sync.Mutex
	theap         timerHeap
	timerSeq      uint64
	sendTimers    map[uint64]*timer
	pendingTimers atomic.Int64
	wake          *time.Timer // runs dispatch (real clock)
	dispatchMu    sync.Mutex
	outside       atomic.Int64 // processes in Blocking

	rng     *prng // send perturbation (deterministic mode, seed != 0)
	halted  atomic.Bool
	quietCh chan struct{}
	limitCh chan struct{}
	haltCh  chan struct{}
	// workers are the goroutines waiting for a process to run
	// (idleWorker), the last one to go idle last; none wait once
	// workersStopped (the runtime halted).
	wmu            sync.Mutex
	workers        []*worker
	workersStopped bool
	haltOnce       sync.Once
	main           *Process

	waitMode   bool
	mainReason term.Term
	mainSignal bool
	mainPanic  string

	logMu  sync.Mutex
	logger *Process
	// logQ holds the lines logged by live processes (Process.Log) not
	// written yet; logPending is its length, read without the lock on
	// every send (flushLogs).
	logQ       []string
	logPending atomic.Int32
	// logMin is the least severity a report needs to be written
	// (Logger.configure(level: ...)); 0 writes every level.
	logMin atomic.Int32

	// gcLive is the runtime's share of gcProcs, gcClosed while it does
	// not count in the collector's setting (gc.go).
	gcLive atomic.Int64
}

// NewRuntime creates a runtime. Run a program in it with RunMain or
// RunUntilQuiet (once).
func NewRuntime(opts Options) *Runtime {
	if opts.Tokens <= 0 {
		opts.Tokens = runtime.NumCPU()
	}
	if opts.Deterministic {
		opts.Tokens = 1
	}
	if opts.Stdout == nil {
		opts.Stdout = os.Stdout
	}
	if opts.HaltWait == 0 {
		opts.HaltWait = time.Second
	}
	rt := &Runtime{
		opts:       opts,
		names:      map[term.Atom]*Process{},
		sendTimers: map[uint64]*timer{},
		quietCh:    make(chan struct{}, 1),
		limitCh:    make(chan struct{}, 1),
		haltCh:     make(chan struct{}),
	}
	rt.clock = clock{virtual: opts.Deterministic, start: time.Now()}
	rt.sched = sched{rt: rt, tokens: opts.Tokens, free: opts.Tokens, det: opts.Deterministic}
	if opts.Deterministic && opts.Seed != 0 {
		rt.sched.rng = &prng{s: uint64(opts.Seed)}
		rt.rng = &prng{s: uint64(opts.Seed) * 0x2545f4914f6cdd1d}
	}
	rt.out = newOutput(opts.Stdout, !opts.Deterministic)
	rt.nextPid.Store(FirstSpawnPid)
	rt.nextRef.Store(refBase)
	rt.gcLive.Store(gcClosed)
	return rt
}

// Deterministic reports whether the runtime runs in deterministic mode.
func (rt *Runtime) Deterministic() bool { return rt.opts.Deterministic }

// lookup returns the live (not yet terminated) process with pid, or nil.
func (rt *Runtime) lookup(pid term.Pid) *Process {
	return rt.procs.get(pid.ID)
}

func (rt *Runtime) newProcess(id uint64) *Process {
	p := &Process{rt: rt, pid: term.Pid{ID: id}, grant: make(chan struct{}, 1), budget: Budget}
	p.state.Store(stRunnable)
	return p
}

// start registers p and makes it runnable at the back of the queue. It
// has no goroutine yet: the grant of its first run token starts one
// (run).
func (rt *Runtime) start(p *Process, body Body) {
	rt.procs.set(p)
	n := rt.live.Add(1)
	for peak := rt.peak.Load(); n > peak && !rt.peak.CompareAndSwap(peak, n); peak = rt.peak.Load() {
	}
	rt.gcCount(1)
	rt.wg.Add(1)
	p.body = body
	p.parked.Store(true)
	rt.sched.enqueue(p)
}

// run starts a goroutine for p, which has no goroutine (p.parked) and has
// just been granted a run token: it runs p.body, the process's code or
// the continuation of the receive it was parked in. When p parks or ends,
// the goroutine gives up the token, or runs the process it goes to when
// that one has no goroutine either (sched.next), or else waits a while
// as an idle worker (idleWorker) for the next process to run that has
// none: a new goroutine would have to grow its stack again to the size
// the evaluator needs, and one more goroutine switch would be made.
func (rt *Runtime) run(p *Process) {
	// The goroutine's function is this literal itself (a `go rt.f(p)`
	// would add a wrapper frame): every frame between the goroutine's
	// start and the park of a receive is held by the stack of each
	// process waiting in ReceiveMatch, which must stay within Go's
	// initial 2 KB.
	go func() {
		var w *worker
		for p != nil {
			rt.runBody(p)
			if p = rt.sched.next(); p == nil {
				p = rt.idleWorker(&w)
			}
		}
	}()
}

// runBody runs p.body on the current goroutine, which holds p's run
// token, until p parks or ends; the caller then still holds the token.
func (rt *Runtime) runBody(p *Process) {
	var reason term.Term
	defer rt.exited(p, &reason)
	p.state.Store(stRunning)
	p.budget = Budget
	if p.sig.Load() != 0 && p.rmatch == nil {
		p.checkSig() // killed before it first ran
	}
	reason = p.body(p)
}

// worker is an idle goroutine of run, waiting in ch for a process to run
// (nil: end).
type worker struct {
	ch chan *Process
}

// maxIdleWorkers bounds the goroutines waiting for a process to run, per
// run token.
const maxIdleWorkers = 4

// idleWorker waits for a process granted a token while it had no
// goroutine (grantNow hands it over), and returns it; nil when the
// goroutine should end instead: enough others wait, or the runtime has
// halted. *w is the goroutine's worker, made at its first wait. It is not
// inlined: its frame would sit under every process's stack.
//
//go:noinline
func (rt *Runtime) idleWorker(w **worker) *Process {
	if *w == nil {
		*w = &worker{ch: make(chan *Process, 1)}
	}
	rt.wmu.Lock()
	if rt.workersStopped || len(rt.workers) >= maxIdleWorkers*rt.opts.Tokens {
		rt.wmu.Unlock()
		return nil
	}
	rt.workers = append(rt.workers, *w)
	rt.wmu.Unlock()
	return <-(*w).ch
}

// handOff gives p, granted a token while it had no goroutine, to an
// idle worker, or else to a new goroutine.
func (rt *Runtime) handOff(p *Process) {
	rt.wmu.Lock()
	if n := len(rt.workers); n > 0 {
		w := rt.workers[n-1]
		rt.workers[n-1] = nil
		rt.workers = rt.workers[:n-1]
		rt.wmu.Unlock()
		w.ch <- p
		return
	}
	rt.wmu.Unlock()
	rt.run(p)
}

// stopWorkers ends the idle workers (the runtime halts).
func (rt *Runtime) stopWorkers() {
	rt.wmu.Lock()
	rt.workersStopped = true
	for _, w := range rt.workers {
		w.ch <- nil
	}
	rt.workers = nil
	rt.wmu.Unlock()
}

// exited ends the goroutine of p, deferred by it: reason is what its body
// returned, unless it panicked (p.signaled records whether an *Exit
// ended it). A body that returned Parked leaves p alive and untouched. The goroutine's frame is under every waiting process's
// receive, so everything else is here.
func (rt *Runtime) exited(p *Process, reason *term.Term) {
	if r := recover(); r != nil {
		rt.recovered(p, r, reason)
	} else if *reason == Parked {
		return // the process lives on without this goroutine
	}
	if *reason == nil {
		*reason = Normal
	}
	defer rt.wg.Done()
	// The reductions of the process's last slice count in the total.
	if n := Budget - p.budget; n > 0 {
		p.budget = Budget
		p.reds.Add(int64(n))
		rt.reds.Add(int64(n))
	}
	if p == rt.main {
		rt.mainReason, rt.mainSignal = *reason, p.signaled
		if !rt.waitMode || p.signaled || !normalEnd(*reason) {
			// The program halts with main: nothing else may run from
			// here. Elixir's CLI flushes the logger first.
			rt.flushLogs()
			rt.stopWorld()
		}
	}
	if f := rt.opts.OnProcessExit; f != nil {
		f(p)
	}
	rt.terminate(p, *reason)
	if p.done != nil {
		close(p.done)
	}
}

// Recoverer may be implemented by a process's Data (the evaluator's state
// of the process): when the process's body panics with anything but
// *Exit, Recover is called with the panic value, before the stack
// unwinds, and returns the exit reason. It saves the body a deferred
// recovery of its own, whose frame every waiting process's stack would
// hold. Recover may panic with *Exit.
type Recoverer interface {
	Recover(p *Process, r any) term.Term
}

// recovered turns r, the panic that ended a process's body, into its
// exit reason.
func (rt *Runtime) recovered(p *Process, r any, reason *term.Term) {
	if rc, ok := p.Data.(Recoverer); ok {
		if _, exit := r.(*Exit); !exit {
			r = rt.recoverWith(rc, p, r, reason)
			if r == nil {
				return
			}
		}
	}
	if e, ok := r.(*Exit); ok {
		*reason, p.signaled = e.Reason, true
		if *reason == nil {
			*reason = Normal
		}
		return
	}
	*reason = term.Tuple{atomInt, term.Binary(fmt.Sprint(r))}
	if p == rt.main {
		rt.mainPanic = fmt.Sprintf("%v\n%s", r, debug.Stack())
	}
}

// recoverWith asks rc for the exit reason of a body that panicked with r;
// it returns nil when rc gave one, else what rc panicked with.
func (rt *Runtime) recoverWith(rc Recoverer, p *Process, r any, reason *term.Term) (again any) {
	defer func() { again = recover() }()
	*reason = rc.Recover(p, r)
	if *reason == nil {
		*reason = Normal
	}
	return nil
}

// SpawnOpts are the options of Spawn.
type SpawnOpts struct {
	// Link links the new process to the caller (spawn_link).
	Link bool
	// Monitor makes the caller monitor the new process (spawn_monitor).
	Monitor bool
}

// Spawn starts a process running body and returns its pid, plus the
// monitor reference when opts.Monitor is set. The link and the monitor
// exist before the new process runs. Like Send, it counts a reduction,
// so it may yield (and panic with *Exit if the caller was killed).
func (p *Process) Spawn(body Body, opts SpawnOpts) (term.Pid, term.Ref) {
	rt := p.rt
	c := rt.newProcess(rt.nextPid.Add(1) - 1)
	var ref term.Ref
	if opts.Monitor {
		ref = rt.MakeRef()
	}
	if rt.halted.Load() {
		return c.pid, ref
	}
	if opts.Link || opts.Monitor {
		rt.mu.Lock()
		if opts.Link {
			link(p, c)
		}
		if opts.Monitor {
			addMonitor(&monitor{ref: ref, watcher: p, target: c, obj: c.pid})
		}
		rt.mu.Unlock()
	}
	rt.start(c, body)
	// A spawn costs a reduction, as a BIF call does: a loop that only
	// spawns still lets the new processes run.
	p.Reduce(1)
	return c.pid, ref
}

// Outcome is how a program run ended.
type Outcome struct {
	// Reason is the main process's exit reason, nil when main had not
	// ended (a deadlock at a quiet point, or Halt).
	Reason term.Term
	// Signal is true when an exit signal killed main (the CLI prints
	// "** (EXIT from #PID<0.94.0>) reason"); false when its body returned
	// Reason.
	Signal bool
	// Panic describes a Go panic that escaped main's body (an exlite bug),
	// with its stack.
	Panic string
	// Quiet is the report of the quiet point, when the run stopped at one.
	Quiet *QuietReport
	// Halted is true when Halt stopped the run.
	Halted bool
	// TimeLimit is true when the virtual clock reached
	// Options.MaxVirtualTime; Quiet then describes the processes, all
	// blocked, though timers were still pending.
	TimeLimit bool
}

// RunMain runs body as the main process and halts the program when it
// ends, as `elixir script.exs` does: other processes are killed and their
// later output is lost. It also returns at a quiet point with main still
// blocked (a deadlock), and when Halt is called.
func (rt *Runtime) RunMain(body Body) *Outcome { return rt.runMain(body, false) }

// RunUntilQuiet runs body as the main process and keeps running after main
// ends until the program is quiet: no process can run and no timer is
// pending. It reports that point and then halts. When main ends with an
// error (a reason other than normal, shutdown or {shutdown, _}) or an exit
// signal kills it, the program halts at once, as `elixir script.exs`
// does: processes that would die or report as a consequence print nothing.
func (rt *Runtime) RunUntilQuiet(body Body) *Outcome { return rt.runMain(body, true) }

// normalEnd reports whether main's exit reason ends a script without an
// error: normal, shutdown or {shutdown, _} (exit(:shutdown) and
// exit({:shutdown, code}) set the exit status and print nothing).
func normalEnd(reason term.Term) bool {
	switch r := reason.(type) {
	case term.Atom:
		return r == Normal || r.Name() == "shutdown"
	case term.Tuple:
		if len(r) == 2 {
			if a, ok := r[0].(term.Atom); ok && a.Name() == "shutdown" {
				return true
			}
		}
	}
	return false
}

func (rt *Runtime) runMain(body Body, wait bool) *Outcome {
	m := rt.newProcess(MainPid)
	m.done = make(chan struct{})
	rt.main = m
	rt.waitMode = wait
	rt.gcBegin()
	rt.start(m, body)
	out := &Outcome{}
	mainDone := m.done
	mainEnded := func() {
		select {
		case <-m.done:
			out.Reason, out.Signal, out.Panic = rt.mainReason, rt.mainSignal, rt.mainPanic
		default:
		}
	}
	for {
		select {
		case <-mainDone:
			mainEnded()
			if !wait || out.Signal || out.Panic != "" || !normalEnd(out.Reason) {
				rt.halt()
				return out
			}
			mainDone = nil
			if rt.sched.isIdle() {
				rt.idle()
			}
		case <-rt.quietCh:
			if !rt.quietNow() {
				continue
			}
			out.Quiet = rt.quietReport()
			mainEnded()
			rt.halt()
			return out
		case <-rt.limitCh:
			out.TimeLimit = true
			out.Quiet = rt.quietReport()
			mainEnded()
			rt.halt()
			return out
		case <-rt.haltCh:
			out.Halted = true
			mainEnded()
			rt.halt()
			return out
		}
	}
}

// idle is called when every token is free and the queue is empty.
func (rt *Runtime) idle() {
	rt.out.Flush()
	if rt.quietNow() {
		select {
		case rt.quietCh <- struct{}{}:
		default:
		}
	}
}

// quietNow reports whether no process can run and no timer is pending.
func (rt *Runtime) quietNow() bool {
	return rt.sched.isIdle() && rt.pendingTimers.Load() == 0 && rt.outside.Load() == 0
}

// Halt stops the program from any goroutine (System.halt/1, a time
// limit): output stops at once (what was written is flushed), no process
// is scheduled any more, and RunMain or RunUntilQuiet return with
// Outcome.Halted.
func (rt *Runtime) Halt() {
	rt.stopWorld()
	rt.haltOnce.Do(func() { close(rt.haltCh) })
}

// halt kills every process, flushes and closes the output, and waits a
// bounded time for the processes to unwind.
func (rt *Runtime) halt() {
	rt.stopWorld()
	rt.stopTimers()
	if rt.opts.HaltWait < 0 {
		rt.gcDone()
		return
	}
	for _, p := range rt.allProcesses() {
		p.mu.Lock()
		p.killLocked(Killed)
		p.mu.Unlock()
		grantNow(p)
	}
	done := make(chan struct{})
	go func() { rt.wg.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(rt.opts.HaltWait):
	}
	rt.gcDone()
}

// stopWorld stops scheduling and output at once.
func (rt *Runtime) stopWorld() {
	if rt.halted.Swap(true) {
		return
	}
	rt.stopWorkers()
	rt.out.close()
	rt.sched.halt()
}

// Wait waits until every process goroutine has finished (after a halt),
// or timeout passes; it reports whether all finished.
func (rt *Runtime) Wait(timeout time.Duration) bool {
	done := make(chan struct{})
	go func() { rt.wg.Wait(); close(done) }()
	select {
	case <-done:
		return true
	case <-time.After(timeout):
		return false
	}
}

// allProcesses returns the live processes, sorted by pid.
func (rt *Runtime) allProcesses() []*Process {
	var ps []*Process
	rt.procs.each(func(p *Process) { ps = append(ps, p) })
	return ps
}

// terminate removes p from the registry and signals its links and
// monitors.
func (rt *Runtime) terminate(p *Process, reason term.Term) {
	p.mu.Lock()
	p.exitReason = reason
	p.state.Store(stDead)
	if p.msize != nil {
		var n int64
		for _, size := range p.msize[p.head:] {
			n += size
		}
		rt.mailboxBytes.Add(-n)
	}
	p.mbox, p.msize, p.head = nil, nil, 0
	p.dict = nil
	p.mu.Unlock()

	rt.mu.Lock()
	p.dead = true
	if !p.name.IsZero() {
		delete(rt.names, p.name)
		p.name = term.Atom{}
	}
	var links []*Process
	for _, l := range p.links {
		delete(l.links, p.pid.ID)
		links = append(links, l)
	}
	p.links = nil
	var downs []*monitor
	for _, m := range p.watchers {
		delete(m.watcher.monitors, m.ref.ID)
		downs = append(downs, m)
	}
	p.watchers = nil
	for _, m := range p.monitors {
		delete(m.target.watchers, m.ref.ID)
	}
	p.monitors = nil
	rt.mu.Unlock()

	rt.procs.del(p.pid.ID)
	rt.live.Add(-1)
	rt.gcCount(-1)

	rt.tmu.Lock()
	timers := p.timers
	p.timers = nil
	for id := range timers {
		delete(rt.sendTimers, id)
	}
	rt.tmu.Unlock()
	for _, t := range timers {
		rt.stopTimer(t)
	}

	if rt.halted.Load() {
		return
	}
	if rt.logPending.Load() != 0 {
		rt.flushLogs() // a report logged before the exit precedes its signals
	}
	sort.Slice(links, func(i, j int) bool { return links[i].pid.ID < links[j].pid.ID })
	for _, l := range links {
		rt.signal(p.pid, l, reason, true)
	}
	sort.Slice(downs, func(i, j int) bool { return downs[i].ref.ID < downs[j].ref.ID })
	for _, m := range downs {
		m.watcher.deliver(term.Tuple{atomDOWN, m.ref, atomProc, m.obj, reason})
	}
	if !rt.halted.Load() {
		for _, line := range p.crashLog {
			rt.sendLog(line)
		}
	}
	p.crashLog = nil
}

// signal sends an exit signal with reason from pid from to process to.
// link is true for the signal of a dying linked process.
func (rt *Runtime) signal(from term.Pid, to *Process, reason term.Term, link bool) {
	to.mu.Lock()
	if to.sig.Load() != 0 || to.state.Load() == stDead {
		to.mu.Unlock()
		return
	}
	var kill term.Term
	switch {
	case !link && reason == term.Term(Kill):
		kill = Killed
	case to.trap:
		to.mu.Unlock()
		to.deliver(term.Tuple{atomEXIT, from, reason})
		return
	case reason == term.Term(Normal):
		if link || from != to.pid {
			to.mu.Unlock()
			return
		}
		kill = Normal
	default:
		kill = reason
	}
	wake := to.killLocked(kill)
	to.mu.Unlock()
	if to == rt.main && !rt.waitMode {
		// The program halts with main, which now runs no more code: the
		// output stops here, so that a crash report still on its way to
		// the logger is lost however loaded the machine is, as in real
		// Elixir.
		rt.out.close()
	}
	if wake {
		rt.sched.enqueue(to)
	}
}

// IsAlive reports whether pid names a process that exists and is not
// exiting (Process.alive?/1).
func (rt *Runtime) IsAlive(pid term.Pid) bool {
	p := rt.lookup(pid)
	return p != nil && p.sig.Load() == 0 && p.state.Load() != stDead
}

// Processes returns the pids of all live processes, in order
// (Process.list/0). The runtime's own logger is not listed.
func (rt *Runtime) Processes() []term.Pid {
	var out []term.Pid
	for _, p := range rt.allProcesses() {
		if !p.system && p.sig.Load() == 0 {
			out = append(out, p.pid)
		}
	}
	return out
}

// Process returns the live process with pid, or nil. Only Pid, Runtime,
// Data (read-only) and the Runtime's queries are for other goroutines.
func (rt *Runtime) Process(pid term.Pid) *Process {
	p := rt.lookup(pid)
	if p == nil || p.state.Load() == stDead {
		return nil
	}
	return p
}

// SchedulersOnline is what System.schedulers_online/0 returns:
// Options.Schedulers, else the number of CPUs (8 in deterministic mode,
// so that runs do not depend on the machine).
func (rt *Runtime) SchedulersOnline() int {
	switch {
	case rt.opts.Schedulers > 0:
		return rt.opts.Schedulers
	case rt.opts.Deterministic:
		return 8
	}
	return runtime.NumCPU()
}

// LiveCount returns the number of processes that have not terminated.
func (rt *Runtime) LiveCount() int { return int(rt.live.Load()) }

// PeakCount returns the most processes that were alive at once.
func (rt *Runtime) PeakCount() int { return int(rt.peak.Load()) }

// Reductions returns the reductions the program's processes have spent:
// all of them once the run is over (while it runs, the slices under way
// are not counted yet).
func (rt *Runtime) Reductions() int64 { return rt.reds.Load() }

// MailboxBytes is the memory of the messages waiting in the mailboxes of
// all processes (TermBytes of each), kept when Options.CountMailboxes is
// set.
func (rt *Runtime) MailboxBytes() int64 { return rt.mailboxBytes.Load() }

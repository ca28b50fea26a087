package beam

import (
	"fmt"
	"sync"
	"sync/atomic"

	"github.com/exlite/exlite/beam/term"
)

// Body is the code of a process. It returns the process's exit reason
// (Normal when it simply finishes) or panics with *Exit.
type Body func(p *Process) term.Term

// Budget is the number of reductions a process may spend before it yields
// its run token.
const Budget = 4000

// Exit is the panic value that ends a process from inside: the runtime
// panics with it when an exit signal kills the process or the program
// halts, and a body may panic with it to end with Reason. The evaluator
// must not catch it (see the package documentation).
type Exit struct {
	Reason term.Term
}

// Error implements error.
func (e *Exit) Error() string { return fmt.Sprintf("process exit: %v", e.Reason) }

// Process states.
const (
	stRunnable uint32 = iota // in the run queue, or granted and about to run
	stRunning                // holds a run token
	stWaiting                // blocked in Receive, not in the run queue
	stDead                   // exited
)

// Process is one Elixir process. Its methods are for the process's own
// goroutine (the Body it runs), except Pid and Runtime.
type Process struct {
	budget  int32
	sig     atomic.Int32 // 1 once an exit signal has killed the process
	state   atomic.Uint32
	waitGen uint32       // guarded by mu
	reds    atomic.Int64 // reductions spent before the current slice
	rt      *Runtime
	pid     term.Pid
	grant   chan struct{} // a run token is handed over here
	// sentBytes is the size of the messages the process sent (with
	// Options.CountMailboxes); only its own goroutine touches it, as
	// sliceDue (SetSliceDue).
	sentBytes int64
	sliceDue  int64
	// parked is true while the process has no goroutine (before it first
	// runs, and while it waits in ReceivePark): a grant then starts one,
	// running body.
	parked atomic.Bool
	body   Body

	// mu guards the mailbox, the dictionary, trap, exitReason and the
	// wait fields.
	mu       sync.Mutex
	trap     bool
	timedOut bool
	system   bool
	sleeping bool
	signaled bool // an *Exit panic ended the body (its own goroutine)
	dead     bool // guarded by Runtime.mu (the registry)
	waitsFor any
	crashLog []string    // crash reports sent when the process has exited
	mbox     []term.Term // the mailbox is mbox[head:]
	head     int
	// msize holds, with Options.CountMailboxes, the size (TermBytes) of
	// each message of mbox, at the same index: a message is sized once.
	// It is nil until a message of size other than 0 arrives (atoms and
	// integers, most messages, cost nothing), so that a process receiving
	// only those allocates no array for it; once made, it is as long as
	// mbox.
	msize      []int64
	exitReason term.Term
	dict       *term.Map

	// The receive of ReceivePark in progress, kept here rather than in
	// a goroutine's frame. Only the process's own goroutine uses them.
	rmatch   Matcher
	rtimeout int64
	rscan    int
	rtm      *timer

	// Guarded by Runtime.mu (the registry).
	name     term.Atom
	links    map[uint64]*Process
	monitors map[uint64]*monitor // monitors this process holds, by ref
	watchers map[uint64]*monitor // monitors on this process, by ref

	// Guarded by Runtime.tmu.
	timers map[uint64]*timer // send_after timers aimed at this process

	done chan struct{} // closed when the process has terminated (main only)

	// Data is the evaluator's per-process state; beam only calls its
	// Recover when it implements Recoverer.
	Data any
}

// Pid returns the process's identifier.
func (p *Process) Pid() term.Pid { return p.pid }

// Runtime returns the runtime the process belongs to.
func (p *Process) Runtime() *Runtime { return p.rt }

// Reduce counts n reductions. The evaluator calls it at every function
// call. When the budget is spent the process gives its run token to the
// next runnable process and waits for its turn; when an exit signal has
// killed the process it panics with *Exit.
func (p *Process) Reduce(n int) {
	p.budget -= int32(n)
	if p.budget < 0 || p.sig.Load() != 0 {
		p.reduceSlow()
	}
}

// account adds the reductions of the current slice to the process's and
// the runtime's counts and calls Options.OnSlice; the caller resets the
// budget.
func (p *Process) account() {
	n := int64(Budget - p.budget)
	reds := p.reds.Add(n)
	total := p.rt.reds.Add(n)
	o := &p.rt.opts
	if o.MaxReductions > 0 && total > o.MaxReductions {
		o.OnMaxReductions(total)
	}
	if f := o.OnSlice; f != nil {
		f(total)
	}
	if f := o.OnProcessSlice; f != nil && reds >= p.sliceDue {
		f(p)
	}
}

// SetSliceDue makes the process call Options.OnProcessSlice only once its
// reductions (Reductions) have reached reds. Only p's own goroutine may
// call it.
func (p *Process) SetSliceDue(reds int64) { p.sliceDue = reds }

func (p *Process) reduceSlow() {
	p.checkSig()
	if p.budget >= 0 {
		return
	}
	p.account()
	p.budget = Budget
	p.rt.sched.yield(p, true)
	p.checkSig()
}

// Yield gives up the run token if another process is runnable, as
// erlang:yield/0 does.
func (p *Process) Yield() {
	p.checkSig()
	p.account()
	p.budget = Budget
	p.rt.sched.yield(p, false)
	p.checkSig()
}

// checkSig panics with *Exit when the process has been killed.
func (p *Process) checkSig() {
	if p.sig.Load() != 0 {
		p.mu.Lock()
		r := p.exitReason
		p.mu.Unlock()
		panic(&Exit{Reason: r})
	}
}

// killLocked marks p as killed with reason and wakes it if it waits, so
// that it unwinds. p.mu must be held; it reports whether p must be
// enqueued by the caller (after unlocking).
func (p *Process) killLocked(reason term.Term) (wake bool) {
	if p.sig.Load() != 0 || p.state.Load() == stDead {
		return false
	}
	p.exitReason = reason
	p.sig.Store(1)
	if p.state.Load() == stWaiting {
		p.state.Store(stRunnable)
		return true
	}
	return false
}

// deliver appends msg to p's mailbox and wakes p if it waits, and returns
// the size it counted for it (with Options.CountMailboxes). Messages to
// dead or dying processes are dropped.
func (p *Process) deliver(msg term.Term) (size int64) {
	if p.rt.opts.CountMailboxes && !Immediate(msg) {
		size = TermBytes(msg)
	}
	p.mu.Lock()
	if p.sig.Load() != 0 || p.state.Load() == stDead {
		p.mu.Unlock()
		return 0
	}
	if max := p.rt.opts.MaxQueue; max > 0 && len(p.mbox)-p.head >= max {
		p.mu.Unlock()
		if f := p.rt.opts.OnQueueFull; f != nil {
			f(max + 1)
		}
		return 0
	}
	if size != 0 {
		p.rt.mailboxBytes.Add(size)
	}
	if len(p.mbox) < cap(p.mbox) && (p.msize == nil && size == 0 || len(p.msize) < cap(p.msize)) {
		// pushLocked's common case, written out: a call's frame here
		// would make many a new process's goroutine grow its stack.
		p.mbox = append(p.mbox, msg)
		if p.msize != nil {
			p.msize = append(p.msize, size)
		}
	} else {
		p.pushLocked(msg, size)
	}
	wake := false
	if p.state.Load() == stWaiting {
		p.state.Store(stRunnable)
		wake = true
	}
	p.mu.Unlock()
	if wake {
		p.rt.sched.enqueue(p)
	}
	return size
}

// Receive takes the first message of the mailbox that match accepts and
// returns it with true. Messages it does not accept stay in order. When
// none matches it blocks, without holding a run token, until a new message
// arrives (only new messages are scanned then) or timeout milliseconds
// pass: timeout -1 is :infinity, 0 is `after 0`. On timeout it returns
// (nil, false). A nil match accepts nothing (Process.sleep).
//
// match is called on the messages in mailbox order and runs on the
// process's goroutine without any lock held; the message returned is the
// one of the last call that returned true, so match may keep the bindings
// of its last successful call for the clause body. It must not call other
// methods of p.
func (p *Process) Receive(match func(msg term.Term) bool, timeout int64) (term.Term, bool) {
	var m Matcher
	if match != nil {
		m = matchFunc(match)
	}
	return p.ReceiveMatch(m, timeout, nil)
}

// ReceiveFor is Receive with a description of what the receive waits for
// (the evaluator's clauses, say), which a QuietReport shows for a process
// blocked in it (WaitingProcess.WaitsFor).
func (p *Process) ReceiveFor(match func(msg term.Term) bool, timeout int64, waitsFor any) (term.Term, bool) {
	var m Matcher
	if match != nil {
		m = matchFunc(match)
	}
	return p.ReceiveMatch(m, timeout, waitsFor)
}

// Matcher selects the message a receive takes (see Receive's match).
type Matcher interface {
	Match(msg term.Term) bool
}

type matchFunc func(msg term.Term) bool

func (f matchFunc) Match(msg term.Term) bool { return f(msg) }

// ReceiveMatch is ReceiveFor with a Matcher (nil accepts nothing): an
// evaluator can pass its process state rather than a closure, whose
// captures would sit in a frame under every waiting process's receive.
func (p *Process) ReceiveMatch(match Matcher, timeout int64, waitsFor any) (term.Term, bool) {
	p.checkSig()
	scan := 0
	var tm *timer
	p.mu.Lock()
	p.waitsFor = waitsFor
	p.waitGen++
	gen := p.waitGen
	p.timedOut = false
	p.sleeping = match == nil
	for {
		box := p.queuedLocked()
		n := len(box)
		if scan < n && match != nil {
			p.mu.Unlock()
			for ; scan < n; scan++ {
				if match.Match(box[scan]) {
					p.mu.Lock()
					msg := p.removeAtLocked(scan)
					p.waitGen++
					p.mu.Unlock()
					if tm != nil {
						p.rt.stopTimer(tm)
					}
					return msg, true
				}
			}
			p.mu.Lock()
			continue
		}
		scan = n
		if p.sig.Load() != 0 {
			p.mu.Unlock()
			if tm != nil {
				p.rt.stopTimer(tm)
			}
			p.checkSig()
		}
		if timeout == 0 || p.timedOut {
			p.waitGen++
			p.mu.Unlock()
			return nil, false
		}
		if timeout > 0 && tm == nil {
			tm = p.rt.afterFunc(timeout*1000, func() { p.timeout(gen) })
		}
		p.state.Store(stWaiting)
		p.mu.Unlock()
		p.account()
		p.rt.sched.release()
		<-p.grant
		p.state.Store(stRunning)
		p.budget = Budget
		if p.sig.Load() != 0 {
			if tm != nil {
				p.rt.stopTimer(tm)
			}
			p.checkSig()
		}
		p.mu.Lock()
	}
}

// Parked is what a body returns when ReceivePark (or ResumeReceive) has
// parked its process: the goroutine ends, and the process lives on
// without it.
var Parked term.Term = &parkMark{}

type parkMark struct{}

func (*parkMark) Kind() term.Kind { return term.KindAtom }

// ReceivePark is ReceiveMatch for a receive that is all its process has
// left to do on its goroutine's stack: a receive in tail position of the
// process's first function (or of the functions it tail-calls), whose
// clauses the evaluator can run from resume with nothing below them.
// When no message matches it parks the process without a goroutine and
// returns parked true: the body must then return Parked at once without
// touching the process any more (a message may resume it on another
// goroutine at any moment). A waiting process then costs its Process and
// the evaluator's state, not a goroutine stack, and Go's collector has no
// stack of it to scan.
//
// When a message arrives, the timeout passes or an exit signal kills the
// process, resume runs on a new goroutine holding a run token, and must
// first call ResumeReceive, which goes on with the receive: it returns
// what ReceivePark would have (and may park again). The rules of
// ReceiveMatch hold (match must not be nil); everything else (selective
// receive, timeouts, exit signals, Info, the quiet report, the
// deterministic order) is the same as for a process blocked in
// ReceiveMatch.
func (p *Process) ReceivePark(match Matcher, timeout int64, waitsFor any, resume Body) (msg term.Term, ok, parked bool) {
	p.checkSig()
	p.mu.Lock()
	p.waitsFor = waitsFor
	p.waitGen++
	p.timedOut = false
	p.sleeping = false
	p.rmatch, p.rtimeout, p.rscan, p.rtm = match, timeout, 0, nil
	p.body = resume
	return p.receiveStep()
}

// ResumeReceive goes on with the receive a resumed process was parked
// in (see ReceivePark).
func (p *Process) ResumeReceive() (msg term.Term, ok, parked bool) {
	p.mu.Lock()
	if p.sig.Load() != 0 {
		p.endReceiveLocked()
		p.checkSig()
	}
	return p.receiveStep()
}

// receiveStep is the loop of ReceivePark, with p.mu held.
func (p *Process) receiveStep() (term.Term, bool, bool) {
	for {
		box := p.queuedLocked()
		if n := len(box); p.rscan < n {
			p.mu.Unlock()
			for ; p.rscan < n; p.rscan++ {
				if p.rmatch.Match(box[p.rscan]) {
					p.mu.Lock()
					msg := p.removeAtLocked(p.rscan)
					p.endReceiveLocked()
					return msg, true, false
				}
			}
			p.mu.Lock()
			continue
		}
		if p.sig.Load() != 0 {
			p.endReceiveLocked()
			p.checkSig()
		}
		if p.rtimeout == 0 || p.timedOut {
			p.endReceiveLocked()
			return nil, false, false
		}
		if p.rtimeout > 0 && p.rtm == nil {
			gen := p.waitGen
			p.rtm = p.rt.afterFunc(p.rtimeout*1000, func() { p.timeout(gen) })
		}
		// The slice ends here, before the process can be resumed
		// elsewhere: nothing of p is touched once it waits.
		p.mu.Unlock()
		p.account()
		p.budget = Budget
		p.mu.Lock()
		if len(p.mbox)-p.head > p.rscan || p.sig.Load() != 0 || p.timedOut {
			continue
		}
		p.parked.Store(true)
		p.state.Store(stWaiting)
		p.mu.Unlock()
		return nil, false, true // the token goes when the body returns
	}
}

// endReceiveLocked ends the receive of ReceivePark: it unlocks p.mu and
// stops the receive's timer.
func (p *Process) endReceiveLocked() {
	p.waitGen++
	tm := p.rtm
	p.rmatch, p.rtm = nil, nil
	p.mu.Unlock()
	if tm != nil {
		p.rt.stopTimer(tm)
	}
}

// timeout is run by the timer of a Receive with an `after`.
func (p *Process) timeout(gen uint32) {
	p.mu.Lock()
	if p.waitGen != gen {
		p.mu.Unlock()
		return
	}
	p.timedOut = true
	wake := false
	if p.state.Load() == stWaiting {
		p.state.Store(stRunnable)
		wake = true
	}
	p.mu.Unlock()
	if wake {
		p.rt.sched.enqueue(p)
	}
}

// queuedLocked returns the mailbox, oldest first; p.mu must be held. Only
// the owner may read it without the lock afterwards, and only the part it
// got: senders append beyond it, and an array is never shifted while its
// owner may be reading it.
func (p *Process) queuedLocked() []term.Term { return p.mbox[p.head:] }

// pushLocked appends msg to the mailbox; p.mu must be held. When the array
// is full it moves to a new one rather than compacting in place, because
// the owner may be scanning the old one.
func (p *Process) pushLocked(msg term.Term, size int64) {
	if len(p.mbox) == cap(p.mbox) && p.head > 0 {
		n := len(p.mbox) - p.head
		box := make([]term.Term, n, 2*n+4)
		copy(box, p.mbox[p.head:])
		if p.msize != nil {
			p.msize = p.msize[:copy(p.msize, p.msize[p.head:])]
		}
		p.mbox, p.head = box, 0
	}
	if size != 0 && p.msize == nil {
		p.msize = make([]int64, len(p.mbox), cap(p.mbox)+1) // the messages before cost 0
	}
	p.mbox = append(p.mbox, msg)
	if p.msize != nil {
		p.msize = append(p.msize, size)
	}
}

// removeAtLocked removes and returns the i-th message of the mailbox; the
// owner calls it with p.mu held. An emptied mailbox keeps its array.
func (p *Process) removeAtLocked(i int) term.Term {
	j := p.head + i
	msg := p.mbox[j]
	counted := p.msize != nil
	if counted {
		if size := p.msize[j]; size != 0 {
			p.rt.mailboxBytes.Add(-size)
		}
	}
	if i == 0 {
		p.mbox[j] = nil
		p.head++
		if p.head == len(p.mbox) {
			p.mbox, p.head = p.mbox[:0], 0
			if counted {
				p.msize = p.msize[:0]
			}
			if cap(p.mbox) > 256 {
				p.mbox, p.msize = nil, nil // a burst is over: give its memory back
			}
		}
		return msg
	}
	copy(p.mbox[j:], p.mbox[j+1:])
	p.mbox[len(p.mbox)-1] = nil
	p.mbox = p.mbox[:len(p.mbox)-1]
	if counted {
		p.msize = p.msize[:j+copy(p.msize[j:], p.msize[j+1:])]
	}
	return msg
}

// Sleep blocks the process for ms milliseconds (-1: forever) without
// touching its mailbox, as Process.sleep/1 does.
func (p *Process) Sleep(ms int64) {
	p.ReceiveMatch(nil, ms, nil)
}

// Messages returns a copy of the mailbox, oldest first.
func (p *Process) Messages() []term.Term {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]term.Term(nil), p.queuedLocked()...)
}

// TrapExit sets the trap_exit flag and returns its old value, as
// Process.flag(:trap_exit, on) does.
func (p *Process) TrapExit(on bool) bool {
	p.mu.Lock()
	old := p.trap
	p.trap = on
	p.mu.Unlock()
	return old
}

// TrapsExits reports the trap_exit flag.
func (p *Process) TrapsExits() bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.trap
}

// Get returns the value stored under key in the process dictionary.
func (p *Process) Get(key term.Term) (term.Term, bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.dict == nil {
		return nil, false
	}
	return p.dict.Get(key)
}

// Put stores value under key in the process dictionary and returns the
// old value (ok false when there was none).
func (p *Process) Put(key, value term.Term) (old term.Term, ok bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.dict == nil {
		p.dict = term.EmptyMap
	}
	old, ok = p.dict.Get(key)
	p.dict = p.dict.Put(key, value)
	return old, ok
}

// Erase removes key from the process dictionary and returns its old value.
func (p *Process) Erase(key term.Term) (old term.Term, ok bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.dict == nil {
		return nil, false
	}
	old, ok = p.dict.Get(key)
	if ok {
		p.dict = p.dict.Delete(key)
	}
	return old, ok
}

// Dictionary returns the process dictionary (never nil).
func (p *Process) Dictionary() *term.Map {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.dict == nil {
		return term.EmptyMap
	}
	return p.dict
}

// MakeRef returns a new unique reference.
func (p *Process) MakeRef() term.Ref { return p.rt.MakeRef() }

// LogError submits the crash report of p, which is about to end (its body
// calls it just before returning the exit reason). The report, time-stamped
// now, leaves for the logger once p has exited and its exit signals have
// gone out, as on the BEAM: a main process killed by p's link halts the
// program before the report can be printed. For other reports use
// Runtime.Log.
func (p *Process) LogError(text string) {
	if !p.rt.Logs("error") {
		return // Logger.configure(level: :none) drops crash reports too
	}
	p.crashLog = append(p.crashLog, p.rt.logLine("error", text))
}

// Reductions returns the reductions the process has spent.
func (p *Process) Reductions() int64 { return p.reds.Load() + int64(Budget-p.budget) }

// Blocking runs f, which may block outside the runtime (reading standard
// input, say), without holding a run token, then waits for the process's
// turn again. It flushes stdout first, so that a prompt shows. In deterministic mode f runs with the token held, so that
// the order stays reproducible.
func (p *Process) Blocking(f func()) {
	p.checkSig()
	p.rt.out.Flush() // a prompt written before reading must show
	if p.rt.opts.Deterministic {
		f()
		return
	}
	p.account()
	p.state.Store(stRunnable)
	p.rt.outside.Add(1)
	p.rt.sched.release()
	f()
	p.rt.sched.enqueue(p)
	p.rt.outside.Add(-1)
	<-p.grant
	p.state.Store(stRunning)
	p.budget = Budget
	p.checkSig()
}

// SentBytes is the size (TermBytes) of all the messages p has sent, with
// Options.CountMailboxes. Only p's own goroutine may call it.
func (p *Process) SentBytes() int64 { return p.sentBytes }

package beam

import (
	"errors"
	"sort"

	"github.com/exlite/exlite/beam/term"
)

// Errors of the registry operations; the evaluator turns them into the
// exceptions Elixir raises (ArgumentError for all but ErrNoProc, which is
// an ErlangError with reason :noproc).
var (
	// ErrBadDest: send to a name no process is registered under, or to a
	// term that is neither a pid nor an atom.
	ErrBadDest = errors.New("invalid destination")
	// ErrNoProc: link to a process that does not exist, by a process that
	// does not trap exits.
	ErrNoProc = errors.New("noproc")
	// ErrNameTaken: register a name some process already has.
	ErrNameTaken = errors.New("name already registered")
	// ErrNotAlive: register a pid that is not alive.
	ErrNotAlive = errors.New("process not alive")
	// ErrAlreadyNamed: register a process that already has a name.
	ErrAlreadyNamed = errors.New("process already registered")
	// ErrBadName: register the name :undefined (or a non-atom).
	ErrBadName = errors.New("bad name")
	// ErrNotRegistered: unregister a name nobody holds.
	ErrNotRegistered = errors.New("name not registered")
)

// monitor is one monitor: watcher gets a :DOWN message naming obj (the
// pid, or {name, node} for a monitor by name) when target ends.
type monitor struct {
	ref     term.Ref
	watcher *Process
	target  *Process
	obj     term.Term
}

// link links a and b; rt.mu must be held and both alive.
func link(a, b *Process) {
	if a.links == nil {
		a.links = map[uint64]*Process{}
	}
	if b.links == nil {
		b.links = map[uint64]*Process{}
	}
	a.links[b.pid.ID] = b
	b.links[a.pid.ID] = a
}

// addMonitor records m; rt.mu must be held.
func addMonitor(m *monitor) {
	if m.watcher.monitors == nil {
		m.watcher.monitors = map[uint64]*monitor{}
	}
	if m.target.watchers == nil {
		m.target.watchers = map[uint64]*monitor{}
	}
	m.watcher.monitors[m.ref.ID] = m
	m.target.watchers[m.ref.ID] = m
}

// whereis returns the live process registered as name, or nil.
func (rt *Runtime) whereis(name term.Atom) *Process {
	rt.mu.Lock()
	p := rt.names[name]
	rt.mu.Unlock()
	return p
}

// resolve finds the process dest names: a pid (nil when dead) or a
// registered atom (ErrBadDest when unregistered).
func (rt *Runtime) resolve(dest term.Term) (*Process, error) {
	switch d := dest.(type) {
	case term.Pid:
		return rt.lookup(d), nil
	case term.Atom:
		if p := rt.whereis(d); p != nil {
			return p, nil
		}
	case term.Ref:
		// an alias (alias.go): dropped unless active
		return rt.aliasTarget(d), nil
	case term.Tuple:
		// {name, node}: a name nobody holds drops the message.
		if len(d) == 2 {
			name, ok1 := d[0].(term.Atom)
			_, ok2 := d[1].(term.Atom)
			if ok1 && ok2 {
				return rt.whereis(name), nil
			}
		}
	}
	return nil, ErrBadDest
}

// Send sends msg to dest: a pid, a registered name, {name, node}, or a
// process alias. A message to a dead pid, to an inactive alias, or to
// {name, node} with a name nobody holds, is dropped; a bare name nobody holds, or any other term, gives ErrBadDest
// (send/2 raises ArgumentError then). It counts a reduction, so it may
// yield (and panic with *Exit if the caller was killed).
func (p *Process) Send(dest term.Term, msg term.Term) error {
	to, err := p.rt.resolve(dest)
	if err != nil {
		return err
	}
	if p.rt.logPending.Load() != 0 {
		p.rt.flushLogs() // what was logged before comes before what the send causes
	}
	if to != nil {
		p.sentBytes += to.deliver(msg)
	}
	if p.rt.rng != nil && p.rt.rng.next()&1 == 0 {
		p.Yield()
	} else {
		p.Reduce(1) // a send costs a reduction, as a BIF call does
	}
	return nil
}

// Link links the caller with pid (Process.link/1). Linking a process that
// does not exist gives the caller {:EXIT, pid, :noproc} when it traps
// exits, else ErrNoProc.
func (p *Process) Link(pid term.Pid) error {
	if pid == p.pid {
		return nil
	}
	rt := p.rt
	rt.mu.Lock()
	t := rt.lookup(pid)
	if t == nil || t.dead {
		rt.mu.Unlock()
		if p.TrapsExits() {
			p.deliver(term.Tuple{atomEXIT, pid, NoProc})
			return nil
		}
		return ErrNoProc
	}
	link(p, t)
	rt.mu.Unlock()
	return nil
}

// Unlink removes the link between the caller and pid, if any.
func (p *Process) Unlink(pid term.Pid) {
	rt := p.rt
	rt.mu.Lock()
	if t := p.links[pid.ID]; t != nil {
		delete(t.links, p.pid.ID)
		delete(p.links, pid.ID)
	}
	rt.mu.Unlock()
}

// Monitor makes the caller monitor target, a pid or a registered name, and
// returns the monitor's reference (Process.monitor/1). When the target
// does not exist the {:DOWN, ref, :process, obj, :noproc} message comes at
// once; obj is the pid, or {name, :nonode@nohost} for a name.
func (p *Process) Monitor(target term.Term) term.Ref {
	rt := p.rt
	ref := rt.MakeRef()
	var t *Process
	var obj term.Term
	rt.mu.Lock()
	switch d := target.(type) {
	case term.Pid:
		obj = d
		t = rt.lookup(d)
	case term.Atom:
		obj = term.Tuple{d, atomNode}
		t = rt.names[d]
	case term.Tuple:
		// {name, node()}: the local registered name
		obj = target
		if len(d) == 2 && d[1] == term.Term(atomNode) {
			if n, ok := d[0].(term.Atom); ok {
				t = rt.names[n]
			}
		}
	default:
		obj = target
	}
	if t == p {
		// As on the BEAM, a process monitoring itself gets no monitor.
		rt.mu.Unlock()
		return ref
	}
	if t == nil || t.dead {
		rt.mu.Unlock()
		p.deliver(term.Tuple{atomDOWN, ref, atomProc, obj, NoProc})
		return ref
	}
	addMonitor(&monitor{ref: ref, watcher: p, target: t, obj: obj})
	rt.mu.Unlock()
	return ref
}

// Demonitor removes the monitor ref (Process.demonitor/2) and reports
// whether it was active. With flush it also removes a {:DOWN, ref, ...}
// message already in the mailbox.
func (p *Process) Demonitor(ref term.Ref, flush bool) bool {
	rt := p.rt
	rt.mu.Lock()
	m := p.monitors[ref.ID]
	if m != nil {
		delete(p.monitors, ref.ID)
		delete(m.target.watchers, ref.ID)
	}
	rt.mu.Unlock()
	if flush {
		p.mu.Lock()
		for i, m := range p.queuedLocked() {
			if t, ok := m.(term.Tuple); ok && len(t) == 5 && t[0] == term.Term(atomDOWN) && t[1] == term.Term(ref) {
				p.removeAtLocked(i)
				break
			}
		}
		p.mu.Unlock()
	}
	return m != nil
}

// Exit sends the exit signal reason to pid (Process.exit/2) following the
// BEAM's rules (see the package documentation). When the signal kills the
// caller itself it panics with *Exit at once.
func (p *Process) Exit(pid term.Pid, reason term.Term) {
	rt := p.rt
	if pid == p.pid {
		p.mu.Lock()
		trap := p.trap
		p.mu.Unlock()
		switch {
		case reason == term.Term(Kill):
			reason = Killed
		case trap:
			p.deliver(term.Tuple{atomEXIT, p.pid, reason})
			p.checkSig()
			return
		}
		p.mu.Lock()
		p.killLocked(reason)
		p.mu.Unlock()
		p.checkSig()
		return
	}
	if t := rt.lookup(pid); t != nil {
		if rt.logPending.Load() != 0 {
			rt.flushLogs()
		}
		rt.signal(p.pid, t, reason, false)
	}
	p.checkSig()
}

// Register gives pid the name (Process.register/2).
func (p *Process) Register(name term.Atom, pid term.Pid) error {
	return p.rt.register(name, pid)
}

func (rt *Runtime) register(name term.Atom, pid term.Pid) error {
	if name.IsZero() || name == term.Undefined {
		return ErrBadName
	}
	rt.mu.Lock()
	defer rt.mu.Unlock()
	t := rt.lookup(pid)
	switch {
	case t == nil || t.dead || t.sig.Load() != 0:
		return ErrNotAlive
	case rt.names[name] != nil:
		return ErrNameTaken
	case !t.name.IsZero():
		return ErrAlreadyNamed
	}
	rt.names[name] = t
	t.name = name
	return nil
}

// Unregister removes a name (Process.unregister/1).
func (rt *Runtime) Unregister(name term.Atom) error {
	rt.mu.Lock()
	defer rt.mu.Unlock()
	t := rt.names[name]
	if t == nil {
		return ErrNotRegistered
	}
	delete(rt.names, name)
	t.name = term.Atom{}
	return nil
}

// Whereis returns the pid registered as name (Process.whereis/1).
func (rt *Runtime) Whereis(name term.Atom) (term.Pid, bool) {
	if p := rt.whereis(name); p != nil {
		return p.pid, true
	}
	return term.Pid{}, false
}

// Registered returns the registered names, sorted (Process.registered/0).
func (rt *Runtime) Registered() []term.Atom {
	rt.mu.Lock()
	out := make([]term.Atom, 0, len(rt.names))
	for n := range rt.names {
		out = append(out, n)
	}
	rt.mu.Unlock()
	sort.Slice(out, func(i, j int) bool { return out[i].Name() < out[j].Name() })
	return out
}

// Info is a snapshot of a process (Process.info/1,2).
type Info struct {
	Pid term.Pid
	// Status is :running, :runnable, :waiting or :exiting.
	Status          term.Atom
	MessageQueueLen int
	Messages        []term.Term
	Links           []term.Pid
	// Monitors are the processes the process monitors: a pid, or
	// {name, node} for a monitor by name, as in {:monitors, [process: x]}.
	Monitors    []term.Term
	MonitoredBy []term.Pid
	// Dictionary holds {key, value} tuples in key order.
	Dictionary []term.Term
	// RegisteredName is the zero Atom when the process has no name
	// (Process.info then shows []).
	RegisteredName term.Atom
	TrapExit       bool
	HeapSize       int
	Reductions     int64
}

var (
	atomRunning  = term.MakeAtom("running")
	atomRunnable = term.MakeAtom("runnable")
	atomWaiting  = term.MakeAtom("waiting")
	atomExiting  = term.MakeAtom("exiting")
)

// WhileWaiting calls f with process pid if that process is blocked in
// Receive, and reports whether it did. f runs with the process's lock
// held, so the process cannot resume until f returns: f may read the
// evaluator's state of it (Process.Data), e.g. its call stack for
// Process.info(pid, :current_stacktrace), but must not call methods of
// either process.
//
// In deterministic mode the caller holds the only run token, so a
// process preempted in the run queue (a busy loop) stands still too and
// f is called for it as well.
func (rt *Runtime) WhileWaiting(pid term.Pid, f func(p *Process)) bool {
	t := rt.lookup(pid)
	if t == nil {
		return false
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	state := t.state.Load()
	still := state == stWaiting || rt.opts.Deterministic && state == stRunnable && t.Data != nil
	if !still || t.sig.Load() != 0 {
		return false
	}
	f(t)
	return true
}

// Info returns a snapshot of process pid; ok is false when it is not
// alive.
func (rt *Runtime) Info(pid term.Pid) (info *Info, ok bool) {
	t := rt.lookup(pid)
	if t == nil {
		return nil, false
	}
	info = &Info{Pid: pid}
	rt.mu.Lock()
	if t.dead {
		rt.mu.Unlock()
		return nil, false
	}
	info.RegisteredName = t.name
	for _, l := range t.links {
		info.Links = append(info.Links, l.pid)
	}
	var mons []*monitor
	for _, m := range t.monitors {
		mons = append(mons, m)
	}
	for _, m := range t.watchers {
		info.MonitoredBy = append(info.MonitoredBy, m.watcher.pid)
	}
	rt.mu.Unlock()
	sort.Slice(info.Links, func(i, j int) bool { return info.Links[i].ID < info.Links[j].ID })
	sort.Slice(mons, func(i, j int) bool { return mons[i].ref.ID < mons[j].ref.ID })
	for _, m := range mons {
		info.Monitors = append(info.Monitors, m.obj)
	}
	sort.Slice(info.MonitoredBy, func(i, j int) bool { return info.MonitoredBy[i].ID < info.MonitoredBy[j].ID })

	t.mu.Lock()
	info.Messages = append([]term.Term(nil), t.queuedLocked()...)
	info.MessageQueueLen = len(info.Messages)
	info.TrapExit = t.trap
	if t.dict != nil {
		t.dict.Range(func(k, v term.Term) bool {
			info.Dictionary = append(info.Dictionary, term.Tuple{k, v})
			return true
		})
	}
	info.Reductions = t.reds.Load()
	t.mu.Unlock()
	switch {
	case t.sig.Load() != 0:
		info.Status = atomExiting
	case t.state.Load() == stWaiting:
		info.Status = atomWaiting
	case t.state.Load() == stRunning:
		info.Status = atomRunning
	default:
		info.Status = atomRunnable
	}
	info.HeapSize = 233 + 4*len(info.Messages)
	return info, true
}

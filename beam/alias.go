package beam

import (
	"sync"

	"github.com/exlite/exlite/beam/term"
)

// Process aliases (OTP 24+): a reference that, while active, stands for
// the process that made it as the destination of a send; a message sent
// to an inactive alias is dropped. GenServer.call sends its request with
// a monitor that is also an alias and takes the reply through it, so a
// reply that comes after the call gave up is dropped instead of landing
// in the caller's mailbox.

// AliasMode says when an alias stops being one.
type AliasMode int

// The alias modes of alias/1 and monitor/3's {alias, Mode}.
const (
	// AliasExplicit: only unalias/1 deactivates it.
	AliasExplicit AliasMode = iota
	// AliasDemonitor: also demonitoring it (a monitor alias) does.
	AliasDemonitor
	// AliasReplyDemonitor: also the first message sent through it does.
	AliasReplyDemonitor
)

// aliasEntry is an active alias: its owner and mode.
type aliasEntry struct {
	owner term.Pid
	mode  AliasMode
}

// aliasTable holds a runtime's active aliases by reference ID. An alias
// no longer stands for anything once its owner has ended (a send to it
// is dropped); such aliases are removed when the table has doubled since
// it was last swept, so that a long-running program whose processes end
// with aliases left active (a GenServer.call whose caller was killed) does
// not keep them all.
type aliasTable struct {
	mu      sync.Mutex
	m       map[uint64]aliasEntry
	sweepAt int
}

// minAliasSweep is the size below which the alias table is not swept.
const minAliasSweep = 64

func (t *aliasTable) add(rt *Runtime, id uint64, e aliasEntry) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.m == nil {
		t.m = map[uint64]aliasEntry{}
	}
	if len(t.m) >= max(t.sweepAt, minAliasSweep) {
		for id, e := range t.m {
			if rt.lookup(e.owner) == nil {
				delete(t.m, id)
			}
		}
		t.sweepAt = 2 * len(t.m)
	}
	t.m[id] = e
}

// remove deletes the alias id when drop, given its entry, says so; it
// reports whether the alias was there and was removed.
func (t *aliasTable) remove(id uint64, drop func(aliasEntry) bool) bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	e, ok := t.m[id]
	if !ok || !drop(e) {
		return false
	}
	delete(t.m, id)
	return true
}

// len is the number of aliases in the table (swept or not).
func (t *aliasTable) len() int {
	t.mu.Lock()
	defer t.mu.Unlock()
	return len(t.m)
}

// Alias makes ref (a new reference when ref is zero) an active alias of
// the process and returns it.
func (p *Process) Alias(ref term.Ref, mode AliasMode) term.Ref {
	if ref == (term.Ref{}) {
		ref = p.rt.MakeRef()
	}
	p.rt.aliases.add(p.rt, ref.ID, aliasEntry{owner: p.pid, mode: mode})
	return ref
}

// Unalias deactivates an alias of the process; false when ref is not one.
func (p *Process) Unalias(ref term.Ref) bool {
	return p.rt.aliases.remove(ref.ID, func(e aliasEntry) bool { return e.owner == p.pid })
}

// DemonitorAlias deactivates ref if it is a monitor alias the process
// made with AliasDemonitor or AliasReplyDemonitor (demonitor/1,2 do).
func (p *Process) DemonitorAlias(ref term.Ref) {
	p.rt.aliases.remove(ref.ID, func(e aliasEntry) bool { return e.owner == p.pid && e.mode != AliasExplicit })
}

// aliasTarget is the process a message sent to ref goes to: its owner
// while the alias is active, else nil (the message is dropped).
func (rt *Runtime) aliasTarget(ref term.Ref) *Process {
	var owner term.Pid
	active := false
	rt.aliases.remove(ref.ID, func(e aliasEntry) bool {
		owner, active = e.owner, true
		return e.mode == AliasReplyDemonitor
	})
	if !active {
		return nil
	}
	return rt.lookup(owner)
}

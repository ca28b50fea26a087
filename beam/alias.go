package beam

import "github.com/exlite/exlite/beam/term"

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

// Alias makes ref (a new reference when ref is zero) an active alias of
// the process and returns it.
func (p *Process) Alias(ref term.Ref, mode AliasMode) term.Ref {
	if ref == (term.Ref{}) {
		ref = p.rt.MakeRef()
	}
	p.rt.aliases.Store(ref.ID, aliasEntry{owner: p.pid, mode: mode})
	return ref
}

// Unalias deactivates an alias of the process; false when ref is not one.
func (p *Process) Unalias(ref term.Ref) bool {
	if e, ok := p.rt.aliases.Load(ref.ID); ok && e.(aliasEntry).owner == p.pid {
		p.rt.aliases.Delete(ref.ID)
		return true
	}
	return false
}

// DemonitorAlias deactivates ref if it is a monitor alias the process
// made with AliasDemonitor or AliasReplyDemonitor (demonitor/1,2 do).
func (p *Process) DemonitorAlias(ref term.Ref) {
	if e, ok := p.rt.aliases.Load(ref.ID); ok && e.(aliasEntry).owner == p.pid && e.(aliasEntry).mode != AliasExplicit {
		p.rt.aliases.Delete(ref.ID)
	}
}

// aliasTarget is the process a message sent to ref goes to: its owner
// while the alias is active, else nil (the message is dropped).
func (rt *Runtime) aliasTarget(ref term.Ref) *Process {
	v, ok := rt.aliases.Load(ref.ID)
	if !ok {
		return nil
	}
	e := v.(aliasEntry)
	if e.mode == AliasReplyDemonitor {
		rt.aliases.Delete(ref.ID)
	}
	return rt.lookup(e.owner)
}

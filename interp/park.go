package interp

import (
	"unsafe"

	"github.com/exlite/exlite/beam"
	"github.com/exlite/exlite/beam/term"
)

// Stackless waiting. A spawned process whose first function ends in a
// receive (spawn(fn -> receive ... end end), or a loop
// `def loop(s), do: receive ... -> loop(s2) end` reached by tail calls)
// has nothing on its goroutine's stack below that receive but the
// function's invoke, whose frame and slots live in the proc anyway. Such
// a receive parks the process without its goroutine (beam's
// ReceivePark): the receive returns parkMarker, which every expression in
// tail position passes up unchanged (as it does tailMarker), invoke
// returns it without leaving the frame, and the body returns beam.Parked.
// When the receive can go on, beam runs resumeEntry on a new goroutine:
// it finishes the receive and then goes on as the function's invoke
// would have. A million processes waiting this way cost no goroutine
// stacks, and the collector scans none of them.

// parkMark is the type of parkMarker.
type parkMark struct{}

func (*parkMark) Kind() term.Kind { return term.KindAtom }

// parkMarker is returned by a receive that parked its process.
var parkMarker term.Term = &parkMark{}

// parkReceive runs the receive rc (frame fr, timeout ms) of a process
// that may park in it: the receive is in tail position of the process's
// entry function (see receiveExpr).
//
//go:noinline
func (p *proc) parkReceive(rc *receiveCode, fr []term.Term, ms int64) term.Term {
	p.rcv, p.rfr = rc, fr
	p.beforeReceive()
	msg, ok, parked := p.bp.ReceivePark(p, ms, rc.waits, resumeEntry)
	if parked {
		// The process may already run elsewhere: nothing of it is
		// touched any more.
		return parkMarker
	}
	return p.tookMessage(rc, fr, msg, ok)
}

// tookMessage runs what follows a receive that found msg (ok) or timed
// out: the matching clause's body, or the after body.
func (p *proc) tookMessage(rc *receiveCode, fr []term.Term, msg term.Term, ok bool) term.Term {
	cl := p.rmatched
	p.rcv, p.rfr, p.rmatched = nil, nil, nil
	if !ok {
		return rc.after(p, fr)
	}
	p.received(msg)
	return cl.body(p, fr)
}

// resumeEntry is the body of a process resumed after parkReceive parked
// it, on a new goroutine.
func resumeEntry(bp *beam.Process) term.Term {
	return bp.Data.(*proc).resume()
}

// resume finishes the parked receive and goes on as the entry function's
// invoke would have: with the function's result, or the tail calls it
// makes.
//
//go:noinline
func (p *proc) resume() term.Term {
	// The entry call's Go stack position is now this frame's (enter
	// measures the stack nested calls take from it).
	var marker byte
	p.calls[len(p.calls)-1].sp = uintptr(unsafe.Pointer(&marker))
	msg, ok, parked := p.bp.ResumeReceive()
	if parked {
		return beam.Parked
	}
	fr := p.rfr
	r := p.tookMessage(p.rcv, fr, msg, ok)
	for {
		if r == parkMarker {
			return beam.Parked
		}
		if r != tailMarker {
			p.leave(fr)
			return atomNormal
		}
		var fn *function
		var env []term.Term
		fn, env, fr = p.nextTail(fr)
		for i, slot := range fn.captures {
			fr[slot] = env[i]
		}
		if fn.native != nil {
			r = fn.native(p, fr[:fn.arity])
		} else {
			r = p.clauseFor(fn, fr).body(p, fr)
		}
	}
}

package beam

import "sync"

// sched hands out run tokens. Runnable processes without a token wait in
// a FIFO queue; a process holding a token hands it straight to the head of
// the queue when it blocks, yields or exits.
type sched struct {
	rt     *Runtime
	mu     sync.Mutex
	tokens int
	free   int // free tokens; free > 0 implies an empty queue
	buf    []*Process
	head   int
	halted bool
	det    bool
	rng    *prng // non-nil: pick a random runnable process at each switch
}

func (s *sched) qlen() int { return len(s.buf) - s.head }

func (s *sched) push(p *Process) { s.buf = append(s.buf, p) }

// pop removes the next process to run, or returns nil.
func (s *sched) pop() *Process {
	n := s.qlen()
	if n == 0 {
		return nil
	}
	i := s.head
	if s.rng != nil && n > 1 {
		i += int(s.rng.next() % uint64(n))
	}
	p := s.buf[i]
	copy(s.buf[s.head+1:i+1], s.buf[s.head:i])
	s.buf[s.head] = nil
	s.head++
	if s.head == len(s.buf) {
		s.buf = s.buf[:0]
		s.head = 0
	} else if s.head > 1024 && s.head*2 > len(s.buf) {
		n := copy(s.buf, s.buf[s.head:])
		clear(s.buf[n:])
		s.buf = s.buf[:n]
		s.head = 0
	}
	return p
}

// enqueue makes p, whose state is stRunnable, run when a token is free.
func (s *sched) enqueue(p *Process) {
	s.mu.Lock()
	if s.halted {
		s.mu.Unlock()
		grantNow(p)
		return
	}
	if s.free > 0 {
		s.free--
		s.mu.Unlock()
		grantNow(p)
		return
	}
	s.push(p)
	s.mu.Unlock()
}

// grantNow hands p a token: it starts the goroutine of a process that
// has none (Process.parked), else it wakes the goroutine waiting in
// p.grant. While the program runs p's channel is always empty here; once
// it halts, extra grants (which no longer count) are dropped rather than
// blocking the sender.
func grantNow(p *Process) {
	if p.parked.Load() && p.parked.CompareAndSwap(true, false) {
		p.rt.handOff(p)
		return
	}
	select {
	case p.grant <- struct{}{}:
	default:
	}
}

// yield puts the running process p at the back of the queue when another
// process is runnable, and waits for its next turn. slice is true when p
// spent its reduction budget.
func (s *sched) yield(p *Process, slice bool) {
	if s.det {
		if slice {
			s.rt.clock.advance(sliceMicros)
		}
		s.rt.fireTimers(false)
	}
	s.mu.Lock()
	if s.halted || s.qlen() == 0 {
		s.mu.Unlock()
		return
	}
	q := s.pop()
	p.state.Store(stRunnable)
	s.push(p)
	s.mu.Unlock()
	grantNow(q)
	<-p.grant
	p.state.Store(stRunning)
}

// release gives up the caller's token: to the next runnable process, or
// back to the pool. In deterministic mode, when nothing can run, the
// virtual clock jumps to the next timer first.
func (s *sched) release() {
	if q := s.next(); q != nil {
		s.rt.handOff(q) // the grant of a process without a goroutine
	}
}

// next is release for a goroutine that is free to run another process:
// when the token goes to a process without a goroutine (Process.parked),
// it returns that process, for the caller to run; otherwise nil.
func (s *sched) next() *Process {
	if s.det {
		s.rt.fireTimers(false)
	}
	s.mu.Lock()
	if s.halted {
		s.mu.Unlock()
		return nil
	}
	for s.det && s.qlen() == 0 {
		s.mu.Unlock()
		fired := s.rt.fireTimers(true)
		s.mu.Lock()
		if !fired || s.halted {
			break
		}
	}
	if q := s.pop(); q != nil {
		s.mu.Unlock()
		if q.parked.Load() && q.parked.CompareAndSwap(true, false) {
			return q
		}
		grantNow(q)
		return nil
	}
	s.free++
	idle := s.free == s.tokens
	s.mu.Unlock()
	if idle {
		s.rt.idle()
	}
	return nil
}

// isIdle reports whether no process runs or waits for a token.
func (s *sched) isIdle() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return !s.halted && s.free == s.tokens && s.qlen() == 0
}

// halt stops scheduling: every queued process gets to run (and unwind).
func (s *sched) halt() {
	s.mu.Lock()
	s.halted = true
	q := append([]*Process(nil), s.buf[s.head:]...)
	s.buf, s.head = nil, 0
	s.mu.Unlock()
	for _, p := range q {
		grantNow(p)
	}
}

// prng is SplitMix64: small, fast and reproducible from a seed.
type prng struct{ s uint64 }

func (r *prng) next() uint64 {
	r.s += 0x9e3779b97f4a7c15
	z := r.s
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

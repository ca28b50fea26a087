package interp

import (
	"bufio"
	"math/rand"
	"time"

	"github.com/exlite/exlite/interp/rt"
)

// The optional capabilities of rt.Env (see interp/rt/host.go).
var (
	_ rt.StdinEnv   = (*proc)(nil)
	_ rt.ArgvEnv    = (*proc)(nil)
	_ rt.SleepEnv   = (*proc)(nil)
	_ rt.ProcessEnv = (*proc)(nil)
)

// Stdin implements rt.StdinEnv: the input ExUnit.CaptureIO gave the
// process, else the program's standard input, buffered once for all its
// processes on first use.
func (p *proc) Stdin() *bufio.Reader {
	if p.gl != nil {
		return p.gl.in
	}
	in := p.in
	in.stdinOnce.Do(func() {
		if in.opts.Stdin != nil {
			in.stdin = bufio.NewReader(in.opts.Stdin)
		}
	})
	return in.stdin
}

// Argv implements rt.ArgvEnv.
func (p *proc) Argv() []string { return p.in.opts.Args }

// Sleep implements rt.SleepEnv through the process runtime.
func (p *proc) Sleep(d time.Duration) {
	if p.bp == nil {
		time.Sleep(d)
		return
	}
	p.bp.Sleep(d.Milliseconds())
}

// Rand implements rt.RandEnv: each process has its own source. In the
// deterministic mode it is seeded from the run's seed and the pid, so
// :rand and Enum.random repeat from run to run; otherwise from the clock.
func (p *proc) Rand() *rand.Rand {
	if p.rng == nil {
		seed := time.Now().UnixNano()
		if p.in.opts.Deterministic {
			seed = p.in.opts.Seed * 1_000_003
		}
		p.rng = rand.New(rand.NewSource(seed + int64(p.self.ID)))
	}
	return p.rng
}

package interp

import (
	"io"
	"math/rand"
	"strings"
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

// Stdin implements rt.StdinEnv.
func (p *proc) Stdin() io.Reader {
	if p.in.opts.Stdin == nil {
		return strings.NewReader("")
	}
	return p.in.opts.Stdin
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

// Rand implements rt.RandEnv: each process has its own source.
func (p *proc) Rand() *rand.Rand {
	if p.rng == nil {
		p.rng = rand.New(rand.NewSource(time.Now().UnixNano() + int64(p.self.ID)))
	}
	return p.rng
}

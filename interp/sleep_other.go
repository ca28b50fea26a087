//go:build !linux

package interp

import (
	"sync"
	"time"
)

// A stopper is what a run's watch goroutine sleeps on (elsewhere than
// on Linux, a Go timer): stop ends its sleeps at once.
type stopper struct {
	once sync.Once
	ch   chan struct{}
}

func newStopper() *stopper { return &stopper{ch: make(chan struct{})} }

// stopped reports whether stop was called.
func (s *stopper) stopped() bool {
	select {
	case <-s.ch:
		return true
	default:
		return false
	}
}

// stop ends the current and later sleeps.
func (s *stopper) stop() { s.once.Do(func() { close(s.ch) }) }

// sleep waits about d, less once stopped.
func (s *stopper) sleep(d time.Duration) {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-s.ch:
	case <-t.C:
	}
}

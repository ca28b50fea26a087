package interp

import (
	"sync/atomic"
	"syscall"
	"time"
	"unsafe"
)

// A stopper is what a run's watch goroutine sleeps on: it waits in the
// operating system (a futex), not on a Go timer (see watch), and stop
// wakes it at once, so that it need not wake every few milliseconds to
// notice that its run has ended. Each wake costs more than the wake
// itself: Go's scheduler takes the processor back from a goroutine in
// a system call and, having done so, watches the others closely for a
// while.
type stopper struct {
	word uint32 // 1 once stopped (atomic; the futex's word)
}

func newStopper() *stopper { return new(stopper) }

// Linux's futex operations, on a word of this process only.
const (
	futexWaitPrivate = 0 | 128
	futexWakePrivate = 1 | 128
)

// stopped reports whether stop was called.
func (s *stopper) stopped() bool { return atomic.LoadUint32(&s.word) != 0 }

// stop ends the current and later sleeps.
func (s *stopper) stop() {
	atomic.StoreUint32(&s.word, 1)
	syscall.Syscall6(syscall.SYS_FUTEX, uintptr(unsafe.Pointer(&s.word)), futexWakePrivate, 1, 0, 0, 0)
}

// sleep waits about d, less once stopped (or when a signal comes).
func (s *stopper) sleep(d time.Duration) {
	ts := syscall.NsecToTimespec(int64(d))
	syscall.Syscall6(syscall.SYS_FUTEX, uintptr(unsafe.Pointer(&s.word)), futexWaitPrivate, 0, uintptr(unsafe.Pointer(&ts)), 0, 0)
}

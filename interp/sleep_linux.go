package interp

import (
	"syscall"
	"time"
)

// sleepOS waits about d in a system call, which puts no timer in Go's
// scheduler (see watch). A signal may end it early.
func sleepOS(d time.Duration) {
	ts := syscall.NsecToTimespec(int64(d))
	_ = syscall.Nanosleep(&ts, nil)
}

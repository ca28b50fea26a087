//go:build !linux

package interp

import "time"

// sleepOS waits about d (elsewhere than on Linux, on a Go timer).
func sleepOS(d time.Duration) { time.Sleep(d) }

//go:build unix

package tests

import (
	"os"
	"runtime"
	"syscall"
)

// maxRSS is the largest resident set of a finished process, in bytes
// (0 when unknown).
func maxRSS(s *os.ProcessState) int64 {
	ru, ok := s.SysUsage().(*syscall.Rusage)
	if !ok {
		return 0
	}
	if runtime.GOOS == "darwin" {
		return ru.Maxrss
	}
	return ru.Maxrss << 10 // kilobytes on Linux
}

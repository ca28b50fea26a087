//go:build unix

package main

import "syscall"

// setRlimits applies the OS limits a child of --isolate was given
// (bytes of address space, seconds of CPU; 0: unchanged).
func setRlimits(as, cpu int64) error {
	if as > 0 {
		if err := syscall.Setrlimit(syscall.RLIMIT_AS, &syscall.Rlimit{Cur: uint64(as), Max: uint64(as)}); err != nil {
			return err
		}
	}
	if cpu > 0 {
		if err := syscall.Setrlimit(syscall.RLIMIT_CPU, &syscall.Rlimit{Cur: uint64(cpu), Max: uint64(cpu)}); err != nil {
			return err
		}
	}
	return nil
}

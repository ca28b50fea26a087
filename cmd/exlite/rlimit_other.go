//go:build !unix

package main

import "errors"

// setRlimits is not available here: --isolate needs a Unix system.
func setRlimits(as, cpu int64) error {
	if as > 0 || cpu > 0 {
		return errors.New("OS limits need a Unix system")
	}
	return nil
}

package main

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/exlite/exlite/interp"
)

// limitFlags are the resource limits `exlite run` and `exlite check`
// take. A limit that ends a program prints one line such as
// "** (exlite) reduction limit of 10000000 reached" to standard error
// and makes the exit status 1 (--max-time: 124).
func limitFlags() []cli.Flag {
	return []cli.Flag{
		&cli.DurationFlag{Name: "max-time", Usage: "stop the program after `DURATION` of real time (exit status 124)"},
		&cli.Int64Flag{Name: "max-reductions", Usage: "stop the program after `N` reductions (function calls) in all its processes"},
		&cli.StringFlag{Name: "max-memory", Usage: "stop the program when it holds more than `SIZE` bytes (suffixes K, M, G)"},
		&cli.IntFlag{Name: "max-processes", Usage: "stop the program when it spawns more than `N` processes alive at once"},
		&cli.StringFlag{Name: "max-output", Usage: "stop the program after `SIZE` bytes of standard output (suffixes K, M, G)"},
		&cli.IntFlag{Name: "max-atoms", Usage: "stop the program when it creates more than `N` atoms"},
		&cli.IntFlag{Name: "max-depth", Usage: "stop the program when a process nests more than `N` (non-tail) calls"},
		&cli.IntFlag{Name: "max-queue", Usage: "stop the program when more than `N` messages wait in one process's mailbox"},
		// --shared-heap enforces --max-memory by the program's own
		// accounting only, as a service does (interp.Limits.SharedHeap):
		// for tests of that accounting.
		&cli.BoolFlag{Name: "shared-heap", Hidden: true},
	}
}

// limitsOf reads the limit flags.
func limitsOf(c *cli.Context) (interp.Limits, time.Duration, error) {
	var l interp.Limits
	var err error
	if l.Memory, err = parseSize(c.String("max-memory")); err != nil {
		return l, 0, fmt.Errorf("--max-memory: %v", err)
	}
	if l.Output, err = parseSize(c.String("max-output")); err != nil {
		return l, 0, fmt.Errorf("--max-output: %v", err)
	}
	l.Reductions = c.Int64("max-reductions")
	l.Processes = c.Int("max-processes")
	l.Atoms = c.Int("max-atoms")
	l.Depth = c.Int("max-depth")
	l.Queue = c.Int("max-queue")
	l.SharedHeap = c.Bool("shared-heap")
	d := c.Duration("max-time")
	if l.Reductions < 0 || l.Processes < 0 || l.Atoms < 0 || l.Depth < 0 || l.Queue < 0 || d < 0 {
		return l, 0, fmt.Errorf("limits must not be negative")
	}
	return l, d, nil
}

// parseSize reads a byte count such as 1048576, 64K, 100M or 2G ("" is 0).
func parseSize(s string) (int64, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, nil
	}
	mult := int64(1)
	switch strings.ToUpper(s[len(s)-1:]) {
	case "K":
		mult = 1 << 10
	case "M":
		mult = 1 << 20
	case "G":
		mult = 1 << 30
	}
	if mult > 1 {
		s = s[:len(s)-1]
	}
	n, err := strconv.ParseInt(strings.TrimSuffix(s, "B"), 10, 64)
	if err != nil || n < 0 {
		return 0, fmt.Errorf("%q is not a size (bytes, or a number with K, M or G)", s)
	}
	return n * mult, nil
}

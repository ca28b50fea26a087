package main

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"time"

	"github.com/urfave/cli/v2"
)

// isolateFlags make `exlite run --isolate` run the program in a child
// exlite process under OS limits (setrlimit: address space and CPU time),
// the second line of defence behind the evaluator's own limits: a Go
// stack overflow or out-of-memory, should one happen, kills the child
// only.
func isolateFlags() []cli.Flag {
	return []cli.Flag{
		&cli.BoolFlag{Name: "isolate", Usage: "run the program in a child process with OS limits on memory and CPU (Linux)"},
		&cli.Int64Flag{Name: "rlimit-as", Hidden: true},
		&cli.Int64Flag{Name: "rlimit-cpu", Hidden: true},
	}
}

// runIsolated re-runs this command in a child process with the OS limits
// derived from the program's limits, and returns its exit status.
func runIsolated(c *cli.Context, memory int64, maxTime time.Duration) error {
	self, err := os.Executable()
	if err != nil {
		return cli.Exit("** (exlite) --isolate: "+err.Error(), 1)
	}
	// Address space: the Go runtime reserves much more than it uses
	// (it fails below about 2 GiB); allow 4 GiB plus four times the
	// memory limit.
	as := int64(4<<30) + 4*max(memory, 0)
	args := []string{"run", fmt.Sprintf("--rlimit-as=%d", as)}
	if maxTime > 0 {
		args = append(args, fmt.Sprintf("--rlimit-cpu=%d", int64(maxTime/time.Second)+2))
	}
	for _, a := range os.Args[2:] {
		if a != "--isolate" && a != "-isolate" {
			args = append(args, a)
		}
	}
	cmd := exec.Command(self, args...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, os.Stderr
	err = cmd.Run()
	var ee *exec.ExitError
	switch {
	case err == nil:
		return nil
	case errors.As(err, &ee) && ee.ExitCode() >= 0:
		return cli.Exit("", ee.ExitCode())
	case errors.As(err, &ee):
		return cli.Exit(fmt.Sprintf("** (exlite) the program was stopped by the OS limits of --isolate (%v)", ee.ProcessState), 1)
	}
	return cli.Exit("** (exlite) --isolate: "+err.Error(), 1)
}

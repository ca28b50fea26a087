package main

import (
	"fmt"
	"os"

	"github.com/urfave/cli/v2"

	"github.com/exlite/exlite/interp"
	"github.com/exlite/exlite/parser"
)

func init() {
	commands = append(commands, &cli.Command{
		Name:      "run",
		Usage:     "run an Elixir program as `elixir FILE` does",
		ArgsUsage: "FILE [ARGS...]",
		Description: "Runs FILE as `elixir FILE` would. With --deterministic, one process runs at\n" +
			"a time in an order given by --seed (0, the default, is the BEAM's own\n" +
			"first-in-first-out order; other seeds perturb it reproducibly), and the\n" +
			"clock is virtual: Process.sleep(5000) costs no real time. The same program\n" +
			"and seed then print the same output, byte for byte. --wait keeps the\n" +
			"program running after its main code ends, until no process can do anything.",
		Flags: append([]cli.Flag{
			&cli.BoolFlag{Name: "deterministic", Usage: "one process at a time, a seeded order, a virtual clock"},
			&cli.Int64Flag{Name: "seed", Usage: "the deterministic scheduling `SEED` (0: the BEAM's order)"},
			&cli.BoolFlag{Name: "wait", Usage: "run until no process can do anything, not only until the main code ends"},
			&cli.BoolFlag{Name: "sandbox", Usage: "refuse file, network, environment, OS and halting functions (as `exlite check` does)"},
		}, append(limitFlags(), isolateFlags()...)...),
		Action: func(c *cli.Context) error {
			if c.NArg() < 1 {
				return cli.Exit("usage: exlite run [--deterministic] [--seed N] [--wait] FILE [ARGS...]", 2)
			}
			if c.IsSet("seed") && !c.Bool("deterministic") {
				return cli.Exit("--seed needs --deterministic", 2)
			}
			limits, maxTime, err := limitsOf(c)
			if err != nil {
				return cli.Exit(err.Error(), 2)
			}
			if c.Bool("isolate") {
				return runIsolated(c, limits.Memory, maxTime)
			}
			if err := setRlimits(c.Int64("rlimit-as"), c.Int64("rlimit-cpu")); err != nil {
				return cli.Exit("** (exlite) --isolate: "+err.Error(), 1)
			}
			name := c.Args().First()
			src, err := os.ReadFile(name)
			if err != nil {
				return cli.Exit(fmt.Sprintf("** (File.Error) could not read file %q: %v", name, err), 1)
			}
			file, err := parser.Parse(name, src)
			if err != nil {
				// Syntax errors print framed, as Elixir 1.18 does.
				if se, ok := err.(*parser.SyntaxError); ok {
					fmt.Fprint(os.Stderr, se.Render())
				} else {
					fmt.Fprintln(os.Stderr, err)
				}
				return cli.Exit("", 1)
			}
			code := interp.Run(file, interp.Options{
				Stdout: os.Stdout, Stderr: os.Stderr, Stdin: os.Stdin, Args: c.Args().Tail(),
				Deterministic: c.Bool("deterministic"), Seed: c.Int64("seed"), WaitQuiet: c.Bool("wait"),
				Timeout: maxTime, Limits: limits, Sandbox: c.Bool("sandbox"),
			})
			if code != 0 {
				return cli.Exit("", code)
			}
			return nil
		},
	})
}

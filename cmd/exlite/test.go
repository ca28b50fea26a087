package main

import (
	"fmt"
	"math/rand"
	"os"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/exlite/exlite/interp"
	"github.com/exlite/exlite/interp/exunit"
	"github.com/exlite/exlite/parser"
	"github.com/exlite/exlite/parser/ast"
)

func init() {
	commands = append(commands, &cli.Command{
		Name:      "test",
		Usage:     "run ExUnit test files as `mix test` does",
		ArgsUsage: "[-r FILE ...] TEST.exs ...",
		Description: "Loads each -r file in order, then runs the tests of the test files and\n" +
			"prints mix test's report. Exits with 0 when every test passes, 2 otherwise.\n" +
			"Runs in deterministic mode: a test that sleeps or waits costs no real time,\n" +
			"and the same --seed gives the same order and output.",
		Flags: []cli.Flag{
			&cli.StringSliceFlag{Name: "require", Aliases: []string{"r"}, Usage: "load `FILE` before the tests"},
			&cli.Int64Flag{Name: "seed", Usage: "the `SEED` that orders the tests (0 keeps file order)"},
			&cli.StringSliceFlag{Name: "include", Usage: "run tests with `TAG` (tag or tag:value)"},
			&cli.StringSliceFlag{Name: "exclude", Usage: "skip tests with `TAG` (tag or tag:value)"},
			&cli.StringSliceFlag{Name: "only", Usage: "run only the tests with `TAG` (tag or tag:value), as mix test --only"},
			&cli.BoolFlag{Name: "trace", Usage: "print each test's name"},
		},
		Action: func(c *cli.Context) error {
			if c.NArg() < 1 {
				return cli.Exit("usage: exlite test [-r FILE ...] [--seed N] TEST.exs ...", 2)
			}
			start := time.Now()
			load := func(names []string) ([]*ast.File, error) {
				var out []*ast.File
				for _, name := range names {
					src, err := os.ReadFile(name)
					if err != nil {
						return nil, cli.Exit(fmt.Sprintf("** (File.Error) could not read file %q: %v", name, err), 1)
					}
					f, err := parser.Parse(name, src)
					if err != nil {
						if se, ok := err.(*parser.SyntaxError); ok {
							fmt.Fprint(os.Stderr, se.Render())
						} else {
							fmt.Fprintln(os.Stderr, err)
						}
						return nil, cli.Exit("", 1)
					}
					out = append(out, f)
				}
				return out, nil
			}
			reqs, err := load(c.StringSlice("require"))
			if err != nil {
				return err
			}
			tests, err := load(c.Args().Slice())
			if err != nil {
				return err
			}
			cfg := exunit.Config{Seed: c.Int64("seed"), SeedSet: c.IsSet("seed"), Include: c.StringSlice("include"),
				Exclude: c.StringSlice("exclude"), Trace: c.Bool("trace")}
			if only := c.StringSlice("only"); len(only) > 0 {
				// mix test --only: include the tags, exclude every test.
				cfg.Include = append(cfg.Include, only...)
				cfg.Exclude = append([]string{"test"}, cfg.Exclude...)
			}
			if !c.IsSet("seed") {
				cfg.Seed = rand.Int63n(1_000_000)
			}
			cfg.LoadMicros = time.Since(start).Microseconds()
			prog, err := exunit.Program(reqs, tests, cfg)
			if err != nil {
				return cli.Exit(err.Error(), 1)
			}
			// A required .ex file stands for a module mix compiles (with
			// its debug info); .exs ones are scripts.
			var compiled []string
			for _, f := range reqs {
				if strings.HasSuffix(f.Name, ".ex") {
					compiled = append(compiled, f.Name)
				}
			}
			code := interp.ExecuteFiles(prog, interp.Options{Stdout: os.Stdout, Stderr: os.Stderr, Deterministic: true,
				Compiled: compiled}).Code
			if code != 0 {
				return cli.Exit("", code)
			}
			return nil
		},
	})
}

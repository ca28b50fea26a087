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
		Action: func(c *cli.Context) error {
			if c.NArg() < 1 {
				return cli.Exit("usage: exlite run FILE [ARGS...]", 2)
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
			code := interp.Run(file, interp.Options{Stdout: os.Stdout, Stderr: os.Stderr, Args: c.Args().Tail()})
			if code != 0 {
				return cli.Exit("", code)
			}
			return nil
		},
	})
}

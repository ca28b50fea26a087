// Command exlite runs, parses and grades programs written in the course
// subset of Elixir.
//
// Each subcommand lives in a file of its own and adds itself to commands
// from an init function.
package main

import (
	"fmt"
	"os"
	"sort"

	"github.com/urfave/cli/v2"
)

// commands collects the subcommands registered by this package's files.
var commands []*cli.Command

func main() {
	sort.Slice(commands, func(i, j int) bool { return commands[i].Name < commands[j].Name })
	app := &cli.App{
		Name:            "exlite",
		Usage:           "run and grade the Elixir that courses teach",
		Commands:        commands,
		HideHelpCommand: true,
		ExitErrHandler: func(c *cli.Context, err error) {
			if err == nil {
				return
			}
			if coder, ok := err.(cli.ExitCoder); ok {
				if msg := err.Error(); msg != "" {
					fmt.Fprintln(os.Stderr, msg)
				}
				os.Exit(coder.ExitCode())
			}
			fmt.Fprintln(os.Stderr, "exlite:", err)
			os.Exit(2)
		},
	}
	if err := app.Run(flagsFirst(commands, os.Args)); err != nil {
		os.Exit(2)
	}
}

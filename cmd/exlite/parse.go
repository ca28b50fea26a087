package main

import (
	"fmt"
	"os"
	"runtime/debug"

	"github.com/urfave/cli/v2"

	"github.com/exlite/exlite/interp/inspect"
	"github.com/exlite/exlite/parser"
	"github.com/exlite/exlite/parser/ast"
)

func init() {
	commands = append(commands, &cli.Command{
		Name:      "parse",
		Usage:     "print a file's AST as Code.string_to_quoted!/1 gives it (metadata emptied)",
		ArgsUsage: "FILE",
		Action:    parseCommand,
	})
}

func parseCommand(c *cli.Context) error {
	if c.NArg() != 1 {
		return cli.Exit("usage: exlite parse FILE", 2)
	}
	// Parsing allocates many short-lived tree nodes; a relaxed collector
	// saves about a third of the time.
	debug.SetGCPercent(400)
	name := c.Args().First()
	src, err := os.ReadFile(name)
	if err != nil {
		return cli.Exit(fmt.Sprintf("** (File.Error) could not read file %q: no such file or directory", name), 1)
	}
	f, err := parser.Parse(name, src)
	if err != nil {
		if se, ok := err.(*parser.SyntaxError); ok {
			fmt.Fprint(os.Stderr, se.Render())
			return cli.Exit("", 1)
		}
		return cli.Exit(err.Error(), 1)
	}
	root := f.Root
	if root == nil {
		root = &ast.Call{Fun: ast.Atom(ast.Pos{}, "__block__"), Args: []ast.Node{}}
	}
	opts := inspect.Default()
	opts.Limit, opts.PrintableLimit = inspect.Infinity, inspect.Infinity
	fmt.Println(inspect.Inspect(ast.Quote(root, false), opts))
	return nil
}

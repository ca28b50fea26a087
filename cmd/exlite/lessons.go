package main

import (
	"fmt"
	"io"

	"github.com/exlite/exlite/lessons"
	"github.com/urfave/cli/v2"
)

// lessonsFlag is --lessons DIR, shared by the subcommands that read course
// content: it replaces the built-in lessons by those of DIR.
var lessonsFlag = &cli.StringFlag{
	Name:  "lessons",
	Usage: "read the course content from `DIR` instead of the built-in lessons",
}

func init() {
	commands = append(commands, &cli.Command{
		Name:      "lessons",
		Usage:     "list the lessons and exercises, or print one exercise's statement, starter or solution",
		ArgsUsage: "[EXERCISE]",
		Description: "Without an argument, lists every lesson and its exercises. With an exercise\n" +
			"(\"ping_pong\" or \"processes/ping_pong\"), prints its statement; --starter\n" +
			"prints its starter code instead, --solution its reference solution.",
		Flags: []cli.Flag{
			lessonsFlag,
			&cli.BoolFlag{Name: "starter", Usage: "print the exercise's starter code"},
			&cli.BoolFlag{Name: "solution", Usage: "print the exercise's reference solution"},
		},
		Action: lessonsAction,
	})
}

func lessonsAction(c *cli.Context) error {
	ls, err := lessons.Open(c.String("lessons"))
	if err != nil {
		return cli.Exit(err.Error(), 2)
	}
	out := c.App.Writer
	switch c.NArg() {
	case 0:
		if c.Bool("starter") || c.Bool("solution") {
			return cli.Exit("--starter and --solution need an exercise", 2)
		}
		listLessons(out, ls)
		return nil
	case 1:
	default:
		return cli.Exit("exlite lessons takes at most one exercise", 2)
	}
	ex, err := lessons.Find(ls, c.Args().First())
	if err != nil {
		return cli.Exit(err.Error(), 2)
	}
	switch {
	case c.Bool("starter") && c.Bool("solution"):
		return cli.Exit("give --starter or --solution, not both", 2)
	case c.Bool("starter"):
		fmt.Fprint(out, ex.Starter)
	case c.Bool("solution"):
		fmt.Fprint(out, ex.Solution)
	default:
		fmt.Fprint(out, ex.Statement)
	}
	return nil
}

// listLessons prints each lesson and its exercises with their titles.
func listLessons(out io.Writer, ls []*lessons.Lesson) {
	for i, l := range ls {
		if i > 0 {
			fmt.Fprintln(out)
		}
		fmt.Fprintf(out, "%s (%s)\n", l.Title, l.Name)
		width := 0
		for _, e := range l.Exercises {
			width = max(width, len(e.ID()))
		}
		for _, e := range l.Exercises {
			bonus := 0
			for _, s := range e.Scenarios {
				if s.Bonus {
					bonus++
				}
			}
			extra := ""
			if bonus > 0 {
				extra = fmt.Sprintf(", %d bonus", bonus)
			}
			noun := "scenarios"
			if len(e.Scenarios) == 1 {
				noun = "scenario"
			}
			fmt.Fprintf(out, "  %-*s  %s (%d %s%s)\n", width, e.ID(), e.Title, len(e.Scenarios), noun, extra)
		}
	}
}

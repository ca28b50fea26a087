package main

import (
	"fmt"
	"os"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/exlite/exlite/lessons"
	"github.com/exlite/exlite/lessons/checker"
)

func init() {
	commands = append(commands, &cli.Command{
		Name:      "check",
		Usage:     "grade a submission against an exercise's scenarios",
		ArgsUsage: "EXERCISE SUBMISSION.ex",
		Description: "Runs each of the exercise's scenarios with the submission, in deterministic\n" +
			"mode (one process at a time, a virtual clock), until nothing more can happen,\n" +
			"and compares what happened with what the scenario expects. Exit status: 0\n" +
			"when the submission passes, 1 when it fails or does not run, 2 on a usage\n" +
			"error. With --format json the report is Exercism's results.json (version 3)\n" +
			"and the exit status is 0 whenever a report was written.\n\n" +
			"Each run is bounded by reductions (function calls), not by real time, so the\n" +
			"same submission gets the same report however busy the machine is: by default\n" +
			fmt.Sprintf("%d per run (--max-reductions sets another budget). --time-limit is only a\n", checker.DefaultBudget) +
			"safety net for a machine too slow to finish the check.",
		Flags: append([]cli.Flag{
			lessonsFlag,
			&cli.StringFlag{Name: "format", Value: "text", Usage: "the report's `FORMAT`: text or json (Exercism v3)"},
			&cli.IntFlag{Name: "schedules", Value: 3, Usage: "also run each scenario under `N` other scheduling orders: and warn, without failing, when a scenario's output depends on the order"},
			&cli.DurationFlag{Name: "time-limit", Value: time.Minute, Usage: "the most real `TIME` the whole check may take (a safety net: runs are bounded by reductions)"},
		}, limitFlags()...),
		Action: checkAction,
	})
}

func checkAction(c *cli.Context) error {
	if c.NArg() != 2 {
		return cli.Exit("usage: exlite check EXERCISE SUBMISSION.ex [--format text|json] [--schedules N] [--lessons DIR] [--time-limit D]", 2)
	}
	format := c.String("format")
	if format != "text" && format != "json" {
		return cli.Exit(fmt.Sprintf("--format must be text or json, not %q", format), 2)
	}
	if c.Int("schedules") < 0 || c.Duration("time-limit") <= 0 {
		return cli.Exit("--schedules must be 0 or more and --time-limit positive", 2)
	}
	ls, err := lessons.Open(c.String("lessons"))
	if err != nil {
		return cli.Exit(err.Error(), 2)
	}
	ex, err := lessons.Find(ls, c.Args().Get(0))
	if err != nil {
		return cli.Exit(err.Error(), 2)
	}
	path := c.Args().Get(1)
	src, err := os.ReadFile(path)
	if err != nil {
		return cli.Exit(fmt.Sprintf("cannot read the submission: %v", err), 2)
	}
	limits, maxTime, err := limitsOf(c)
	if err != nil {
		return cli.Exit(err.Error(), 2)
	}
	g := grading{exercise: ex, file: path, submission: string(src), schedules: c.Int("schedules"), timeLimit: c.Duration("time-limit"),
		// --max-reductions is each run's budget, above or below the
		// default.
		runner: checker.Exlite{Limits: limits, MaxTime: maxTime, Budget: limits.Reductions}}
	out := c.App.Writer
	if format == "json" {
		if err := g.json(out); err != nil {
			return cli.Exit(err.Error(), 2)
		}
		return nil
	}
	color := false
	if f, ok := out.(*os.File); ok {
		color = checker.ColorWanted(f)
	}
	pass, err := g.text(out, color)
	if err != nil {
		return cli.Exit(err.Error(), 2)
	}
	if !pass {
		return cli.Exit("", 1)
	}
	return nil
}

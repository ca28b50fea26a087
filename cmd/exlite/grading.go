package main

import (
	"context"
	"io"
	"time"

	"github.com/exlite/exlite/lessons"
	"github.com/exlite/exlite/lessons/checker"
)

// grading is one `exlite check`: a submission graded against an exercise
// with exlite's evaluator, within a real-time budget.
type grading struct {
	exercise   *lessons.Exercise
	file       string // the submission's path, as messages name it
	submission string
	schedules  int
	timeLimit  time.Duration
	runner     checker.Exlite // its limits
}

// run checks the submission with seed 0 and the other schedules asked for.
func (g grading) run() (*checker.Result, error) {
	ctx, cancel := context.WithTimeout(context.Background(), g.timeLimit)
	defer cancel()
	return checker.Grade(ctx, g.runner, g.exercise, g.submission,
		checker.Options{File: g.file, Seeds: checker.Seeds(g.schedules)})
}

// text writes the report for people and tells whether the submission
// passed.
func (g grading) text(w io.Writer, color bool) (bool, error) {
	res, err := g.run()
	if err != nil {
		return false, err
	}
	return res.Status == checker.Pass, checker.WriteText(w, res, color)
}

// json writes Exercism's results.json.
func (g grading) json(w io.Writer) error {
	res, err := g.run()
	if err != nil {
		return err
	}
	return checker.WriteExercism(w, res)
}

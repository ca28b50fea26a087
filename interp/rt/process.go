package rt

import (
	"github.com/exlite/exlite/beam"
	"github.com/exlite/exlite/beam/term"
)

// ProcessEnv is implemented by an Env that runs inside a beam process
// (the evaluator's); built-ins reach the process through ProcessOf.
type ProcessEnv interface {
	Env
	// Process is the calling Elixir process.
	Process() *beam.Process
	// Body returns the code of a new process that applies fun to args
	// (spawn/1,3 and friends): it runs in its own evaluator state, reports
	// a crash as Elixir does and returns the exit reason.
	Body(fun term.Term, args []term.Term) beam.Body
}

// ProcessOf returns the beam process running env, or nil when env does
// not run in one.
func ProcessOf(env Env) *beam.Process {
	if pe, ok := env.(ProcessEnv); ok {
		return pe.Process()
	}
	return nil
}

// SpawnBody returns the process body applying fun to args in a new
// process; nil when env cannot make one.
func SpawnBody(env Env, fun term.Term, args []term.Term) beam.Body {
	if pe, ok := env.(ProcessEnv); ok {
		return pe.Body(fun, args)
	}
	return nil
}

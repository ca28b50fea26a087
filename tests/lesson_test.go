package tests

import "testing"

// TestLesson runs the programs made from the course's Processes lesson
// (tests/lesson) against real Elixir's recorded output.
func TestLesson(t *testing.T) { checkCorpus(t, "lesson") }

//go:build race

package interp

// raceEnabled is true when the tests run under the race detector, whose
// instrumentation makes Go frames larger.
const raceEnabled = true

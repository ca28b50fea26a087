package checker

import (
	"fmt"

	"github.com/exlite/exlite/beam"
	"github.com/exlite/exlite/interp"
	"github.com/exlite/exlite/interp/rt"
	"github.com/exlite/exlite/lessons"
)

// QuietFromBeam turns the runtime's report of a quiet point into the
// grader's: the processes left besides the main one, with their unread
// messages. mainUnread is the number of messages left in the main
// process's mailbox when the scenario's code finished (the runtime's report
// no longer has them once main has ended). stuck tells whether the main
// process itself was still waiting (lessons.Outcome.Stuck).
func QuietFromBeam(q *beam.QuietReport, mainUnread int) (report *lessons.QuietReport, stuck bool) {
	if q == nil {
		return nil, false
	}
	report = &lessons.QuietReport{MainUnread: mainUnread}
	for _, w := range q.Processes {
		ps := processState(w)
		if w.Main {
			stuck = true
			report.Main = &ps
			continue
		}
		report.Left = append(report.Left, ps)
	}
	return report, stuck
}

// processState describes a process waiting at the quiet point.
func processState(w beam.WaitingProcess) lessons.ProcessState {
	ps := lessons.ProcessState{Pid: beam.FormatPid(w.Pid), Unread: len(w.Mailbox)}
	if !w.Name.IsZero() {
		ps.Name = w.Name.Name()
	}
	if wf, ok := w.WaitsFor.(*interp.Waiting); ok {
		ps.Where = wf.Function
		if w.InReceive {
			ps.WaitsFor = wf.String()
			if wf.File != "" {
				ps.At = fmt.Sprintf("%s:%d", wf.File, wf.Line)
			}
		}
	}
	for i, m := range w.Mailbox {
		if i == maxMailboxShown {
			break
		}
		ps.Mailbox = append(ps.Mailbox, rt.Inspect(nil, m)) // after the run: no program code runs
	}
	return ps
}

// maxMailboxShown is how many of a process's unread messages a report
// prints.
const maxMailboxShown = 5

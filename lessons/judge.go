package lessons

import (
	"fmt"
	"regexp"
	"strings"
)

// Outcome is what running a scenario's program gave: what the grader (or
// a run on real Elixir) observed.
type Outcome struct {
	Stdout     string
	ExitStatus int
	// Error is the program's error output when it ended with an uncaught
	// error (or did not compile); shown to the learner.
	Error string
	// TimedOut: the program was still running at the scenario's time limit
	// (a busy loop, or waits longer than the limit).
	TimedOut bool
	// Stopped, when set, says why the runner stopped the program before
	// it ended other than at the scenario's time limit (its reduction
	// budget, or a real-time safety net); Judge reports it as a
	// KindTimeout problem, as it does TimedOut.
	Stopped string
	// Stuck: the program came to a quiet point with the scenario's own
	// code still waiting in receive (for a message that can never come).
	// Quiet then lists the other processes.
	Stuck bool
	// Quiet is the state at the quiet point; nil if it was never reached.
	Quiet *QuietReport
}

// QuietReport is the program's state at the quiet point: the scenario's
// code has finished and no process can do anything more.
type QuietReport struct {
	// MainUnread is the number of messages left unread in the scenario's
	// own mailbox when its code finished.
	MainUnread int
	// Left lists the processes still alive (besides the scenario's own).
	Left []ProcessState
	// Main describes the scenario's own process when it is still waiting
	// (Outcome.Stuck); nil otherwise.
	Main *ProcessState
}

// ProcessState describes a process left alive at the quiet point.
type ProcessState struct {
	Pid    string // as inspect/1 prints it
	Name   string // registered name, "" if none
	Unread int    // messages in its mailbox
	// Where says what it waits in, e.g. "PingPong.pong_loop/1"; may be "".
	Where string
	// WaitsFor is what its receive waits for, as written ("{:pong, _}");
	// "" when unknown or when it is not in a receive.
	WaitsFor string
	// Mailbox holds its unread messages as inspect/1 prints them (possibly
	// only the first ones; Unread is their number); nil when unknown.
	Mailbox []string
	// At is where the receive it waits in is written, "file.ex:12"; ""
	// when unknown.
	At string
}

func (p ProcessState) String() string {
	s := p.Pid
	if p.Name != "" {
		s += " (registered as :" + p.Name + ")"
	}
	if p.Where != "" {
		s += " in " + p.Where
	}
	return s
}

// Detail is String with what the process waits for, where, and what its
// mailbox holds, when known: "#PID<0.98.0> in PingPong.ping_loop/2 is
// still waiting in receive for {:pong, _} (ping_pong.ex:14); its mailbox
// holds [:ping]".
func (p ProcessState) Detail() string {
	s := p.String()
	if p.WaitsFor != "" {
		s += " is still waiting in receive for " + p.WaitsFor + p.at()
	}
	if len(p.Mailbox) > 0 {
		s += "; its mailbox holds " + p.mailboxText()
	}
	return s
}

// at is " (file:line)" of the receive the process waits in, or "".
func (p ProcessState) at() string {
	if p.At == "" {
		return ""
	}
	return " (" + p.At + ")"
}

func (p ProcessState) mailboxText() string {
	text := "[" + strings.Join(p.Mailbox, ", ")
	if p.Unread > len(p.Mailbox) {
		text += fmt.Sprintf(", ... (%d in all)", p.Unread)
	}
	return text + "]"
}

// Problem is one reason a scenario failed.
type Problem struct {
	Kind    ProblemKind
	Message string
	// Want and Got are the expected and actual stdout for KindStdout
	// problems (masked), for a diff.
	Want, Got string
}

// ProblemKind classifies problems.
type ProblemKind string

// The kinds of problems Judge reports.
const (
	KindError   ProblemKind = "error"    // uncaught error or compile error
	KindTimeout ProblemKind = "timeout"  // time limit reached
	KindStatus  ProblemKind = "status"   // wrong exit status
	KindStdout  ProblemKind = "stdout"   // output differs
	KindQuiet   ProblemKind = "quiet"    // a quiet-point check failed
	KindNoQuiet ProblemKind = "no quiet" // quiet point never reached
	KindStuck   ProblemKind = "stuck"    // every process waits, the scenario's code too
)

var (
	maskTime = regexp.MustCompile(`(?m)^[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{3} \[`)
	maskPid  = regexp.MustCompile(`#PID<[0-9.]+>`)
	maskRef  = regexp.MustCompile(`#Reference<[0-9.]+>`)
)

// Mask hides what legitimately varies between runs: logger time-stamps,
// PID and reference numbers.
func Mask(s string) string {
	// Most outputs have none of these: skip the regular expressions (a
	// twentieth of a grading's CPU) unless their fixed parts are there.
	if strings.Contains(s, " [") {
		s = maskTime.ReplaceAllString(s, "HH:MM:SS.mmm [")
	}
	if strings.Contains(s, "#PID<") {
		s = maskPid.ReplaceAllString(s, "#PID<X>")
	}
	if strings.Contains(s, "#Reference<") {
		s = maskRef.ReplaceAllString(s, "#Reference<X>")
	}
	return s
}

// Judge checks an outcome against the scenario and returns what is wrong
// (nothing when the scenario passes).
func (s *Scenario) Judge(o Outcome) []Problem {
	var probs []Problem
	add := func(kind ProblemKind, format string, args ...any) {
		probs = append(probs, Problem{Kind: kind, Message: fmt.Sprintf(format, args...)})
	}
	if o.Stuck {
		msg := "the program is stuck: the scenario's code waits for a message that no process will ever send"
		if o.Quiet != nil && o.Quiet.Main != nil && o.Quiet.Main.WaitsFor != "" {
			msg = "the program is stuck: the scenario's code waits in receive for " + o.Quiet.Main.WaitsFor + o.Quiet.Main.at() +
				", a message that no process will ever send"
			if len(o.Quiet.Main.Mailbox) > 0 {
				msg += "; its mailbox holds " + o.Quiet.Main.mailboxText()
			}
		}
		if o.Quiet != nil && len(o.Quiet.Left) > 0 {
			var names []string
			for _, p := range o.Quiet.Left {
				names = append(names, p.Detail())
			}
			msg += "\nthe other processes waiting:\n  " + strings.Join(names, "\n  ")
		}
		add(KindStuck, "%s", msg)
		return probs
	}
	if o.Stopped != "" {
		add(KindTimeout, "%s", o.Stopped)
	} else if o.TimedOut {
		add(KindTimeout, "the program was still running after %v: is a process looping without waiting in receive, or waiting longer than that?", s.TimeLimit)
	} else if o.ExitStatus != s.ExitStatus {
		if o.Error != "" {
			add(KindError, "the program stopped with an error:\n%s", strings.TrimRight(o.Error, "\n"))
		} else {
			add(KindStatus, "the program ended with status %d, expected %d", o.ExitStatus, s.ExitStatus)
		}
	}
	// A program stopped early (an error, a limit) that printed nothing
	// is not said to miss lines: it shows what the scenario expects.
	stopped := len(probs) > 0 && probs[0].Kind != KindStatus
	if p, ok := s.judgeStdout(o.Stdout, stopped); !ok {
		probs = append(probs, p)
	}
	if len(s.Quiet) > 0 && !o.TimedOut && o.Stopped == "" && o.ExitStatus == s.ExitStatus {
		if o.Quiet == nil {
			add(KindNoQuiet, "the program never came to rest")
		} else {
			probs = append(probs, s.judgeQuiet(o.Quiet)...)
		}
	}
	return probs
}

// judgeStdout compares the output with the scenario's expectations.
// When got is empty the problem's message introduces the expected output
// (Want), to be shown as it is: there is nothing to compare; stopped says
// the program was stopped before its end (by an error or a limit).
func (s *Scenario) judgeStdout(got string, stopped bool) (Problem, bool) {
	got = Mask(got)
	empty := "the output is empty"
	if stopped {
		empty = "nothing was printed before the program stopped"
	}
	if s.Stdout != nil {
		for _, want := range s.Stdout {
			if Mask(want) == got {
				return Problem{}, true
			}
		}
		msg := "the output is not the expected one"
		switch {
		case got == "" && len(s.Stdout) > 1:
			msg = fmt.Sprintf("%s; the scenario expects one of %d outputs, such as:", empty, len(s.Stdout))
		case got == "":
			msg = empty + "; the scenario expects:"
		case len(s.Stdout) > 1:
			msg = fmt.Sprintf("the output is none of the %d expected ones", len(s.Stdout))
		}
		return Problem{Kind: KindStdout, Message: msg, Want: Mask(s.Stdout[0]), Got: got}, false
	}
	if s.HasLines == nil {
		return Problem{}, true
	}
	lines := strings.Split(strings.TrimSuffix(got, "\n"), "\n")
	if got == "" {
		lines = nil
	}
	want := make([]string, len(s.HasLines))
	for i, l := range s.HasLines {
		want[i] = Mask(l)
	}
	found := 0
	for _, l := range lines {
		if found < len(want) && l == want[found] {
			found++
		}
	}
	wantText := strings.Join(want, "\n") + "\n"
	if got == "" {
		return Problem{Kind: KindStdout, Want: wantText, Got: got,
			Message: empty + "; the scenario expects these lines, in this order:"}, false
	}
	if found < len(want) {
		return Problem{Kind: KindStdout, Want: wantText, Got: got,
			Message: fmt.Sprintf("expected line %d of %d, %q, is missing from the output (or out of order)", found+1, len(want), want[found])}, false
	}
	if extra := len(lines) - len(want); s.ExtraLines != AnyExtraLines && extra > s.ExtraLines {
		return Problem{Kind: KindStdout, Want: wantText, Got: got,
			Message: fmt.Sprintf("the output has %d lines besides the expected ones; at most %d allowed", extra, s.ExtraLines)}, false
	}
	return Problem{}, true
}

func (s *Scenario) judgeQuiet(q *QuietReport) []Problem {
	var probs []Problem
	for _, check := range s.Quiet {
		switch check {
		case AllEnded:
			if len(q.Left) > 0 {
				var names []string
				for _, p := range q.Left {
					names = append(names, p.Detail())
				}
				list := " " + names[0]
				if len(names) > 1 {
					list = "\n  " + strings.Join(names, "\n  ")
				}
				probs = append(probs, Problem{Kind: KindQuiet, Message: fmt.Sprintf(
					"%s still alive when everything else was done:%s", plural(len(q.Left), "process is", "processes are"), list)})
			}
		case MailboxesEmpty:
			if q.MainUnread > 0 {
				probs = append(probs, Problem{Kind: KindQuiet, Message: fmt.Sprintf(
					"%s left unread in the scenario's mailbox", plural(q.MainUnread, "message was", "messages were"))})
			}
			for _, p := range q.Left {
				if p.Unread > 0 {
					msg := fmt.Sprintf("%s holds %s it never read", p.String(), plural(p.Unread, "message", "messages"))
					if len(p.Mailbox) > 0 {
						msg += ": " + p.mailboxText()
					}
					probs = append(probs, Problem{Kind: KindQuiet, Message: msg})
				}
			}
		}
	}
	return probs
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// Package pcre is a backtracking regular-expression matcher for the
// dialect Erlang's :re module (PCRE 8.44) speaks, and so Elixir's Regex:
// lookahead and lookbehind, backreferences, atomic groups, possessive and
// lazy quantifiers, named groups, conditional groups, branch reset,
// inline option changes, \A \z \Z \G \K \h \v \R \N \X, Unicode
// properties, and the byte (default, with Erlang's Latin-1 character
// tables) and UTF-8 (the u modifier) views of a subject. Recursion,
// subroutine calls, callouts and (*VERB)s are compile errors saying that
// exlite does not support them.
//
// Matching never recurses in Go on the subject: choice points live on an
// explicit stack, and only assertions and atomic groups, whose nesting the
// pattern bounds (at most 799 levels, where :re refuses a pattern too), call the matcher
// again. A match attempt gives up after MatchLimit backtracking steps, as
// PCRE's match_limit makes :re report no match, and reports its work to a
// Budget so that the caller can count it and stop it.
package pcre

import (
	"strconv"
	"unicode/utf8"
)

// Flags are the compile options of a pattern (:re's option atoms).
type Flags struct {
	Caseless  bool // i, :caseless
	Multiline bool // m, :multiline
	Dotall    bool // s, :dotall
	Extended  bool // x, :extended
	Ungreedy  bool // U, :ungreedy
	UTF       bool // :unicode: the pattern and subject are UTF-8
	UCP       bool // :ucp: \d \w \s \b and POSIX classes use Unicode properties
	Firstline bool // f, :firstline: a match starts on the first line
	// AnyCRLF makes \r, \n and \r\n newlines ({:newline, :anycrlf});
	// otherwise only \n is.
	AnyCRLF bool
	// DollarEndOnly makes $ match only at the very end.
	DollarEndOnly bool
	// NoAutoCapture makes plain (...) non-capturing.
	NoAutoCapture bool
}

// Error is a pattern's syntax error: PCRE's message and the byte offset
// where PCRE reports it.
type Error struct {
	Msg    string
	Offset int
}

func (e *Error) Error() string { return e.Msg + " at position " + strconv.Itoa(e.Offset) }

// MatchLimit is how many backtracking steps one match attempt may take
// before it gives up and reports no match (PCRE's default match_limit).
const MatchLimit = 10_000_000

// maxDepth is how deep parentheses may nest: :re refuses 800 nested
// groups as "too complicated" (its compiler's own stack is the limit).
const maxDepth = 799

// maxProg bounds a compiled program, counted repetitions expanded.
const maxProg = 200_000

// Budget receives the work a match does: Steps is called every few
// thousand instructions with their count, and may panic to stop the
// match (a killed process, a spent reduction budget); Grow is called
// before the backtracking stack grows to bytes, and may panic likewise.
type Budget interface {
	Steps(n int)
	Grow(bytes int64)
}

// Regexp is a compiled pattern. It is immutable and safe to share.
type Regexp struct {
	prog  []inst
	ncap  int      // capture groups, group 0 included
	names []string // names[i] is group i's name ("" if unnamed); names[0] = ""
	nregs int      // registers: 2*ncap captures, ncap open starts, marks
	flags Flags

	// search hints
	anchored bool       // can match only at the start offset / subject start
	first    *[256]bool // bytes a match can begin with; nil if any
	prefix   string     // literal every match begins with ("" if none)
}

// NumSubexp is the number of capture groups, group 0 excluded.
func (re *Regexp) NumSubexp() int { return re.ncap - 1 }

// SubexpNames returns each group's name, "" for unnamed ones; index 0 is
// the whole match.
func (re *Regexp) SubexpNames() []string { return re.names }

// UTF reports whether the pattern was compiled in UTF-8 mode.
func (re *Regexp) UTF() bool { return re.flags.UTF }

// Compile parses and compiles pattern with flags.
func Compile(pattern string, f Flags) (*Regexp, *Error) {
	if f.UTF {
		for i := 0; i < len(pattern); {
			r, size := utf8.DecodeRuneInString(pattern[i:])
			if r == utf8.RuneError && size <= 1 {
				return nil, &Error{Msg: "invalid UTF-8 string", Offset: i}
			}
			i += size
		}
	}
	p := &parser{src: pattern, flags: f, utf: f.UTF, ucp: f.UCP}
	n, err := p.parse()
	if err != nil {
		return nil, err
	}
	return compile(n, p, f)
}

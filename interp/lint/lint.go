// Package lint finds what Elixir 1.18's compiler reports about a file
// before and while compiling it, without running it: unused variables,
// unused module attributes, function clauses that can never match,
// defaults declared in a multi-clause function without a head, and
// clauses of one function defined apart.
//
// Check walks a parsed file once and returns a Report: the diagnostics of
// the top level (printed before the file runs) and, for each module, the
// diagnostics printed while its body is evaluated and after it is
// compiled. The evaluator prints each group when Elixir would; Render
// formats one diagnostic exactly as Elixir 1.18 does on standard error.
//
// The rules and wordings follow Elixir 1.18's compiler (elixir_env,
// elixir_clauses, elixir_def, elixir_module, elixir_erl_compiler and
// elixir_errors).
package lint

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/exlite/exlite/parser/ast"
)

// Severity tells a warning from an error.
type Severity int

// The severities Elixir prints.
const (
	Warning Severity = iota
	Error
)

// Diagnostic is one warning or error at a position of the file.
type Diagnostic struct {
	Severity Severity
	// Line is the line (from 1) the diagnostic points at.
	Line int
	// Col is its column (from 1), 0 when Elixir knows only the line: the
	// whole line is then highlighted and the location has no column.
	Col int
	// Span is how many columns the highlight covers from Col (1 when 0).
	Span int
	// LineOnly leaves the column out of the location under the snippet
	// while Col still places the highlight: a warning whose location is
	// a stacktrace entry (IO.warn/2 given a column), which has none.
	LineOnly bool
	// Message is the text after "warning: ", possibly several lines.
	Message string
	// Plain marks a warning IO.warn printed with a stacktrace: its text,
	// then the stack entry ("file:line: Where") indented on the next
	// line, no snippet.
	Plain bool
	// Where is the stack entry Elixir names after the location:
	// "Calc.double/1" in a function, "Calc (module)" in a module body,
	// "" at the top level of the file.
	Where string
	// Before, when not 0, is the first line whose expansion Elixir
	// starts after printing this diagnostic: a compile error at that
	// line or later is printed after it. 0 means Elixir prints it once
	// the whole unit (a definition, the top level) is expanded.
	Before int
}

// Report is what Check found in a file.
type Report struct {
	// Top holds the diagnostics of the file's top level, printed before
	// the file runs.
	Top []Diagnostic
	// TopLexed is how many of Top come from the tokenizer and the parser
	// (those before the expansion's).
	TopLexed int
	// TopRemotes are the remote calls of the file's top level outside
	// its modules: Elixir expands them with no enclosing function, and
	// warns of deprecated ones then (elixir_dispatch check_deprecated).
	TopRemotes []Remote
	// Modules holds the diagnostics of each module, keyed by the body of
	// its defmodule (the node under do:).
	Modules map[ast.Node]*ModuleReport
	// Order lists the module bodies in source order.
	Order []ast.Node
	// UnusedAliases are the aliases never referred to, in the order
	// Elixir reports them once the file has run (by name).
	UnusedAliases []Diagnostic
	// Imports are the file's imports, by module name, with the local
	// calls that may use them: the evaluator, which knows the modules'
	// exports, tells the unused ones.
	Imports []Import
	// Checked holds, module by module in source order, the remote calls
	// of their functions, which Elixir's checker verifies once the file
	// has run.
	Checked []ModuleCalls
}

// ModuleReport is what Check found in one module.
type ModuleReport struct {
	// Name is the module's name as Elixir prints it ("Calc", "A.B").
	Name string
	// Body holds the diagnostics printed while the module body is
	// expanded and evaluated (unused variables, definitions), in order:
	// Expansion, then those of each statement.
	Body []Diagnostic
	// Expansion holds the diagnostics of the body's expansion, printed
	// before it runs (variables of the module body).
	Expansion []Diagnostic
	// Stmts holds the diagnostics printed when a statement of the body
	// runs (a definition, an attribute), keyed by the statement's node.
	Stmts map[ast.Node][]Diagnostic
	// Compiled holds the diagnostics printed once the module is compiled
	// (clauses that cannot match, unused attributes).
	Compiled []Diagnostic
}

// Module returns the report of the module whose defmodule body is body
// (nil when there is none).
func (r *Report) Module(body ast.Node) *ModuleReport {
	if r == nil || body == nil {
		return nil
	}
	return r.Modules[body]
}

// Defines reports whether the file has a defmodule for module name
// ("Point", "A.B").
func (r *Report) Defines(name string) bool {
	if r == nil {
		return false
	}
	for _, m := range r.Modules {
		if m.Name == name {
			return true
		}
	}
	return false
}

// RenderAll renders every diagnostic in the order `elixir FILE` prints
// them when the file's modules are all compiled, one after the other, by
// its top level: the top level's, then each module's.
func (r *Report) RenderAll(file, src string) string {
	var b strings.Builder
	for _, d := range r.Top {
		b.WriteString(d.Render(file, src))
	}
	for _, body := range r.Order {
		m := r.Modules[body]
		for _, d := range m.Body {
			b.WriteString(d.Render(file, src))
		}
		for _, d := range m.Compiled {
			b.WriteString(d.Render(file, src))
		}
	}
	return b.String()
}

// Render returns the diagnostic as Elixir 1.18 prints it on standard
// error for file (the name as given on the command line) whose text is
// src, followed by the blank line Elixir prints after it.
func (d Diagnostic) Render(file, src string) string {
	prefix := "warning:"
	if d.Severity == Error {
		prefix = "error:"
	}
	col := d.Col
	if d.LineOnly {
		col = 0
	}
	loc := location(file, d.Line, col)
	if d.Where != "" {
		loc += ": " + d.Where
	}
	if d.Plain {
		return prefix + " " + d.Message + "\n  " + loc + "\n\n"
	}
	line, ok := sourceLine(src, d.Line)
	if !ok {
		return prefix + " " + d.Message + "\n└─ " + loc + "\n\n"
	}
	digits := len(fmt.Sprint(d.Line))
	spacing := strings.Repeat(" ", max(2, digits)+1)
	lnSpacing := 0
	if digits == 1 {
		lnSpacing = 1
	}
	formatted, trimmed := formatLine(line)
	var highlight string
	mark := "~"
	if d.Severity == Error {
		mark = "^"
	}
	if d.Col == 0 {
		rest, n := trimLine(line)
		highlight = strings.Repeat(" ", n) + strings.Repeat(mark, utf8.RuneCountInString(rest))
	} else {
		span := d.Span
		if span <= 0 {
			span = 1
		}
		highlight = strings.Repeat(" ", max(d.Col-trimmed-1, 0)) + strings.Repeat(mark, span)
	}
	var b strings.Builder
	fmt.Fprintf(&b, " %s%s %s\n", spacing, prefix, padMessage(d.Message, digits, 2+lnSpacing))
	fmt.Fprintf(&b, " %s│\n", spacing)
	fmt.Fprintf(&b, " %s%d │ %s\n", strings.Repeat(" ", lnSpacing), d.Line, formatted)
	fmt.Fprintf(&b, " %s│ %s\n", spacing, highlight)
	fmt.Fprintf(&b, " %s│\n", spacing)
	fmt.Fprintf(&b, " %s└─ %s\n\n", spacing, loc)
	return b.String()
}

// location is "file:line:col", or "file:line" without a column.
func location(file string, line, col int) string {
	if line == 0 {
		return file
	}
	if col == 0 {
		return fmt.Sprintf("%s:%d", file, line)
	}
	return fmt.Sprintf("%s:%d:%d", file, line, col)
}

func sourceLine(src string, n int) (string, bool) {
	if n < 1 {
		return "", false
	}
	lines := strings.Split(src, "\n")
	if n > len(lines) {
		return "", false
	}
	return lines[n-1], true
}

// trimLine drops the line's indentation and says how many columns it
// took (a tab counts 8), as elixir_errors does.
func trimLine(s string) (string, int) {
	n := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ':
			n++
		case '\t':
			n += 8
		default:
			return s[i:], n
		}
	}
	return "", n
}

// formatLine shortens deep indentation to "..." and 19 spaces.
func formatLine(line string) (string, int) {
	if rest, n := trimLine(line); n >= 27 {
		return "..." + strings.Repeat(" ", 19) + rest, n - 22
	}
	return line, 0
}

// padMessage indents the lines after the first of a message, leaving
// empty lines empty.
func padMessage(msg string, digits, padding int) string {
	lines := strings.Split(msg, "\n")
	pad := strings.Repeat(" ", digits+padding)
	var b strings.Builder
	for i, l := range lines {
		if i > 0 {
			b.WriteString("\n")
			if l != "" {
				b.WriteString(pad)
			}
		}
		b.WriteString(l)
	}
	return b.String()
}

// Before returns the diagnostics of ds that Elixir prints before its
// expansion reaches line (see Diagnostic.Before).
func Before(ds []Diagnostic, line int) []Diagnostic {
	var out []Diagnostic
	for _, d := range ds {
		if d.Before > 0 && line > 0 && d.Before <= line {
			out = append(out, d)
		}
	}
	return out
}

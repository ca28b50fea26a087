//go:build ignore

// Command extract pulls the iex> examples out of Elixir source files into
// the doctest data files of this directory.
//
// Usage (from a checkout of elixir-lang/elixir at tag v1.18.4):
//
//	go run extract.go -out . Enum=lib/elixir/lib/enum.ex List=lib/elixir/lib/list.ex ...
//
// Each output file MODULE.txt holds one test per "### Module.fun" header
// (a run of examples not separated by a blank line, as ExUnit.DocTest
// groups them): "iex>" and "...>" lines are the expression, the lines
// after them the expected result.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
)

var (
	docStart = regexp.MustCompile(`^\s*@(doc|moduledoc)\s+(~S)?"""\s*$`)
	defLine  = regexp.MustCompile(`^\s*(def|defmacro|defdelegate|defguard)\s+([a-z_][a-zA-Z0-9_?!]*|[^\s(]+)`)
	prompt   = regexp.MustCompile(`^iex(\(\d+\))?>\s?`)
)

func main() {
	out := flag.String("out", ".", "output directory")
	flag.Parse()
	for _, arg := range flag.Args() {
		mod, path, ok := strings.Cut(arg, "=")
		if !ok {
			fmt.Fprintln(os.Stderr, "arguments are Module=path/to/file.ex")
			os.Exit(2)
		}
		src, err := os.ReadFile(path)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		text, n := extract(mod, string(src))
		if err := os.WriteFile(filepath.Join(*out, mod+".txt"), []byte(text), 0o644); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		fmt.Printf("%s: %d tests\n", mod, n)
	}
}

// doc is one @doc or @moduledoc heredoc and the function it documents.
type doc struct {
	fun   string
	lines []string
}

func extract(mod, src string) (string, int) {
	lines := strings.Split(src, "\n")
	var docs []doc
	for i := 0; i < len(lines); i++ {
		m := docStart.FindStringSubmatch(lines[i])
		if m == nil {
			continue
		}
		raw := m[2] == "~S"
		var body []string
		for i++; i < len(lines) && strings.TrimSpace(lines[i]) != `"""`; i++ {
			l := lines[i]
			if !raw {
				l = unescape(l)
			}
			body = append(body, l)
		}
		d := doc{lines: body, fun: mod}
		if m[1] == "doc" {
			for j := i + 1; j < len(lines); j++ {
				if dm := defLine.FindStringSubmatch(lines[j]); dm != nil {
					d.fun = mod + "." + dm[2]
					break
				}
				if docStart.MatchString(lines[j]) {
					break
				}
			}
		}
		docs = append(docs, d)
	}
	var sb strings.Builder
	n := 0
	for _, d := range docs {
		for _, t := range tests(d.lines) {
			fmt.Fprintf(&sb, "### %s\n%s", d.fun, t)
			n++
		}
	}
	return sb.String(), n
}

// unescape applies the escapes of a non-sigil heredoc that docs use.
func unescape(l string) string {
	var sb strings.Builder
	for i := 0; i < len(l); i++ {
		if l[i] == '\\' && i+1 < len(l) {
			switch l[i+1] {
			case '\\', '"', '#':
				sb.WriteByte(l[i+1])
				i++
				continue
			}
		}
		sb.WriteByte(l[i])
	}
	return sb.String()
}

// tests splits a doc into doctests: runs of prompts and expectations
// separated by blank lines.
func tests(lines []string) []string {
	var out []string
	var cur strings.Builder
	indent := -1
	inTest := false
	flush := func() {
		if cur.Len() > 0 {
			out = append(out, cur.String())
		}
		cur.Reset()
		inTest = false
		indent = -1
	}
	for _, l := range lines {
		trimmed := strings.TrimLeft(l, " ")
		if prompt.MatchString(trimmed) {
			if !inTest {
				flush()
				inTest = true
			}
			indent = len(l) - len(trimmed)
			cur.WriteString("iex> " + prompt.ReplaceAllString(trimmed, "") + "\n")
			continue
		}
		if !inTest {
			continue
		}
		if strings.TrimSpace(l) == "" {
			flush()
			continue
		}
		if strings.HasPrefix(trimmed, "...>") {
			cur.WriteString("...> " + strings.TrimPrefix(strings.TrimPrefix(trimmed, "...>"), " ") + "\n")
			continue
		}
		// An expected line keeps its indentation relative to the prompt.
		if len(l)-len(trimmed) >= indent {
			l = l[indent:]
		} else {
			l = trimmed
		}
		cur.WriteString(l + "\n")
	}
	flush()
	return out
}

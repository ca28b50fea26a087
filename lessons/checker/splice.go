package checker

import (
	"regexp"
	"strconv"
	"strings"
	"sync"

	"github.com/exlite/exlite/parser"
	"github.com/exlite/exlite/parser/ast"
)

// Parsing is most of the cost of a graded run, and every run of a check
// parses the same submission: the Exlite runner parses the submission and
// each scenario's code once, and splices them into the program's tree
// (the scenario's code moved to the lines it has in Program.Source).

// parseCache keeps parsed texts by file name and text. Trees are only
// read once built (the evaluator compiles them without changing them).
// It holds two generations: when the newer is full it becomes the older
// and the older is dropped, so that the texts in use (the scenarios' code,
// the submissions being graded) stay while old submissions go.
type parseCache struct {
	mu         sync.Mutex
	new, old   map[[2]string]parsed
	newBytes   int
	maxEntries int
	maxBytes   int
}

type parsed struct {
	file *ast.File
	err  error
}

var trees = &parseCache{maxEntries: 256, maxBytes: 4 << 20}

func (c *parseCache) parse(name, src string) (*ast.File, error) {
	key := [2]string{name, src}
	if p, ok := c.get(key); ok {
		return p.file, p.err
	}
	f, err := parser.Parse(name, []byte(src))
	c.put(key, parsed{f, err})
	return f, err
}

func (c *parseCache) get(key [2]string) (parsed, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	p, ok := c.new[key]
	if !ok {
		if p, ok = c.old[key]; ok {
			c.addLocked(key, p)
		}
	}
	return p, ok
}

func (c *parseCache) put(key [2]string, p parsed) {
	c.mu.Lock()
	c.addLocked(key, p)
	c.mu.Unlock()
}

func (c *parseCache) addLocked(key [2]string, p parsed) {
	if c.new == nil || len(c.new) >= c.maxEntries || c.newBytes >= c.maxBytes {
		c.old, c.new, c.newBytes = c.new, map[[2]string]parsed{}, 0
	}
	c.new[key] = p
	c.newBytes += len(key[0]) + len(key[1])
}

// parseProgram parses p.Source(), reusing the trees of the submission and
// of the scenario's code.
func parseProgram(p Program) (*ast.File, error) {
	sub, err := trees.parse(p.File, p.Submission)
	if err != nil || p.Run == "" {
		return sub, err
	}
	// A scenario runs under several seeds: its program is spliced once.
	key := [2]string{p.File + "\x00" + p.Run, p.Submission}
	if f, ok := trees.get(key); ok {
		return f.file, f.err
	}
	f, err := splice(p, sub)
	trees.put(key, parsed{f, err})
	return f, err
}

// splice builds p's program from the submission's tree and the
// scenario's.
func splice(p Program, sub *ast.File) (*ast.File, error) {
	src := p.Source()
	run, err := trees.parse(p.File, p.Run)
	if err != nil {
		// Let the whole program's parse report it at its real line.
		return parser.Parse(p.File, []byte(src))
	}
	// The scenario's code starts after the submission and a blank line.
	offset := int32(strings.Count(strings.TrimSuffix(p.Submission, "\n")+"\n", "\n") + 1)
	// Submissions of as many lines share the scenario's moved tree.
	key := [2]string{"\x00moved\x00" + p.File + "\x00" + p.Run, strconv.Itoa(int(offset))}
	moved, ok := trees.get(key)
	if !ok {
		moved = parsed{file: &ast.File{Root: shift(run.Root, offset)}}
		trees.put(key, moved)
	}
	shifted := moved.file.Root
	// A new slice: the submission's tree is shared, and must not be
	// appended to.
	subItems, runItems := blockItems(sub.Root), blockItems(shifted)
	exprs := append(append(make([]ast.Node, 0, len(subItems)+len(runItems)), subItems...), runItems...)
	var root ast.Node
	switch {
	case sub.Root == nil:
		root = shifted
	case shifted == nil:
		root = sub.Root
	default:
		// The block starts where the file's text does.
		pos := textStart(p.Submission)
		root = &ast.Call{Pos: pos, Fun: ast.Atom(pos, "__block__"), Args: exprs}
	}
	return &ast.File{Name: p.File, Source: src, Root: root}, nil
}

// maxCached bounds the caches of test files.
const maxCached = 64

// blockItems returns the expressions of a file's root.
func blockItems(n ast.Node) []ast.Node {
	if n == nil {
		return nil
	}
	if c, ok := n.(*ast.Call); ok {
		if name, _ := c.CallName(); name == "__block__" {
			return c.Args
		}
	}
	return []ast.Node{n}
}

// shift copies a tree with every position moved down by lines.
func shift(n ast.Node, lines int32) ast.Node {
	move := func(p ast.Pos) ast.Pos {
		if p.Line > 0 {
			p.Line += lines
		}
		return p
	}
	switch n := n.(type) {
	case *ast.Lit:
		c := *n
		c.Pos = move(c.Pos)
		return &c
	case *ast.Var:
		c := *n
		c.Pos = move(c.Pos)
		return &c
	case *ast.List:
		c := *n
		c.Pos = move(c.Pos)
		c.Items = shiftAll(n.Items, lines)
		return &c
	case *ast.Pair:
		c := *n
		c.Pos = move(c.Pos)
		c.Left, c.Right = shift(n.Left, lines), shift(n.Right, lines)
		return &c
	case *ast.Call:
		c := *n
		c.Pos = move(c.Pos)
		c.Meta.End = move(c.Meta.End)
		c.Fun = shift(n.Fun, lines)
		c.Args = shiftAll(n.Args, lines)
		return &c
	}
	return n
}

func shiftAll(ns []ast.Node, lines int32) []ast.Node {
	if ns == nil {
		return nil
	}
	out := make([]ast.Node, len(ns))
	for i, n := range ns {
		out[i] = shift(n, lines)
	}
	return out
}

// textStart is the position of the first token of src: its first
// character that is neither blank nor in a comment.
func textStart(src string) ast.Pos {
	for i := 1; ; i++ {
		line, rest, more := strings.Cut(src, "\n")
		trimmed := strings.TrimLeft(line, " \t\r")
		if trimmed != "" && !strings.HasPrefix(trimmed, "#") {
			return ast.Pos{Line: int32(i), Col: int32(len(line)-len(trimmed)) + 1}
		}
		if !more {
			return ast.Pos{Line: 1, Col: 1}
		}
		src = rest
	}
}

// scenarioFile is the name under which the lines of a scenario's code
// appear in a report: the program is the submission followed by that
// code, and a line past the submission's end would puzzle a learner.
const scenarioFile = "scenario.exs"

// positionIn matches the positions "file:N" that messages give in file (not
// in a longer name ending with it): group 1 is what precedes the name, group
// 2 the line.
func positionIn(file string) *regexp.Regexp {
	return regexp.MustCompile(`(^|[^\w./-])` + regexp.QuoteMeta(file) + `:([0-9]+)`)
}

// scenarioLines rewrites the positions FILE:N of text that fall in the
// scenario's code of p (appended to the submission after a blank line) as
// scenario.exs:M, M counting from the scenario's first line; the
// submission's own lines are left as they are.
func scenarioLines(text string, p Program) string {
	if p.Run == "" || p.File == "" || !strings.Contains(text, p.File+":") {
		return text
	}
	offset := strings.Count(strings.TrimSuffix(p.Submission, "\n")+"\n", "\n") + 1
	re := positionIn(p.File)
	return re.ReplaceAllStringFunc(text, func(m string) string {
		sub := re.FindStringSubmatch(m)
		n, err := strconv.Atoi(sub[2])
		if err != nil || n <= offset {
			return m
		}
		return sub[1] + scenarioFile + ":" + strconv.Itoa(n-offset)
	})
}

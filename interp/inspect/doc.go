package inspect

import (
	"math"

	"github.com/exlite/exlite/interp/rt"
	"strings"
	"unicode/utf8"
)

// Doc is a document of Elixir's document algebra (Inspect.Algebra): the
// Strictly Pretty printer of Lindig with Elixir's additions (flex breaks,
// group modes, next_break_fits, force_unfit, collapse_lines, no_limit).
// Build documents with the constructors below and render them with Format.
// A Doc is immutable and may be shared.
type Doc interface{ isDoc() }

// Infinity is the width (or limit) meaning "no limit".
const Infinity = math.MaxInt

type (
	docNil  struct{}
	docLine struct{}
	// docText is a binary: its width is its byte size, as in Elixir.
	docText string
	// docString is measured by its length in characters.
	docString struct {
		s string
		n int
	}
	docCons struct{ left, right Doc }
	docNest struct {
		doc Doc
		// indent is the extra indentation, or nestCursor / nestReset.
		indent int
		// onBreak is true for nest(doc, level, :break).
		onBreak bool
	}
	docBreak struct {
		s    string
		flex bool
	}
	docGroup struct {
		doc     Doc
		inherit bool
	}
	docFits struct {
		doc     Doc
		enabled bool
	}
	docForce    struct{ doc Doc }
	docCollapse struct{ max int }
	docColor    struct {
		doc   Doc
		color string
	}
	// docLimit switches the width: Infinity for no_limit, or back to w.
	docLimit struct {
		doc   Doc
		width int
	}
)

func (docNil) isDoc()      {}
func (docLine) isDoc()     {}
func (docText) isDoc()     {}
func (docString) isDoc()   {}
func (docCons) isDoc()     {}
func (docNest) isDoc()     {}
func (docBreak) isDoc()    {}
func (docGroup) isDoc()    {}
func (docFits) isDoc()     {}
func (docForce) isDoc()    {}
func (docCollapse) isDoc() {}
func (docColor) isDoc()    {}
func (docLimit) isDoc()    {}

const (
	nestCursor = -1
	nestReset  = -2
)

// Empty is the empty document (:doc_nil).
func Empty() Doc { return docNil{} }

// Text is a document holding s, measured by its byte size (an Elixir
// binary used as a document).
func Text(s string) Doc { return docText(s) }

// String is a document holding s, measured by its number of characters
// (Inspect.Algebra.string/1).
func String(s string) Doc { return docString{s, utf8.RuneCountInString(s)} }

// Concat joins documents.
func Concat(docs ...Doc) Doc {
	switch len(docs) {
	case 0:
		return docNil{}
	case 1:
		return docs[0]
	}
	d := docs[len(docs)-1]
	for i := len(docs) - 2; i >= 0; i-- {
		d = docCons{docs[i], d}
	}
	return d
}

// Nest indents the lines broken inside doc by level more columns.
func Nest(doc Doc, level int) Doc {
	if level == 0 {
		return doc
	}
	return docNest{doc: doc, indent: level}
}

// NestOnBreak is nest(doc, level, :break): it indents only when the
// enclosing group is broken.
func NestOnBreak(doc Doc, level int) Doc {
	if level == 0 {
		return doc
	}
	return docNest{doc: doc, indent: level, onBreak: true}
}

// NestCursor is nest(doc, :cursor): lines inside doc indent to the column
// where doc starts.
func NestCursor(doc Doc) Doc { return docNest{doc: doc, indent: nestCursor} }

// NestReset is nest(doc, :reset): lines inside doc start at column 0.
func NestReset(doc Doc) Doc { return docNest{doc: doc, indent: nestReset} }

// Break is a strict break: rendered as s when its group fits, else as a
// newline.
func Break(s string) Doc { return docBreak{s: s} }

// FlexBreak is a flex break: re-evaluated where it occurs, it becomes a
// newline only when the rest up to the next break does not fit.
func FlexBreak(s string) Doc { return docBreak{s: s, flex: true} }

// Glue is concat(a, break(s), b).
func Glue(a Doc, s string, b Doc) Doc { return docCons{a, docCons{docBreak{s: s}, b}} }

// FlexGlue is concat(a, flex_break(s), b).
func FlexGlue(a Doc, s string, b Doc) Doc {
	return docCons{a, docCons{docBreak{s: s, flex: true}, b}}
}

// Group makes doc a group: rendered flat when it fits, broken otherwise.
func Group(doc Doc) Doc { return docGroup{doc: doc} }

// GroupInherit is group(doc, :inherit): it breaks when its parent broke.
func GroupInherit(doc Doc) Doc { return docGroup{doc: doc, inherit: true} }

// Space is concat(a, " ", b).
func Space(a, b Doc) Doc { return docCons{a, docCons{docText(" "), b}} }

// Line is a mandatory line break.
func Line() Doc { return docLine{} }

// LineBetween is concat(a, line(), b).
func LineBetween(a, b Doc) Doc { return docCons{a, docCons{docLine{}, b}} }

// NextBreakFits is next_break_fits(doc, mode): when enabled, the next
// break in doc is considered to fit.
func NextBreakFits(doc Doc, enabled bool) Doc { return docFits{doc: doc, enabled: enabled} }

// ForceUnfit makes the enclosing group break.
func ForceUnfit(doc Doc) Doc { return docForce{doc: doc} }

// CollapseLines collapses the newlines and indentation that follow into
// at most max newlines.
func CollapseLines(max int) Doc { return docCollapse{max: max} }

// Color prefixes doc with an ANSI escape sequence.
func Color(doc Doc, color string) Doc { return docColor{doc: doc, color: color} }

// NoLimit renders doc as if the width were infinite.
func NoLimit(doc Doc) Doc { return docLimit{doc: doc, width: Infinity} }

// Fold folds docs from the right with f (Inspect.Algebra.fold/2).
func Fold(docs []Doc, f func(doc, acc Doc) Doc) Doc {
	if len(docs) == 0 {
		return docNil{}
	}
	acc := docs[len(docs)-1]
	for i := len(docs) - 2; i >= 0; i-- {
		acc = f(docs[i], acc)
	}
	return acc
}

// IsEmpty reports whether d is the empty document.
func IsEmpty(d Doc) bool {
	_, ok := d.(docNil)
	return ok
}

// mode is how an entry of the printer's stack renders its breaks.
type mode uint8

const (
	modeFlat mode = iota
	modeFlatNoBreak
	modeBreak
	modeBreakNoFlat
	// modeTail marks the end of a group inside fits: it restores the
	// "seen a break" flag of the enclosing level.
	modeTail
	// modeWidth restores the width after a no_limit document.
	modeWidth
)

type entry struct {
	indent int
	mode   mode
	doc    Doc
	// flag is the saved break flag of a modeTail entry, width is the
	// saved width of a modeWidth entry.
	flag  bool
	width int
}

type fitResult uint8

const (
	fit fitResult = iota
	noFit
	breakNext
)

// Format renders doc at the given width (Infinity, or any negative
// width, for none) as
// Inspect.Algebra.format/2 does.
func Format(doc Doc, width int) string { return format(doc, width, nil) }

// FormatIn is Format charging its work and its output to the process of
// env, as Inspect does (meter.go): Inspect.Algebra.format/2 of a program.
func FormatIn(env rt.Env, doc Doc, width int) string {
	m := newMeter(env)
	defer m.release()
	return format(doc, width, m)
}

// format is Format with the work charged to m (nil: to no one).
func format(doc Doc, width int, m *meter) string {
	if width < 0 {
		width = Infinity
	}
	p := printer{w: width, m: m}
	p.run(doc)
	return p.finish()
}

type pendingCollapse struct {
	max, count, indent int
}

type printer struct {
	w     int
	out   strings.Builder
	stack []entry
	// collapses are collapse_lines documents still swallowing newlines,
	// innermost last.
	collapses []pendingCollapse
	// scratch is the reusable stack of fits.
	scratch []entry
	// m is charged for the work and the output (nil: no one).
	m *meter
}

// write adds s to the output. The meter counts the output's buffer as it
// grows (by doubling: the larger buffer is counted before it is made).
func (p *printer) write(s string) {
	for len(p.collapses) > 0 {
		c := &p.collapses[len(p.collapses)-1]
		switch {
		case s == "":
			return
		case s[0] == '\n':
			c.count++
			return
		}
		p.collapses = p.collapses[:len(p.collapses)-1]
		p.flushCollapse(c)
	}
	if p.m != nil && p.out.Len()+len(s) > p.out.Cap() {
		c := 2*p.out.Cap() + len(s)
		p.m.grow(c - p.out.Cap())
		p.out.Grow(c - p.out.Len())
	}
	p.out.WriteString(s)
}

func (p *printer) flushCollapse(c *pendingCollapse) {
	p.m.grow(min(c.max, c.count) + c.indent)
	s := strings.Repeat("\n", min(c.max, c.count)) + strings.Repeat(" ", c.indent)
	p.write(s)
}

func (p *printer) finish() string {
	for len(p.collapses) > 0 {
		c := p.collapses[len(p.collapses)-1]
		p.collapses = p.collapses[:len(p.collapses)-1]
		p.flushCollapse(&c)
	}
	return p.out.String()
}

// newline is a line break and the indentation i of the next line; it
// counts them as output made first (an indentation can be as large as
// a program's nest/2 asks).
func (p *printer) newline(i int) string {
	p.m.grow(i + 1)
	if i == 0 {
		return "\n"
	}
	return "\n" + strings.Repeat(" ", i)
}

func applyNesting(i, k, j int) int {
	switch j {
	case nestCursor:
		return k
	case nestReset:
		return 0
	}
	return i + j
}

func (p *printer) run(doc Doc) {
	k := 0
	p.stack = append(p.stack[:0], entry{mode: modeFlat, doc: doc})
	for len(p.stack) > 0 {
		e := p.stack[len(p.stack)-1]
		p.stack = p.stack[:len(p.stack)-1]
		p.m.step(1)
		i, m := e.indent, e.mode
		if m == modeWidth {
			p.w = e.width
			continue
		}
		switch d := e.doc.(type) {
		case docNil:
		case docLine:
			p.write(p.newline(i))
			k = i
		case docCons:
			p.stack = append(p.stack, entry{indent: i, mode: m, doc: d.right}, entry{indent: i, mode: m, doc: d.left})
		case docColor:
			p.write(d.color)
			p.stack = append(p.stack, entry{indent: i, mode: m, doc: d.doc})
		case docString:
			p.write(d.s)
			k += d.n
		case docText:
			p.write(string(d))
			k += len(d)
		case docForce:
			p.stack = append(p.stack, entry{indent: i, mode: m, doc: d.doc})
		case docFits:
			if m == modeFlatNoBreak && d.enabled {
				m = modeBreakNoFlat
			}
			p.stack = append(p.stack, entry{indent: i, mode: m, doc: d.doc})
		case docCollapse:
			p.collapses = append(p.collapses, pendingCollapse{max: d.max, indent: i})
			k = i
		case docBreak:
			if d.flex {
				k += len(d.s)
				if p.w == Infinity || m == modeFlat || p.fits(k, true, nil, true) != noFit {
					p.write(d.s)
				} else {
					p.write(p.newline(i))
					k = i
				}
			} else if m == modeBreak {
				p.write(p.newline(i))
				k = i
			} else {
				p.write(d.s)
				k += len(d.s)
			}
		case docNest:
			if !d.onBreak || m == modeBreak {
				i = applyNesting(i, k, d.indent)
			}
			p.stack = append(p.stack, entry{indent: i, mode: m, doc: d.doc})
		case docGroup:
			switch {
			case m == modeBreak && d.inherit, m == modeBreakNoFlat:
				p.stack = append(p.stack, entry{indent: i, mode: modeBreak, doc: d.doc})
			default:
				r := fit
				if p.w != Infinity {
					r = p.fits(k, false, &entry{indent: i, mode: modeFlat, doc: d.doc}, false)
				}
				nm := modeFlat
				switch r {
				case noFit:
					nm = modeBreak
				case breakNext:
					nm = modeFlatNoBreak
				}
				p.stack = append(p.stack, entry{indent: i, mode: nm, doc: d.doc})
			}
		case docLimit:
			if d.width == Infinity && p.w != Infinity {
				p.stack = append(p.stack, entry{mode: modeWidth, width: p.w}, entry{indent: i, mode: modeFlat, doc: d.doc})
				p.w = Infinity
			} else {
				p.w = d.width
				p.stack = append(p.stack, entry{indent: i, mode: m, doc: d.doc})
			}
		}
	}
}

// fits reports whether the entries fit in the remaining width, starting at
// column k; b is whether a break was already seen. It checks first (when
// not nil) and then, with rest, continues into the printer's own stack.
func (p *printer) fits(k int, b bool, first *entry, rest bool) fitResult {
	local := p.scratch[:0]
	if first != nil {
		local = append(local, *first)
	}
	defer func() { p.scratch = local[:0] }()
	w := p.w
	next := len(p.stack) - 1 // next entry of the printer's stack to read
	onNoFit := noFit
	for {
		p.m.step(1)
		if b && k > w {
			return onNoFit
		}
		var e entry
		if n := len(local); n > 0 {
			e = local[n-1]
			local = local[:n-1]
		} else if rest && next >= 0 {
			e = p.stack[next]
			next--
		} else {
			return fit
		}
		i, m := e.indent, e.mode
		switch m {
		case modeTail:
			b = e.flag
			continue
		case modeWidth:
			w = e.width
			continue
		}
		switch d := e.doc.(type) {
		case docFits:
			switch {
			case !d.enabled, m == modeFlatNoBreak:
				local = append(local, entry{indent: i, mode: modeFlatNoBreak, doc: d.doc})
			default:
				local = append(local, entry{indent: i, mode: modeBreakNoFlat, doc: d.doc})
			}
			continue
		case docForce:
			if m == modeBreakNoFlat {
				local = append(local, entry{indent: i, mode: modeBreakNoFlat, doc: d.doc})
				continue
			}
			return onNoFit
		}
		if m == modeBreakNoFlat {
			switch e.doc.(type) {
			case docLine, docBreak:
				// Check the rest as flat; a failure means the break
				// after this one must break instead.
				onNoFit = breakNext
				m = modeFlat
			}
		}
		if m == modeBreak {
			switch d := e.doc.(type) {
			case docBreak, docLine:
				return fit
			case docGroup:
				local = append(local, entry{mode: modeTail, flag: b}, entry{indent: i, mode: modeFlat, doc: d.doc})
				continue
			}
		}
		switch d := e.doc.(type) {
		case docLine:
			k, b = i, false
		case docNil:
		case docCollapse:
			k = i
		case docColor:
			local = append(local, entry{indent: i, mode: m, doc: d.doc})
		case docString:
			k += d.n
		case docText:
			k += len(d)
		case docBreak:
			k += len(d.s)
			b = true
		case docNest:
			if !d.onBreak {
				i = applyNesting(i, k, d.indent)
			}
			local = append(local, entry{indent: i, mode: m, doc: d.doc})
		case docCons:
			local = append(local, entry{indent: i, mode: m, doc: d.right}, entry{indent: i, mode: m, doc: d.left})
		case docGroup:
			local = append(local, entry{mode: modeTail, flag: b}, entry{indent: i, mode: m, doc: d.doc})
		case docLimit:
			if d.width == Infinity && w != Infinity {
				local = append(local, entry{mode: modeWidth, width: w}, entry{indent: i, mode: modeFlat, doc: d.doc})
				w = Infinity
			} else {
				w = d.width
				local = append(local, entry{indent: i, mode: m, doc: d.doc})
			}
		}
	}
}

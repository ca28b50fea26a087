package parser

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/antlr4-go/antlr/v4"

	"github.com/exlite/exlite/parser/gen"
)

// TestFastPredictDecisions checks that the decision numbers of predict.go
// are still the loops and optional part it means, and firstExpr the
// tokens that start an expr, after a change of the grammar.
func TestFastPredictDecisions(t *testing.T) {
	atn := gen.NewElixirParser(nil).GetATN()
	for _, d := range []struct {
		decision, rule, stateType int
	}{
		{decExprList, gen.ElixirParserRULE_exprList, antlr.ATNStateStarLoopEntry},
		{decPostfix, gen.ElixirParserRULE_postfix, antlr.ATNStateBlockStart},
		{decCallArgs, gen.ElixirParserRULE_callArgs, antlr.ATNStateStarLoopEntry},
		{decCallArgsKw, gen.ElixirParserRULE_callArgs, antlr.ATNStateBlockStart},
		{decStabBody, gen.ElixirParserRULE_stabBody, antlr.ATNStateStarLoopEntry},
		{decStabItem, gen.ElixirParserRULE_stabItem, antlr.ATNStateStarLoopEntry},
		{decNpArgsLoop, gen.ElixirParserRULE_npArgs, antlr.ATNStateStarLoopEntry},
		{decNpArgsKw, gen.ElixirParserRULE_npArgs, antlr.ATNStateBlockStart},
		{decKwListLoop, gen.ElixirParserRULE_kwList, antlr.ATNStateStarLoopEntry},
	} {
		s := atn.DecisionToState[d.decision]
		if s.GetRuleIndex() != d.rule || s.GetStateType() != d.stateType {
			t.Errorf("decision %d is in rule %d, state type %d; predict.go expects rule %d, type %d",
				d.decision, s.GetRuleIndex(), s.GetStateType(), d.rule, d.stateType)
		}
	}
	// npArgs' first decision chooses between an expr and a kwList.
	var first *antlr.IntervalSet
	for i, s := range atn.DecisionToState {
		if s.GetRuleIndex() == gen.ElixirParserRULE_npArgs && s.GetStateType() == antlr.ATNStateBlockStart &&
			i != decNpArgsKw {
			first = atn.NextTokens(s, nil)
			break
		}
	}
	if first == nil {
		t.Fatal("npArgs has no block of alternatives")
	}
	var starts tokenBits
	for _, iv := range first.GetIntervals() {
		for tt := iv.Start; tt < iv.Stop; tt++ {
			if !isKwStart(tt) {
				starts[tt/64] |= 1 << (tt % 64)
			}
		}
	}
	for tt := 0; tt < 256; tt++ {
		want := starts.has(tt)
		if firstExpr.has(tt) != want {
			t.Errorf("token type %d: in firstExpr %v, starts an expr %v", tt, firstExpr.has(tt), want)
		}
	}
}

// TestFastPredictAgrees parses every program of the repository, and
// broken variants of each (a comma, a keyword, a newline or a closing
// bracket inserted, a character deleted), with fastPredict and with
// ANTLR's prediction alone: the trees must be the same, and so must the
// verdict (a syntax error or not). Where the input has a syntax error
// inside the lookahead, ANTLR's prediction takes the way out of the rule
// and reports the error at the comma that starts the lookahead; the
// parser with fastPredict reports it where it is, as Elixir does
// (TestFastPredictErrorPositions), so its error may only come later.
func TestFastPredictAgrees(t *testing.T) {
	var files []string
	for _, pattern := range []string{"../tests/*/*.exs", "testdata/*.exs", "../examples/*.exs", "../lessons/*/*/*.exs",
		"../interp/*/*.ex"} {
		m, _ := filepath.Glob(pattern)
		files = append(files, m...)
	}
	defer func() { gen.FastPredict = fastPredict }()
	parse := func(src []byte, fast bool) (any, *SyntaxError) {
		gen.FastPredict = nil
		if fast {
			gen.FastPredict = fastPredict
		}
		f, err := Parse("agree.exs", src)
		if err != nil {
			se, ok := err.(*SyntaxError)
			if !ok {
				t.Fatalf("not a *SyntaxError: %v", err)
			}
			return nil, se
		}
		return f.Root, nil
	}
	rng := rand.New(rand.NewPCG(1, 2))
	inserts := []string{",", ", ", ", x: 1", " y: 2,", "\n", ")", "]", " end", ", )", ",\n"}
	variants := 8
	if testing.Short() {
		variants = 2
	}
	checked, broken, later := 0, 0, 0
	for _, file := range files {
		src, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		srcs := [][]byte{src}
		for i := 0; i < variants && len(src) > 0; i++ {
			pos := rng.IntN(len(src))
			var v []byte
			if i%4 == 3 {
				v = append(append([]byte{}, src[:pos]...), src[pos+1:]...)
			} else {
				ins := inserts[rng.IntN(len(inserts))]
				v = append(append(append([]byte{}, src[:pos]...), ins...), src[pos:]...)
			}
			srcs = append(srcs, v)
		}
		for _, s := range srcs {
			fastTree, fastErr := parse(s, true)
			slowTree, slowErr := parse(s, false)
			checked++
			switch {
			case (fastErr == nil) != (slowErr == nil):
				t.Errorf("%s: fastPredict and ANTLR disagree on whether this parses (fast %v, ANTLR %v):\n%s",
					file, fastErr, slowErr, s)
			case fastErr == nil:
				if !reflect.DeepEqual(fastTree, slowTree) {
					t.Errorf("%s: fastPredict and ANTLR build different trees for:\n%s", file, s)
				}
			default:
				broken++
				fl, fc := fastErr.Line, fastErr.Column
				sl, sc := slowErr.Line, slowErr.Column
				if fl < sl || fl == sl && fc < sc {
					t.Errorf("%s: fastPredict reports an error before ANTLR does:\n%s\nfast: %s\nANTLR: %s",
						file, s, fastErr.Render(), slowErr.Render())
				} else if fastErr.Render() != slowErr.Render() {
					later++
				}
			}
		}
	}
	t.Logf("%d sources (%d with a syntax error) parse the same with fastPredict and without; %d errors are reported later, where they are",
		checked, broken, later)
}

// TestFastPredictErrorPositions checks where a syntax error inside a call
// without parentheses or a keyword list is reported: where it is, as
// Elixir reports it (recorded from `elixir`), not at the comma before the
// argument or keyword that holds it.
func TestFastPredictErrorPositions(t *testing.T) {
	for _, c := range []struct {
		src          string
		line, column int
		description  string
	}{
		{"x = 1\nif x, do: foo({, :a, 1})\n", 2, 16, "syntax error before: ','"},
		{"IO.puts \"a\", b: [1, , 2]\n", 1, 21, "syntax error before: ','"},
		{"foo a, b: 1, c: bar(1, , 2)\n", 1, 24, "syntax error before: ','"},
	} {
		_, err := Parse("pos.exs", []byte(c.src))
		se, ok := err.(*SyntaxError)
		if !ok {
			t.Errorf("%q: got %v, want a syntax error", c.src, err)
			continue
		}
		if se.Line != c.line || se.Column != c.column || se.Description != c.description {
			t.Errorf("%q: error at %d:%d %q, want %d:%d %q", c.src, se.Line, se.Column, se.Description,
				c.line, c.column, c.description)
		}
	}
}

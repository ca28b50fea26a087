package gen

// This file is written by hand (grammar/generate.sh does not touch it):
// the generated parser asks p.adaptivePredict instead of ANTLR's
// AdaptivePredict for every decision that needs more than one token of
// lookahead (generate.sh rewrites the calls).

// FastPredict, when set, makes some of the parser's decisions without
// ANTLR's adaptive prediction: it returns the alternative to take, or 0
// to leave the decision to ANTLR. Package parser sets it (predict.go).
var FastPredict func(p *ElixirParser, decision int) int

// adaptivePredict makes decision at the current token: FastPredict's
// answer when it has one, ANTLR's adaptive prediction otherwise.
func (p *ElixirParser) adaptivePredict(decision int) int {
	if FastPredict != nil {
		if alt := FastPredict(p, decision); alt != 0 {
			return alt
		}
	}
	return p.GetInterpreter().AdaptivePredict(p.BaseParser, p.GetTokenStream(), decision, p.GetParserRuleContext())
}

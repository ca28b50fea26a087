// ElixirParser parses the token stream of ElixirLexer after the token
// filter of parser/ (tokens.go) has classified identifiers, folded
// newlines into EOE and told apart the `do` of a call without
// parentheses (DO_NP) from the `do` of the call right before it (DO).
//
// An expression is a flat sequence of operands and binary operators:
// the builder (precedence.go) groups it by Elixir's precedence and
// associativity (elixir_parser.yrl). Keeping precedence out of the
// grammar keeps every decision to one or two tokens of lookahead and
// gives ANTLR no precedence DFAs to build: the first parse in a process
// is several times faster than with one left-recursive rule, and the
// parse tree has no node per operator.
parser grammar ElixirParser;

options { tokenVocab = ElixirLexer; }

file
    : EOE? (exprList EOE?)? EOF
    ;

exprList
    : expr (EOE expr)*
    ;

// An expression is prefix operators, an operand, and either the rest of
// the expression after a binary operator, keywords after `when`
// (`x when a: 1`), or a remote call without parentheses; or it is prefix
// operators and a call without parentheses. An operand is a primary and
// its postfix parts (calls on it, access, a do-block). The commonest
// primaries (names, aliases, atoms, integers, booleans, nil) are tokens
// here: that saves two parse tree nodes each. The builder
// (precedence.go) flattens the chain into a sequence of operands and
// operators and groups it by Elixir's precedence.
//
// A call without parentheses ends the expression: its last argument takes
// whatever follows (`foo a + b` is foo(a + b), `foo a.b` is foo(a.b)).
// With the token filter's NP_DOT, WHEN_KW and BAR_KW, this keeps every
// decision of the rule to one token, which ANTLR then makes without
// prediction.
expr
    : (PLUS | MINUS | BANG | CARET | NOT | TILDE3 | AMP | AT)*
      ( (IDENT | ALIAS | ATOM | INT | TRUE | FALSE | NIL | primary) postfix*
        ( ( POWER_OP | MULT | DIV | PLUS | MINUS | CONCAT_OP | RANGE_OP | TERNARY_OP | XOR_OP
          | IN | NOT_IN | PIPE_OP | ARROW_OP | REL_OP | COMP_OP | AND_OP | AND | OR_OP | OR
          | MATCH_OP | ASSOC_OP | BAR | TYPE_OP | WHEN | LARROW | DEFAULT_OP ) expr
        | WHEN_KW kwList
        | remoteNoParens
        )?
      | noParensCall
      )
    ;

noParensCall
    : NP_IDENT npArgs
    ;

remoteNoParens
    : NP_DOT NP_IDENT npArgs
    ;

postfix
    : DOT CALL_LPAREN callArgs? RPAREN                          # AnonCall
    | DOT name=(IDENT | CALL_IDENT | OP_IDENT) (parenArgs parenArgs?)? # RemoteCall
    | DOT str parenArgs                                         # QuotedRemoteCall
    | DOT NP_DO_IDENT npArgs npDoBlock                          # RemoteNoParensDo
    | DOT ALIAS                                                 # AliasDot
    | DOT LBRACE EOE? callArgs? RBRACE                          # MultiAlias
    | ACCESS_LBRACKET EOE? expr RBRACKET                        # Access
    | doBlock                                                   # DoCall
    ;

primary
    : CALL_IDENT parenArgs parenArgs?                           # LocalCall
    | NP_DO_IDENT npArgs npDoBlock                              # NoParensDoCall
    | tok=(HEX | OCTAL | BINARY)                                # Integer
    | FLOAT                                                     # Float
    | CHAR                                                      # Char
    | CAPTURE_INT                                               # CaptureInt
    | RANGE_OP                                                  # NullaryRange
    | str                                                       # String
    | RAW_SIGIL                                                 # RawSigil
    | LBRACKET EOE? callArgs? RBRACKET                          # List
    | LBRACE EOE? callArgs? RBRACE                              # Tuple
    | PERCENT structName? LBRACE EOE? mapBody? RBRACE           # Map
    | LTLT EOE? callArgs? GTGT                                  # Bitstring
    | FN EOE? stabBody END                                      # Fn
    | LPAREN EOE? stabBody? RPAREN                              # Paren
    ;

structName
    : AT IDENT
    | (ALIAS | IDENT) (DOT ALIAS)*
    ;

str
    : open=(STR_START | CHARLIST_START | QATOM_START | QATOM_SQ_START
            | HEREDOC_START | CHAR_HEREDOC_START
            | SIGIL_PAREN_START | SIGIL_BRACK_START | SIGIL_CURLY_START
            | SIGIL_ANGLE_START | SIGIL_SLASH_START | SIGIL_PIPE_START
            | SIGIL_DQ_START | SIGIL_SQ_START
            | SIGIL_HEREDOC_START | SIGIL_CHAR_HEREDOC_START)
      strPart*
      close=(STR_END | HD_END | SIGIL_END | SIGIL_HEREDOC_END)
    ;

strPart
    : STR_TEXT
    | STR_INTERP EOE? (exprList EOE?)? RBRACE
    ;

parenArgs
    : CALL_LPAREN callArgs? RPAREN
    ;

// Arguments in parentheses, list and tuple items: expressions, then
// keyword pairs; a trailing comma is allowed.
callArgs
    : expr (COMMA EOE? expr)* (COMMA EOE? kwList)? COMMA? EOE?
    | kwList COMMA? EOE?
    ;

npArgs
    : expr (COMMA expr)* (COMMA kwList)?
    | kwList
    ;

kwList
    : kwPair (COMMA EOE? kwPair)*
    ;

kwPair
    : kwKey EOE? expr
    ;

kwKey
    : KW
    | KW_STR_START strPart* STR_KW_END
    ;

// The first item decides: `m | k: v` updates, anything else is a pair
// list. Kept LL(1) so that nested maps need no long lookahead.
mapBody
    : first=expr ( BAR_KW EOE? updates=kwList COMMA? EOE?
                 | (COMMA EOE? rest+=expr)* (COMMA EOE? kw=kwList)? COMMA? EOE? )
    | kw=kwList COMMA? EOE?
    ;

doBlock
    : DO blockBody END
    ;

npDoBlock
    : DO_NP blockBody END
    ;

blockBody
    : EOE? stabBody? blockSection*
    ;

blockSection
    : label=(ELSE | AFTER | CATCH | RESCUE) EOE? stabBody?
    ;

stabBody
    : stabItem (EOE stabItem)* EOE?
    ;

// A clause (head -> body) or a plain expression.
stabItem
    : arrow=STAB_OP body=expr?
    | head+=expr (COMMA head+=expr)* (COMMA kwList)? (arrow=STAB_OP body=expr?)?
    ;

// ElixirParser parses the token stream of ElixirLexer after the token
// filter of parser/ (tokens.go) has classified identifiers, folded
// newlines into EOE and told apart the `do` of a call without
// parentheses (DO_NP) from the `do` of the call right before it (DO).
//
// expr is one left-recursive rule whose alternatives come in Elixir's
// precedence order, highest first (elixir_parser.yrl), followed by the
// primary expressions (kept in the same rule: one parse tree node less
// for every leaf).
parser grammar ElixirParser;

options { tokenVocab = ElixirLexer; }

file
    : EOE? (exprList EOE?)? EOF
    ;

exprList
    : expr (EOE expr)*
    ;

expr
    : AT expr                                                        # At
    | expr DOT CALL_LPAREN callArgs? RPAREN                          # AnonCall
    | expr DOT name=(IDENT | OP_IDENT) parenArgs parenArgs?          # RemoteCall
    | expr DOT str parenArgs                                         # QuotedRemoteCall
    | expr DOT NP_IDENT npArgs                                       # RemoteNoParens
    | expr DOT NP_DO_IDENT npArgs npDoBlock                          # RemoteNoParensDo
    | expr DOT ALIAS                                                 # AliasDot
    | expr DOT LBRACE EOE? callArgs? RBRACE                          # MultiAlias
    | expr DOT name=(IDENT | OP_IDENT)                               # RemoteNoArgs
    | expr ACCESS_LBRACKET EOE? expr RBRACKET                        # Access
    | expr doBlock                                                   # DoCall
    | op=(PLUS | MINUS | BANG | CARET | NOT | TILDE3) expr           # Unary
    | expr op=POWER_OP expr                                          # Binary
    | expr op=(MULT | DIV) expr                                      # Binary
    | expr op=(PLUS | MINUS) expr                                    # Binary
    | <assoc=right> expr op=(CONCAT_OP | RANGE_OP) expr              # Binary
    | <assoc=right> expr op=TERNARY_OP expr                          # Binary
    | expr op=XOR_OP expr                                            # Binary
    | expr op=(IN | NOT_IN) expr                                     # Binary
    | expr op=(PIPE_OP | ARROW_OP) expr                              # Binary
    | expr op=REL_OP expr                                            # Binary
    | expr op=COMP_OP expr                                           # Binary
    | expr op=(AND_OP | AND) expr                                    # Binary
    | expr op=(OR_OP | OR) expr                                      # Binary
    | <assoc=right> expr op=MATCH_OP expr                            # Binary
    | AMP expr                                                       # Capture
    | <assoc=right> expr op=ASSOC_OP expr                            # Binary
    | <assoc=right> expr op=BAR expr                                 # Binary
    | <assoc=right> expr op=TYPE_OP expr                             # Binary
    | <assoc=right> expr op=WHEN expr                                # Binary
    | expr WHEN kwList                                               # WhenKw
    | expr op=(LARROW | DEFAULT_OP) expr                             # Binary
    | IDENT                                                          # Var
    | IDENT parenArgs parenArgs?                                     # LocalCall
    | NP_IDENT npArgs                                                # NoParensCall
    | NP_DO_IDENT npArgs npDoBlock                                   # NoParensDoCall
    | ALIAS                                                          # Alias
    | tok=(INT | HEX | OCTAL | BINARY)                               # Integer
    | FLOAT                                                          # Float
    | CHAR                                                           # Char
    | ATOM                                                           # Atom
    | tok=(TRUE | FALSE | NIL)                                       # Literal
    | CAPTURE_INT                                                    # CaptureInt
    | ELLIPSIS                                                       # Ellipsis
    | str                                                            # String
    | RAW_SIGIL                                                      # RawSigil
    | LBRACKET EOE? items? RBRACKET                                  # List
    | LBRACE EOE? items? RBRACE                                      # Tuple
    | PERCENT LBRACE EOE? mapBody? RBRACE                            # Map
    | PERCENT structName LBRACE EOE? mapBody? RBRACE                 # Struct
    | LTLT EOE? items? GTGT                                          # Bitstring
    | FN EOE? stabBody END                                           # Fn
    | LPAREN EOE? stabBody? RPAREN                                   # Paren
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

items
    : callArgs
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
    : first=expr ( BAR EOE? updates=kwList COMMA? EOE?
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

stabItem
    : STAB_OP body=expr?                                                          # NoHeadClause
    | head+=expr (COMMA head+=expr)* (COMMA kwList)? (arrow=STAB_OP body=expr?)?  # ExprOrClause
    ;

// ElixirLexer tokenizes Elixir source as courses write it.
//
// Strings, charlists, heredocs, quoted atoms and lowercase sigils are lexed
// in modes so that interpolation (#{...}) can nest: `#{` and `{` push the
// default mode and `}` pops it. The token filter in parser/ (tokens.go)
// then classifies identifiers by what follows them, folds newlines and
// semicolons, and retypes tokens into those of the `tokens` section.
lexer grammar ElixirLexer;

tokens {
    EOE,          // end of expression: folded newlines and semicolons
    NP_IDENT,     // identifier that starts a call without parentheses
    NP_DO_IDENT,  // the same, when a do-block that belongs to it follows its arguments
    CALL_LPAREN,  // '(' right after a call name: foo(, foo.(, foo.bar(
    ACCESS_LBRACKET, // '[' right after an expression: m[k]
    DO_NP,        // 'do' whose block belongs to a call without parentheses
    NOT_IN,       // 'not in'
    KW_STR_START, // the opening quote of a quoted keyword key: "my key": 1
    OP_IDENT,     // an operator or keyword used as a name after '.'
    CALL_IDENT,   // an identifier right before '(': foo(x)
    NP_DOT,       // the '.' before a remote call without parentheses: a.foo b
    WHEN_KW,      // 'when' before keywords: x when a: 1
    BAR_KW,       // '|' before keywords: %{m | a: 1}
    SIGIL_END,    // closing delimiter and modifiers of a lowercase sigil
    SIGIL_HEREDOC_END
}

// ---- skipped ----
WS            : [ \t\f\u00a0]+ -> skip;
CONTINUATION  : '\\' [ \t]* '\r'? '\n' -> skip;
COMMENT       : '#' ~[\n]* -> skip;
NEWLINE       : '\r'? '\n';
SEMI          : ';';

// ---- strings and friends (open a mode) ----
HEREDOC_START     : '"""' [ \t]* -> pushMode(HEREDOC);
CHAR_HEREDOC_START: '\'\'\'' [ \t]* -> pushMode(CHAR_HEREDOC);
STR_START         : '"' -> pushMode(STR);
CHARLIST_START    : '\'' -> pushMode(CHARLIST);
QATOM_START       : ':"' -> pushMode(STR);
QATOM_SQ_START    : ':\'' -> pushMode(CHARLIST);

SIGIL_HEREDOC_START     : '~' [a-z] '"""' [ \t]* -> pushMode(SIG_HEREDOC);
SIGIL_CHAR_HEREDOC_START: '~' [a-z] '\'\'\'' [ \t]* -> pushMode(SIG_CHAR_HEREDOC);
SIGIL_PAREN_START : '~' [a-z] '(' -> pushMode(SIG_PAREN);
SIGIL_BRACK_START : '~' [a-z] '[' -> pushMode(SIG_BRACK);
SIGIL_CURLY_START : '~' [a-z] '{' -> pushMode(SIG_CURLY);
SIGIL_ANGLE_START : '~' [a-z] '<' -> pushMode(SIG_ANGLE);
SIGIL_SLASH_START : '~' [a-z] '/' -> pushMode(SIG_SLASH);
SIGIL_PIPE_START  : '~' [a-z] '|' -> pushMode(SIG_PIPE);
SIGIL_DQ_START    : '~' [a-z] '"' -> pushMode(SIG_DQ);
SIGIL_SQ_START    : '~' [a-z] '\'' -> pushMode(SIG_SQ);

// Uppercase sigils do not interpolate: one token holds them whole.
RAW_SIGIL
    : '~' [A-Z] [A-Z0-9]*
      ( '"""' .*? '\n' [ \t]* '"""'
      | '\'\'\'' .*? '\n' [ \t]* '\'\'\''
      | '(' ('\\' . | ~[)\\])* ')'
      | '[' ('\\' . | ~[\]\\])* ']'
      | '{' ('\\' . | ~[}\\])* '}'
      | '<' ('\\' . | ~[>\\])* '>'
      | '/' ('\\' . | ~[/\\])* '/'
      | '|' ('\\' . | ~[|\\])* '|'
      | '"' ('\\' . | ~["\\])* '"'
      | '\'' ('\\' . | ~['\\])* '\''
      ) [a-zA-Z0-9]*
    ;

// ---- keywords ----
KW      : ( [\p{L}_] [\p{L}\p{N}_@]* [?!]?
          | '&&&' | '|||' | '&&' | '||' | '<<<' | '>>>' | '@' | '+' | '-' | '*' | '/' | '<>'
          | '++' | '--' | '==' | '!=' | '===' | '!==' | '<' | '>' | '<=' | '>=' | '!' | '^'
          | '~~~' | '^^^' | '|>' | '=~' | '**'
          ) ':' [ \t\n];
DO      : 'do';
END     : 'end';
FN      : 'fn';
TRUE    : 'true';
FALSE   : 'false';
NIL     : 'nil';
WHEN    : 'when';
AND     : 'and';
OR      : 'or';
NOT     : 'not';
IN      : 'in';
ELSE    : 'else';
AFTER   : 'after';
CATCH   : 'catch';
RESCUE  : 'rescue';

// ---- numbers and chars ----
FLOAT   : [0-9] [0-9_]* '.' [0-9] [0-9_]* ([eE] [+-]? [0-9]+)?;
HEX     : '0x' [0-9a-fA-F] [0-9a-fA-F_]*;
OCTAL   : '0o' [0-7] [0-7_]*;
BINARY  : '0b' [01] [01_]*;
INT     : [0-9] [0-9_]*;
CHAR    : '?' ( '\\' ( 'x{' [0-9a-fA-F]+ '}' | 'x' [0-9a-fA-F] [0-9a-fA-F]? | 'u{' [0-9a-fA-F]+ '}' | 'u' [0-9a-fA-F] [0-9a-fA-F] [0-9a-fA-F] [0-9a-fA-F] | . ) | ~[\\] );
CAPTURE_INT : '&' [0-9]+;

// ---- atoms, aliases, identifiers ----
ATOM
    : ':' [\p{L}_] [\p{L}\p{N}_@]* [?!]?
    | ':' ( '+' | '-' | '*' | '/' | '==' | '!=' | '===' | '!==' | '<' | '>' | '<=' | '>='
          | '&&' | '||' | '!' | '<>' | '++' | '--' | '..' | '...' | '|' | '|>' | '=~' | '->'
          | '<-' | '\\\\' | '&' | '^' | '@' | '.' | '%' | '{}' | '%{}' | '<<>>' | '=>'
          | '**' | '=' | '::' | '<<<' | '>>>' | '~>' | '<~' | '~>>' | '<<~' | '<~>' | '<|>'
          | '&&&' | '|||' | '^^^' | '~~~' | '+++' | '---' | '..//' | '//' )
    ;
ALIAS   : [A-Z] [\p{L}\p{N}_]*;
IDENT   : [\p{Ll}\p{Lo}_] [\p{L}\p{N}_]* [?!]?;

// ---- operators ----
STAB_OP     : '->';
LARROW      : '<-';
DEFAULT_OP  : '\\\\';
ASSOC_OP    : '=>';
TYPE_OP     : '::';
PIPE_OP     : '|>';
ARROW_OP    : '<<<' | '>>>' | '<<~' | '~>>' | '<~' | '~>' | '<~>' | '<|>';
COMP_OP     : '===' | '!==' | '==' | '!=' | '=~';
REL_OP      : '<=' | '>=' | '<' | '>';
AND_OP      : '&&&' | '&&';
OR_OP       : '|||' | '||';
MATCH_OP    : '=';
BAR         : '|';
XOR_OP      : '^^^';
TILDE3      : '~~~';
CONCAT_OP   : '+++' | '---' | '++' | '--' | '<>';
ELLIPSIS    : '...';
RANGE_OP    : '..';
TERNARY_OP  : '//';
POWER_OP    : '**';
PLUS        : '+';
MINUS       : '-';
MULT        : '*';
DIV         : '/';
BANG        : '!';
CARET       : '^';
AMP         : '&';
AT          : '@';
DOT         : '.';
COMMA       : ',';
PERCENT     : '%';
LTLT        : '<<';
GTGT        : '>>';
LPAREN      : '(';
RPAREN      : ')';
LBRACKET    : '[';
RBRACKET    : ']';
LBRACE      : '{' -> pushMode(DEFAULT_MODE);
RBRACE      : '}' -> popMode;

// Anything else is an error token, reported by the parser package.
UNKNOWN     : . ;

// ---- "..." strings and :"..." atoms ----
mode STR;
STR_END       : '"' -> popMode;
STR_KW_END    : '":' [ \t\n] -> popMode;
STR_INTERP    : '#{' -> pushMode(DEFAULT_MODE);
STR_TEXT      : ('\\' . | ~["\\#])+;
STR_HASH      : '#' -> type(STR_TEXT);
STR_BACKSLASH : '\\' -> type(STR_TEXT);

mode CHARLIST;
CL_END        : '\'' -> type(STR_END), popMode;
CL_KW_END     : '\':' [ \t\n] -> type(STR_KW_END), popMode;
CL_INTERP     : '#{' -> type(STR_INTERP), pushMode(DEFAULT_MODE);
CL_TEXT       : ('\\' . | ~['\\#])+ -> type(STR_TEXT);
CL_HASH       : '#' -> type(STR_TEXT);
CL_BACKSLASH  : '\\' -> type(STR_TEXT);

mode HEREDOC;
HD_END        : '\n' [ \t]* '"""' -> popMode;
HD_INTERP     : '#{' -> type(STR_INTERP), pushMode(DEFAULT_MODE);
HD_TEXT       : ('\\' ~[\n] | ~[\n\\#])+ -> type(STR_TEXT);
HD_NL         : '\n' -> type(STR_TEXT);
HD_HASH       : '#' -> type(STR_TEXT);
HD_BACKSLASH  : '\\' -> type(STR_TEXT);

mode CHAR_HEREDOC;
CHD_END       : '\n' [ \t]* '\'\'\'' -> type(HD_END), popMode;
CHD_INTERP    : '#{' -> type(STR_INTERP), pushMode(DEFAULT_MODE);
CHD_TEXT      : ('\\' ~[\n] | ~[\n\\#])+ -> type(STR_TEXT);
CHD_NL        : '\n' -> type(STR_TEXT);
CHD_HASH      : '#' -> type(STR_TEXT);
CHD_BACKSLASH : '\\' -> type(STR_TEXT);

// ---- lowercase sigils: the end token carries the modifiers ----
mode SIG_PAREN;
SP_END      : ')' [a-zA-Z0-9]* -> type(SIGIL_END), popMode;
SP_INTERP   : '#{' -> type(STR_INTERP), pushMode(DEFAULT_MODE);
SP_TEXT     : ('\\' . | ~[)\\#])+ -> type(STR_TEXT);
SP_HASH     : '#' -> type(STR_TEXT);
SP_BS       : '\\' -> type(STR_TEXT);

mode SIG_BRACK;
SB_END      : ']' [a-zA-Z0-9]* -> type(SIGIL_END), popMode;
SB_INTERP   : '#{' -> type(STR_INTERP), pushMode(DEFAULT_MODE);
SB_TEXT     : ('\\' . | ~[\]\\#])+ -> type(STR_TEXT);
SB_HASH     : '#' -> type(STR_TEXT);
SB_BS       : '\\' -> type(STR_TEXT);

mode SIG_CURLY;
SC_END      : '}' [a-zA-Z0-9]* -> type(SIGIL_END), popMode;
SC_INTERP   : '#{' -> type(STR_INTERP), pushMode(DEFAULT_MODE);
SC_TEXT     : ('\\' . | ~[}\\#])+ -> type(STR_TEXT);
SC_HASH     : '#' -> type(STR_TEXT);
SC_BS       : '\\' -> type(STR_TEXT);

mode SIG_ANGLE;
SA_END      : '>' [a-zA-Z0-9]* -> type(SIGIL_END), popMode;
SA_INTERP   : '#{' -> type(STR_INTERP), pushMode(DEFAULT_MODE);
SA_TEXT     : ('\\' . | ~[>\\#])+ -> type(STR_TEXT);
SA_HASH     : '#' -> type(STR_TEXT);
SA_BS       : '\\' -> type(STR_TEXT);

mode SIG_SLASH;
SS_END      : '/' [a-zA-Z0-9]* -> type(SIGIL_END), popMode;
SS_INTERP   : '#{' -> type(STR_INTERP), pushMode(DEFAULT_MODE);
SS_TEXT     : ('\\' . | ~[/\\#])+ -> type(STR_TEXT);
SS_HASH     : '#' -> type(STR_TEXT);
SS_BS       : '\\' -> type(STR_TEXT);

mode SIG_PIPE;
SV_END      : '|' [a-zA-Z0-9]* -> type(SIGIL_END), popMode;
SV_INTERP   : '#{' -> type(STR_INTERP), pushMode(DEFAULT_MODE);
SV_TEXT     : ('\\' . | ~[|\\#])+ -> type(STR_TEXT);
SV_HASH     : '#' -> type(STR_TEXT);
SV_BS       : '\\' -> type(STR_TEXT);

mode SIG_DQ;
SD_END      : '"' [a-zA-Z0-9]* -> type(SIGIL_END), popMode;
SD_INTERP   : '#{' -> type(STR_INTERP), pushMode(DEFAULT_MODE);
SD_TEXT     : ('\\' . | ~["\\#])+ -> type(STR_TEXT);
SD_HASH     : '#' -> type(STR_TEXT);
SD_BS       : '\\' -> type(STR_TEXT);

mode SIG_SQ;
SQ_END      : '\'' [a-zA-Z0-9]* -> type(SIGIL_END), popMode;
SQ_INTERP   : '#{' -> type(STR_INTERP), pushMode(DEFAULT_MODE);
SQ_TEXT     : ('\\' . | ~['\\#])+ -> type(STR_TEXT);
SQ_HASH     : '#' -> type(STR_TEXT);
SQ_BS       : '\\' -> type(STR_TEXT);

mode SIG_HEREDOC;
SHD_END     : '\n' [ \t]* '"""' [a-zA-Z0-9]* -> type(SIGIL_HEREDOC_END), popMode;
SHD_INTERP  : '#{' -> type(STR_INTERP), pushMode(DEFAULT_MODE);
SHD_TEXT    : ('\\' ~[\n] | ~[\n\\#])+ -> type(STR_TEXT);
SHD_NL      : '\n' -> type(STR_TEXT);
SHD_HASH    : '#' -> type(STR_TEXT);
SHD_BS      : '\\' -> type(STR_TEXT);

mode SIG_CHAR_HEREDOC;
SCHD_END    : '\n' [ \t]* '\'\'\'' [a-zA-Z0-9]* -> type(SIGIL_HEREDOC_END), popMode;
SCHD_INTERP : '#{' -> type(STR_INTERP), pushMode(DEFAULT_MODE);
SCHD_TEXT   : ('\\' ~[\n] | ~[\n\\#])+ -> type(STR_TEXT);
SCHD_NL     : '\n' -> type(STR_TEXT);
SCHD_HASH   : '#' -> type(STR_TEXT);
SCHD_BS     : '\\' -> type(STR_TEXT);

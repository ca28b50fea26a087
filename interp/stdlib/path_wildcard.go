package stdlib

import (
	"os"
	"regexp"
	"sort"
	"strings"
)

// Path.wildcard/1,2 as Erlang's filelib:wildcard/2 with Elixir's
// Path.Wildcard directory lister: the pattern's "/"-separated segments
// are literal names, globs (? * [a-z] {alt,ernatives}, \ escapes) or
// "**" (any number of directories; as the last segment, everything
// below). Names starting with a dot are never listed unless match_dot is
// true, though a literal segment may name one. The result is sorted. It
// reads the file system, so the sandbox refuses it.

// pathWildcard expands pattern; relative patterns are looked up from
// dir (the current directory for Path.wildcard) and returned relative.
func pathWildcard(dir, pattern string, matchDot bool) []string {
	type place struct{ fs, shown string }
	var cur []place
	if strings.HasPrefix(pattern, "/") {
		cur = []place{{"/", "/"}}
	} else {
		cur = []place{{dir, ""}}
	}
	var segs []string
	for _, s := range strings.Split(pattern, "/") {
		if s != "" {
			segs = append(segs, s)
		}
	}
	join := func(p place, name string) place {
		shown := name
		switch p.shown {
		case "":
		case "/":
			shown = "/" + name
		default:
			shown = p.shown + "/" + name
		}
		return place{p.fs + "/" + name, shown}
	}
	list := func(p place) []os.DirEntry {
		entries, err := os.ReadDir(p.fs)
		if err != nil {
			return nil
		}
		out := entries[:0]
		for _, e := range entries {
			if matchDot || !strings.HasPrefix(e.Name(), ".") {
				out = append(out, e)
			}
		}
		return out
	}
	// below lists every entry under p, depth first; dirsOnly keeps the
	// directories (and p itself, for "**" followed by more segments).
	var below func(p place, dirsOnly bool, out *[]place)
	below = func(p place, dirsOnly bool, out *[]place) {
		for _, e := range list(p) {
			q := join(p, e.Name())
			isDir := e.IsDir()
			if !isDir && e.Type()&os.ModeSymlink != 0 {
				if st, err := os.Stat(q.fs); err == nil {
					isDir = st.IsDir()
				}
			}
			if isDir || !dirsOnly {
				*out = append(*out, q)
			}
			if isDir {
				below(q, dirsOnly, out)
			}
		}
	}
	for i, seg := range segs {
		last := i == len(segs)-1
		var next []place
		switch {
		case seg == "**":
			for _, p := range cur {
				if !last {
					next = append(next, p)
				}
				below(p, !last, &next)
			}
		case !hasGlob(seg):
			name := unescapeGlob(seg)
			for _, p := range cur {
				q := join(p, name)
				if _, err := os.Lstat(q.fs); err == nil {
					next = append(next, q)
				}
			}
		default:
			re := regexp.MustCompile("^(?s:" + globRegexp(seg) + ")$")
			for _, p := range cur {
				for _, e := range list(p) {
					if re.MatchString(e.Name()) {
						next = append(next, join(p, e.Name()))
					}
				}
			}
		}
		cur = next
	}
	if len(segs) == 0 {
		return nil
	}
	seen := map[string]bool{}
	var out []string
	for _, p := range cur {
		if !seen[p.shown] {
			seen[p.shown] = true
			out = append(out, p.shown)
		}
	}
	sort.Strings(out)
	return out
}

// hasGlob reports whether a segment has an unescaped wildcard character.
func hasGlob(seg string) bool {
	for i := 0; i < len(seg); i++ {
		switch seg[i] {
		case '\\':
			i++
		case '?', '*', '[', '{':
			return true
		}
	}
	return false
}

func unescapeGlob(seg string) string {
	var sb strings.Builder
	for i := 0; i < len(seg); i++ {
		if seg[i] == '\\' && i+1 < len(seg) {
			i++
		}
		sb.WriteByte(seg[i])
	}
	return sb.String()
}

// globRegexp translates one glob segment into a regular expression.
func globRegexp(seg string) string {
	var sb strings.Builder
	for i := 0; i < len(seg); i++ {
		c := seg[i]
		switch c {
		case '\\':
			if i+1 < len(seg) {
				i++
				sb.WriteString(regexp.QuoteMeta(seg[i : i+1]))
			}
		case '?':
			sb.WriteString(".")
		case '*':
			sb.WriteString(".*")
		case '[':
			end := strings.IndexByte(seg[i+1:], ']')
			if end < 0 {
				sb.WriteString(`\[`)
				continue
			}
			class := seg[i+1 : i+1+end]
			sb.WriteString("[")
			for j := 0; j < len(class); j++ {
				if class[j] == '-' && j > 0 && j < len(class)-1 {
					sb.WriteByte('-')
					continue
				}
				if class[j] == ',' {
					continue // [a,b] lists characters separated by commas
				}
				if c := class[j]; c < 0x80 && !isAlnum(c) {
					sb.WriteByte('\\') // punctuation is escaped in a class
				}
				sb.WriteByte(class[j])
			}
			sb.WriteString("]")
			i += end + 1
		case '{':
			end := matchingBrace(seg, i)
			if end < 0 {
				sb.WriteString(`\{`)
				continue
			}
			alts := splitAlternatives(seg[i+1 : end])
			sb.WriteString("(?:")
			for k, alt := range alts {
				if k > 0 {
					sb.WriteString("|")
				}
				sb.WriteString(globRegexp(alt))
			}
			sb.WriteString(")")
			i = end
		default:
			sb.WriteString(regexp.QuoteMeta(string(c)))
		}
	}
	return sb.String()
}

// matchingBrace is the index of the "}" closing the "{" at open, or -1.
func matchingBrace(s string, open int) int {
	depth := 0
	for i := open; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++
		case '{':
			depth++
		case '}':
			depth--
			if depth == 0 {
				return i
			}
		}
	}
	return -1
}

// splitAlternatives splits the inside of braces at its top-level commas.
func splitAlternatives(s string) []string {
	var out []string
	depth, start := 0, 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++
		case '{':
			depth++
		case '}':
			depth--
		case ',':
			if depth == 0 {
				out = append(out, s[start:i])
				start = i + 1
			}
		}
	}
	return append(out, s[start:])
}

func isAlnum(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

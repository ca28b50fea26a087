package stdlib

import (
	"strconv"
	"strings"

	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/rt"
)

// The URI module (RFC 3986): parse/1 splits as Elixir's regular
// expression does, new/1 validates as :uri_string.parse does, to_string
// (String.Chars), percent-encoding, query strings, merge/2 and the
// append functions.

var modURI = rt.ModuleAtom("URI")

var uriFields = []string{"scheme", "authority", "userinfo", "host", "port", "path", "query", "fragment"}

// uriDefaultPorts are the ports Elixir knows (URI.default_port/1).
var uriDefaultPorts = map[string]int64{"ftp": 21, "sftp": 22, "tftp": 69, "http": 80, "https": 443,
	"ldap": 389, "ws": 80, "wss": 443}

// uriValue is a %URI{}: a nil field is absent from the map.
type uriValue map[string]term.Term

func (u uriValue) str(k string) (string, bool) {
	b, ok := u[k].(term.Binary)
	return string(b), ok
}

func (u uriValue) toTerm() term.Term {
	m := term.EmptyMap.Put(atom("__struct__"), modURI)
	for _, f := range uriFields {
		v, ok := u[f]
		if !ok {
			v = term.NilAtom
		}
		m = m.Put(atom(f), v)
	}
	return m
}

func uriOf(t term.Term) (uriValue, bool) {
	m, ok := t.(*term.Map)
	if !ok {
		return nil, false
	}
	if s, _ := structOf(m); s != modURI {
		return nil, false
	}
	u := uriValue{}
	for _, f := range uriFields {
		if v, ok := m.Get(atom(f)); ok && v != term.NilAtom {
			u[f] = v
		}
	}
	return u, true
}

func bin(s string) term.Term { return term.Binary(s) }

func isSchemeChar(c byte, first bool) bool {
	alpha := (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
	if first {
		return alpha
	}
	return alpha || (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.'
}

// uriSplit splits s as URI.parse/1's regular expression does: scheme
// (without ":"), "//"+authority (or ""), path, "?"+query (or ""),
// fragment and whether a "#" was there.
func uriSplit(s string) (scheme, auth, path, query, frag string, hasFrag bool) {
	i := 0
	for i < len(s) && isSchemeChar(s[i], i == 0) {
		i++
	}
	if i > 0 && i < len(s) && s[i] == ':' {
		scheme, s = s[:i], s[i+1:]
	}
	if strings.HasPrefix(s, "//") {
		j := 2
		for j < len(s) && !strings.ContainsRune("/?#", rune(s[j])) {
			j++
		}
		auth, s = s[:j], s[j:]
	}
	j := strings.IndexAny(s, "?#")
	if j < 0 {
		return scheme, auth, s, "", "", false
	}
	path, s = s[:j], s[j:]
	if s[0] == '?' {
		k := strings.IndexByte(s, '#')
		if k < 0 {
			return scheme, auth, path, s, "", false
		}
		query, s = s[:k], s[k:]
	}
	return scheme, auth, path, query, s[1:], true
}

// uriParse is URI.parse/1.
func uriParse(s string) uriValue {
	scheme, auth, path, query, frag, hasFrag := uriSplit(s)
	u := uriValue{}
	if path != "" {
		u["path"] = bin(path)
	}
	if query != "" {
		u["query"] = bin(query[1:])
	}
	if hasFrag {
		u["fragment"] = bin(frag)
	}
	switch {
	case auth == "":
	case auth == "//":
		u["authority"], u["host"] = bin(""), bin("")
	default:
		a := auth[2:]
		u["authority"] = bin(a)
		rest := a
		if k := strings.LastIndexByte(rest, '@'); k >= 0 {
			if k > 0 {
				u["userinfo"] = bin(rest[:k])
			}
			rest = rest[k+1:]
		}
		host := rest
		if strings.HasPrefix(rest, "[") {
			k := 1
			for k < len(rest) && (isSchemeChar(rest[k], true) || (rest[k] >= '0' && rest[k] <= '9') || rest[k] == ':' || rest[k] == '.') {
				k++
			}
			if k < len(rest) && rest[k] == ']' {
				host, rest = rest[:k+1], rest[k+1:]
			} else {
				host = rest[:strings.IndexByte(rest+":", ':')]
				rest = rest[len(host):]
			}
		} else {
			host = rest[:strings.IndexByte(rest+":", ':')]
			rest = rest[len(host):]
		}
		if host != "" {
			u["host"] = bin(strings.TrimSuffix(strings.TrimPrefix(host, "["), "]"))
		}
		if strings.HasPrefix(rest, ":") {
			k := 1
			for k < len(rest) && rest[k] >= '0' && rest[k] <= '9' {
				k++
			}
			if k > 1 {
				if n, err := strconv.ParseInt(rest[1:k], 10, 64); err == nil {
					u["port"] = term.Int(n)
				}
			}
		}
	}
	if scheme != "" {
		scheme = strings.ToLower(scheme)
		u["scheme"] = bin(scheme)
		if _, ok := u["port"]; !ok {
			if p, ok := uriDefaultPorts[scheme]; ok {
				u["port"] = term.Int(p)
			}
		}
	}
	return u
}

func uriUnreserved(c byte) bool {
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || strings.IndexByte("~_-.", c) >= 0
}

func uriReserved(c byte) bool { return strings.IndexByte(":/?#[]@!$&'()*+,;=", c) >= 0 }

func uriSubDelim(c byte) bool { return strings.IndexByte("!$&'()*+,;=", c) >= 0 }

// uriValid checks s's characters against allowed ("%" passes, as
// :uri_string.parse/1 lets malformed escapes through); it returns the
// first bad one's index or -1.
func uriValid(s string, allowed func(byte) bool) int {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '%' {
			continue
		}
		if !uriUnreserved(c) && !allowed(c) && c < 0x80 {
			return i
		}
		if c >= 0x80 {
			return i
		}
	}
	return -1
}

func hexDigit(c byte) bool {
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')
}

// uriNew is URI.new/1: the parts of URI.parse/1 checked against RFC 3986
// as :uri_string.parse/1 checks them; bad is the part it reports.
func uriNew(s string) (uriValue, string, bool) {
	scheme, auth, path, query, frag, hasFrag := uriSplit(s)
	colonFirst := strings.IndexAny(s, ":/?#") >= 0 && s[strings.IndexAny(s, ":/?#")] == ':'
	fail := func(part string, i int) (uriValue, string, bool) {
		if colonFirst {
			return nil, ":", false
		}
		return nil, part[i : i+1], false
	}
	if scheme == "" && colonFirst {
		return nil, ":", false
	}
	pchar := func(c byte) bool { return uriSubDelim(c) || c == ':' || c == '@' || c == '/' }
	if i := uriValid(path, pchar); i >= 0 {
		return fail(path, i)
	}
	qchar := func(c byte) bool { return pchar(c) || c == '?' }
	if query != "" {
		if i := uriValid(query[1:], qchar); i >= 0 {
			return fail(query[1:], i)
		}
	}
	if hasFrag {
		if i := uriValid(frag, qchar); i >= 0 {
			return fail(frag, i)
		}
	}
	u := uriValue{}
	if path != "" {
		u["path"] = bin(path)
	}
	if query != "" {
		u["query"] = bin(query[1:])
	}
	if hasFrag {
		u["fragment"] = bin(frag)
	}
	if auth != "" {
		a := auth[2:]
		if k := strings.LastIndexByte(a, '@'); k >= 0 {
			ui := a[:k]
			if uriValid(ui, func(c byte) bool { return uriSubDelim(c) || c == ':' }) >= 0 {
				return nil, ":", false
			}
			u["userinfo"] = bin(ui)
			a = a[k+1:]
		}
		host, port := a, ""
		if strings.HasPrefix(a, "[") {
			k := strings.IndexByte(a, ']')
			if k < 0 {
				return nil, ":", false
			}
			host, port = a[1:k], a[k+1:]
			for i := 0; i < len(host); i++ {
				if !hexDigit(host[i]) && host[i] != ':' && host[i] != '.' {
					return nil, ":", false
				}
			}
		} else if k := strings.IndexByte(a, ':'); k >= 0 {
			host, port = a[:k], a[k:]
			if uriValid(host, uriSubDelim) >= 0 {
				return nil, ":", false
			}
		} else if uriValid(host, uriSubDelim) >= 0 {
			return nil, ":", false
		}
		u["host"] = bin(host)
		if port != "" {
			if port[0] != ':' {
				return nil, ":", false
			}
			for i := 1; i < len(port); i++ {
				if port[i] < '0' || port[i] > '9' {
					return nil, ":", false
				}
			}
			if len(port) > 1 {
				n, _ := strconv.ParseInt(port[1:], 10, 64)
				u["port"] = term.Int(n)
			}
		}
	}
	if scheme != "" {
		scheme = strings.ToLower(scheme)
		u["scheme"] = bin(scheme)
		if _, ok := u["port"]; !ok {
			if p, ok := uriDefaultPorts[scheme]; ok {
				u["port"] = term.Int(p)
			}
		}
	}
	return u, "", true
}

// uriString is String.Chars.URI.to_string/1.
func uriString(env rt.Env, u uriValue) string {
	host, hasHost := u.str("host")
	path, hasPath := u.str("path")
	if hasHost && hasPath && path != "" && path[0] != '/' {
		rt.ArgumentError(":path in URI must be empty or an absolute path if URL has a :host, got: " + rt.Inspect(env, u.toTerm()))
	}
	scheme, hasScheme := u.str("scheme")
	port, hasPort := u["port"]
	if hasScheme {
		if p, ok := uriDefaultPorts[scheme]; ok && hasPort && port == term.Int(p) {
			hasPort = false
		}
	}
	var sb strings.Builder
	if hasScheme {
		sb.WriteString(scheme + ":")
	}
	if hasHost {
		sb.WriteString("//")
		if ui, ok := u.str("userinfo"); ok {
			sb.WriteString(ui + "@")
		}
		if strings.Contains(host, ":") {
			sb.WriteString("[" + host + "]")
		} else {
			sb.WriteString(host)
		}
		if hasPort {
			sb.WriteString(":" + rt.Inspect(env, port))
		}
	} else if a, ok := u.str("authority"); ok {
		sb.WriteString("//" + a)
	}
	sb.WriteString(path)
	if q, ok := u.str("query"); ok {
		sb.WriteString("?" + q)
	}
	if f, ok := u.str("fragment"); ok {
		sb.WriteString("#" + f)
	}
	return sb.String()
}

// uriToString is String.Chars for %URI{}.
func uriToString(env rt.Env, m *term.Map) (string, bool) {
	u, ok := uriOf(m)
	if !ok {
		return "", false
	}
	return uriString(env, u), true
}

func percentEncode(s string, keep func(byte) bool, plus bool) string {
	const hexd = "0123456789ABCDEF"
	var sb strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case keep(c):
			sb.WriteByte(c)
		case plus && c == ' ':
			sb.WriteByte('+')
		default:
			sb.WriteByte('%')
			sb.WriteByte(hexd[c>>4])
			sb.WriteByte(hexd[c&15])
		}
	}
	return sb.String()
}

func unhex(c byte) byte {
	switch {
	case c >= '0' && c <= '9':
		return c - '0'
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10
	}
	return c - 'A' + 10
}

// percentDecode is URI.decode/1 (and decode_www_form/1 with plus): a
// malformed escape is kept as a "%".
func percentDecode(s string, plus bool) string {
	var sb strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case plus && c == '+':
			sb.WriteByte(' ')
		case c == '%' && i+2 < len(s) && hexDigit(s[i+1]) && hexDigit(s[i+2]):
			sb.WriteByte(unhex(s[i+1])<<4 | unhex(s[i+2]))
			i += 2
		default:
			sb.WriteByte(c)
		}
	}
	return sb.String()
}

// queryPairs splits a query string into decoded {key, value} pairs.
func queryPairs(q string, wwwForm bool) [][2]string {
	var out [][2]string
	for q != "" {
		pair, rest, _ := strings.Cut(q, "&")
		q = rest
		k, v, _ := strings.Cut(pair, "=")
		out = append(out, [2]string{percentDecode(k, wwwForm), percentDecode(v, wwwForm)})
	}
	return out
}

func queryEncoding(mfa string, a []term.Term, i int) bool {
	if i >= len(a) {
		return true
	}
	switch a[i] {
	case atom("www_form"):
		return true
	case atom("rfc3986"):
		return false
	}
	fnClauseError(mfa, a)
	return false
}

func uriArg(mfa string, a []term.Term, i int) uriValue {
	if s, ok := a[i].(term.Binary); ok {
		return uriParse(string(s))
	}
	u, ok := uriOf(a[i])
	if !ok {
		fnClauseError(mfa, a)
	}
	return u
}

// uriMerge is URI.merge/2 (RFC 3986, section 5.2).
func uriMerge(base, rel uriValue) uriValue {
	if _, ok := base["host"]; !ok {
		rt.ArgumentError("you must merge onto an absolute URI")
	}
	dots := func(p term.Term) term.Term {
		s, ok := p.(term.Binary)
		if !ok {
			return p
		}
		return bin(removeDotSegments(string(s)))
	}
	copyOf := func(u uriValue) uriValue {
		out := uriValue{}
		for k, v := range u {
			out[k] = v
		}
		return out
	}
	set := func(u uriValue, k string, v term.Term, ok bool) {
		if ok && v != nil {
			u[k] = v
		} else {
			delete(u, k)
		}
	}
	if _, ok := rel["scheme"]; ok {
		out := copyOf(rel)
		set(out, "path", dots(rel["path"]), rel["path"] != nil)
		return out
	}
	if _, ok := rel["host"]; ok {
		out := copyOf(rel)
		set(out, "scheme", base["scheme"], base["scheme"] != nil)
		set(out, "path", dots(rel["path"]), rel["path"] != nil)
		return out
	}
	out := copyOf(base)
	relPath, hasPath := rel.str("path")
	if !hasPath {
		q, ok := rel["query"]
		if !ok {
			q, ok = base["query"]
		}
		set(out, "query", q, ok)
		set(out, "fragment", rel["fragment"], rel["fragment"] != nil)
		return out
	}
	basePath, ok := base.str("path")
	if !ok {
		basePath = "/"
	}
	var np string
	if strings.HasPrefix(relPath, "/") {
		np = removeDotSegments(relPath)
	} else {
		np = mergeSegments(basePath, relPath)
	}
	out["path"] = bin(np)
	set(out, "query", rel["query"], rel["query"] != nil)
	set(out, "fragment", rel["fragment"], rel["fragment"] != nil)
	return out
}

// A path segment list as URI.merge builds it: "/" marks a leading slash,
// "+" the join of base and relative paths.
func pathSegments(p string) []string {
	segs := strings.Split(p, "/")
	if segs[0] == "" {
		segs[0] = "\x00/"
	}
	return segs
}

func removeDotSegments(p string) string { return dotSegments(pathSegments(p)) }

func mergeSegments(base, rel string) string {
	segs := append(append(pathSegments(base), "\x00+"), pathSegments(rel)...)
	return dotSegments(segs)
}

func dotSegments(in []string) string {
	var acc []string // reversed
	for len(in) > 0 {
		h := in[0]
		switch {
		case h == "\x00/":
			acc = append([]string{h}, acc...)
			in = in[1:]
		case h == "." && len(in) == 1:
			acc = append([]string{""}, acc...)
			in = in[1:]
		case h == ".":
			in = in[1:]
		case h == ".." && len(acc) == 1 && acc[0] == "\x00/":
			in = in[1:]
		case h == ".." && len(in) == 1 && len(acc) > 0:
			acc = append([]string{""}, acc[1:]...)
			in = in[1:]
		case h == ".." && len(acc) > 0:
			acc = acc[1:]
			in = in[1:]
		case len(in) > 1 && in[1] == "\x00+":
			in = in[2:]
		default:
			acc = append([]string{h}, acc...)
			in = in[1:]
		}
	}
	out := make([]string, len(acc))
	for i := range acc {
		out[i] = acc[len(acc)-1-i]
	}
	if len(out) > 0 && out[0] == "\x00/" {
		out[0] = ""
	}
	return strings.Join(out, "/")
}

func init() { rt.RegisterLazy(registerURI) }

// registerURI registers the built-ins of this file (see rt.RegisterLazy).
func registerURI() {
	rt.Register("URI", map[string]rt.BuiltinFunc{
		"__struct__/0": func(env rt.Env, a []term.Term) term.Term { return uriValue{}.toTerm() },
		"default_port/1": func(env rt.Env, a []term.Term) term.Term {
			if p, ok := uriDefaultPorts[binArg("URI.default_port/1", a, 0)]; ok {
				return term.Int(p)
			}
			return term.NilAtom
		},
		"parse/1": func(env rt.Env, a []term.Term) term.Term {
			if u, ok := uriOf(a[0]); ok {
				return u.toTerm()
			}
			return uriParse(binArg("URI.parse/1", a, 0)).toTerm()
		},
		"new/1": func(env rt.Env, a []term.Term) term.Term {
			if _, ok := uriOf(a[0]); ok {
				return okTuple(a[0])
			}
			u, bad, ok := uriNew(binArg("URI.new/1", a, 0))
			if !ok {
				return term.Tuple{term.ErrorAtom, bin(bad)}
			}
			return okTuple(u.toTerm())
		},
		"new!/1": func(env rt.Env, a []term.Term) term.Term {
			if _, ok := uriOf(a[0]); ok {
				return a[0]
			}
			u, bad, ok := uriNew(binArg("URI.new!/1", a, 0))
			if !ok {
				rt.RaiseMessage("URI.Error", "cannot parse due to reason invalid_uri: "+rt.Inspect(env, bin(bad)))
			}
			return u.toTerm()
		},
		"to_string/1": func(env rt.Env, a []term.Term) term.Term {
			u, ok := uriOf(a[0])
			if !ok {
				fnClauseError("URI.to_string/1", a)
			}
			return bin(uriString(env, u))
		},
		"char_reserved?/1": func(env rt.Env, a []term.Term) term.Term {
			c, ok := a[0].(term.Int)
			return boolTerm(ok && c >= 0 && c < 256 && uriReserved(byte(c)))
		},
		"char_unreserved?/1": func(env rt.Env, a []term.Term) term.Term {
			c, ok := a[0].(term.Int)
			return boolTerm(ok && c >= 0 && c < 256 && uriUnreserved(byte(c)))
		},
		"char_unescaped?/1": func(env rt.Env, a []term.Term) term.Term {
			c, ok := a[0].(term.Int)
			return boolTerm(ok && c >= 0 && c < 256 && (uriReserved(byte(c)) || uriUnreserved(byte(c))))
		},
		"encode/1": func(env rt.Env, a []term.Term) term.Term {
			return bin(percentEncode(binArg("URI.encode/1", a, 0), func(c byte) bool { return uriReserved(c) || uriUnreserved(c) }, false))
		},
		"encode/2": func(env rt.Env, a []term.Term) term.Term {
			s := binArg("URI.encode/2", a, 0)
			if f, ok := a[1].(*term.Fun); !ok || f.Arity != 1 {
				fnClauseError("URI.encode/2", a)
			}
			return bin(percentEncode(s, func(c byte) bool { return term.IsTruthy(env.Call(a[1], []term.Term{term.Int(c)})) }, false))
		},
		"encode_www_form/1": func(env rt.Env, a []term.Term) term.Term {
			return bin(percentEncode(binArg("URI.encode_www_form/1", a, 0), uriUnreserved, true))
		},
		"decode/1": func(env rt.Env, a []term.Term) term.Term {
			return bin(percentDecode(binArg("URI.decode/1", a, 0), false))
		},
		"decode_www_form/1": func(env rt.Env, a []term.Term) term.Term {
			return bin(percentDecode(binArg("URI.decode_www_form/1", a, 0), true))
		},
		"encode_query/1": func(env rt.Env, a []term.Term) term.Term { return encodeQuery(env, a, true) },
		"encode_query/2": func(env rt.Env, a []term.Term) term.Term {
			return encodeQuery(env, a, queryEncoding("URI.encode_query/2", a, 1))
		},
		"decode_query/1": func(env rt.Env, a []term.Term) term.Term { return decodeQuery(a, term.EmptyMap, true) },
		"decode_query/2": func(env rt.Env, a []term.Term) term.Term { return decodeQuery(a, a[1], true) },
		"decode_query/3": func(env rt.Env, a []term.Term) term.Term {
			return decodeQuery(a, a[1], queryEncoding("URI.decode_query/3", a, 2))
		},
		"query_decoder/1": func(env rt.Env, a []term.Term) term.Term { return queryDecoder(a, true) },
		"query_decoder/2": func(env rt.Env, a []term.Term) term.Term {
			return queryDecoder(a, queryEncoding("URI.query_decoder/2", a, 1))
		},
		"merge/2": func(env rt.Env, a []term.Term) term.Term {
			return uriMerge(uriArg("URI.merge/2", a, 0), uriArg("URI.merge/2", a, 1)).toTerm()
		},
		"append_query/2": func(env rt.Env, a []term.Term) term.Term {
			u, ok := uriOf(a[0])
			q, ok2 := a[1].(term.Binary)
			if !ok || !ok2 {
				fnClauseError("URI.append_query/2", a)
			}
			old, has := u.str("query")
			switch {
			case !has || old == "":
				u["query"] = q
			case strings.HasSuffix(old, "&"):
				u["query"] = bin(old + string(q))
			default:
				u["query"] = bin(old + "&" + string(q))
			}
			return u.toTerm()
		},
		"append_path/2": func(env rt.Env, a []term.Term) term.Term {
			u, ok := uriOf(a[0])
			p, ok2 := a[1].(term.Binary)
			if !ok || !ok2 {
				fnClauseError("URI.append_path/2", a)
			}
			s := string(p)
			switch {
			case strings.HasPrefix(s, "//"):
				rt.ArgumentError(`path cannot start with "//", got: ` + rt.Inspect(env, p))
			case !strings.HasPrefix(s, "/"):
				rt.ArgumentError(`path must start with "/", got: ` + rt.Inspect(env, p))
			}
			old, has := u.str("path")
			switch {
			case !has:
				u["path"] = p
			case old != "" && strings.HasSuffix(old, "/"):
				u["path"] = bin(old + s[1:])
			default:
				u["path"] = bin(old + s)
			}
			return u.toTerm()
		},
	})
	rt.Register("String.Chars.URI", map[string]rt.BuiltinFunc{
		"to_string/1": func(env rt.Env, a []term.Term) term.Term {
			u, ok := uriOf(a[0])
			if !ok {
				fnClauseError("String.Chars.URI.to_string/1", a)
			}
			return bin(uriString(env, u))
		},
	})
}

func encodeQuery(env rt.Env, a []term.Term, wwwForm bool) term.Term {
	var parts []string
	iterate(env, a[0], func(x term.Term) bool {
		k, v, ok := pair(x)
		if !ok {
			functionClause("URI", "encode_kv_pair", 2, x, atom("www_form"))
		}
		if term.IsList(k) {
			rt.ArgumentError("encode_query/2 keys cannot be lists, got: " + rt.Inspect(env, k))
		}
		if term.IsList(v) {
			rt.ArgumentError("encode_query/2 values cannot be lists, got: " + rt.Inspect(env, v))
		}
		ks := string(kernelToString(env, []term.Term{k}).(term.Binary))
		vs := string(kernelToString(env, []term.Term{v}).(term.Binary))
		if wwwForm {
			parts = append(parts, percentEncode(ks, uriUnreserved, true)+"="+percentEncode(vs, uriUnreserved, true))
		} else {
			parts = append(parts, percentEncode(ks, uriUnreserved, false)+"="+percentEncode(vs, uriUnreserved, false))
		}
		return true
	})
	return bin(strings.Join(parts, "&"))
}

func decodeQuery(a []term.Term, into term.Term, wwwForm bool) term.Term {
	q, ok := a[0].(term.Binary)
	m, ok2 := into.(*term.Map)
	if !ok || !ok2 {
		fnClauseError("URI.decode_query/"+strconv.Itoa(len(a)), a)
	}
	for _, p := range queryPairs(string(q), wwwForm) {
		m = m.Put(bin(p[0]), bin(p[1]))
	}
	return m
}

func queryDecoder(a []term.Term, wwwForm bool) term.Term {
	q, ok := a[0].(term.Binary)
	if !ok {
		fnClauseError("URI.query_decoder/"+strconv.Itoa(len(a)), a)
	}
	return makeSource("unfold", func(env rt.Env, f func(term.Term) bool) {
		for _, p := range queryPairs(string(q), wwwForm) {
			if !f(term.Tuple{bin(p[0]), bin(p[1])}) {
				return
			}
		}
	})
}

package stdlib

import (
	"os"
	"slices"
	"strings"

	"github.com/exlite/exlite/beam/term"
	"github.com/exlite/exlite/interp/rt"
)

// The Path module on a Unix host. The string functions (basename,
// dirname, extname, rootname, split, join, type, relative, relative_to,
// absname/2) follow Erlang's :filename on binaries, which Path calls;
// absname/1, expand/1,2 and relative_to_cwd/1,2 read the current
// directory and the user's home, so the sandbox refuses them
// (interp/sandbox.go), as it refuses Path.wildcard/1,2, which lists
// directories (path_wildcard.go). safe_relative/1,2, which reads symbolic
// links, is not provided.

// pathBasename is :filename.basename/1: the last component, trailing
// slashes ignored.
func pathBasename(p string) string {
	p = strings.TrimRight(p, "/")
	return p[strings.LastIndexByte(p, '/')+1:]
}

// pathBasenameExt is :filename.basename/2 on a binary as OTP 25 has it:
// it measures the basename without trailing slashes, takes that many
// bytes from the end of the path as it is, and strips ext from them when
// they end in it; otherwise the basename is returned whole. So
// ("foo.ex/", ".ex") gives "foo.ex", and ("a/", "") gives "/".
func pathBasenameExt(p, ext string) string {
	base := pathBasename(p)
	tail := p[len(p)-len(base):]
	if strings.HasSuffix(tail, ext) {
		return tail[:len(tail)-len(ext)]
	}
	return base
}

// pathDirname is :filename.dirname/1: the path without its last component
// and the slashes before it.
func pathDirname(p string) string {
	i := strings.LastIndexByte(p, '/')
	if i < 0 {
		return "."
	}
	d := strings.TrimRight(p[:i], "/")
	if d == "" {
		return "/"
	}
	return d
}

// pathExtname is :filename.extension/1: from the last dot of the last
// component, unless that dot starts the component.
func pathExtname(p string) string {
	i := strings.LastIndexByte(p, '.')
	if i <= 0 || p[i-1] == '/' || strings.IndexByte(p[i:], '/') >= 0 {
		return ""
	}
	return p[i:]
}

// pathRootname is :filename.rootname/1: the path without the extension
// of its last component, where a dot just after a slash starts none but
// a dot at the very start does.
func pathRootname(p string) string {
	var root, ext strings.Builder
	inExt := false
	for i := 0; i < len(p); i++ {
		c := p[i]
		switch {
		case c == '/':
			root.WriteString(ext.String())
			ext.Reset()
			inExt = false
			root.WriteByte('/')
		case c == '.' && !inExt && root.Len() > 0 && strings.HasSuffix(root.String(), "/"):
			root.WriteByte('.')
		case c == '.':
			root.WriteString(ext.String())
			ext.Reset()
			ext.WriteByte('.')
			inExt = true
		case inExt:
			ext.WriteByte(c)
		default:
			root.WriteByte(c)
		}
	}
	return root.String()
}

// pathRootnameExt is :filename.rootname/2: p without a final ext, unless
// ext would be the whole last component after a slash.
func pathRootnameExt(p, ext string) string {
	if strings.HasSuffix(p, ext) {
		r := p[:len(p)-len(ext)]
		if !strings.HasSuffix(r, "/") {
			return r
		}
	}
	return p
}

// pathSplit is :filename.split/1: the components, with "/" first for an
// absolute path.
func pathSplit(p string) []string {
	var out []string
	if strings.HasPrefix(p, "/") {
		out = append(out, "/")
	}
	for _, c := range strings.Split(p, "/") {
		if c != "" {
			out = append(out, c)
		}
	}
	return out
}

// pathRelative is Path.relative/1: the path without its root ("/" alone
// gives ".").
func pathRelative(p string) string {
	switch {
	case p == "/":
		return "."
	case strings.HasPrefix(p, "/"):
		return p[1:]
	}
	return p
}

func trimDirSep(p string) string {
	if len(p) > 1 && p[len(p)-1] == '/' {
		return p[:len(p)-1]
	}
	return p
}

// pathJoin is Path.join/2.
func pathJoin(left, right string) string {
	var out string
	switch {
	case right == "/":
		out = trimDirSep(left)
	case left == "":
		out = pathRelative(right)
	case left == "/":
		out = "/" + pathRelative(right)
	default:
		out = trimDirSep(left) + "/" + pathRelative(right)
	}
	return trimDirSep(out)
}

// pathAbsJoin is Path's absname_join on Unix: left then right (its root
// dropped) with a slash between, where a slash after a slash or after
// "/." replaces them, and a final slash is removed.
func pathAbsJoin(left, right string, hasRight bool) string {
	var out []byte
	put := func(s string) {
		for i := 0; i < len(s); i++ {
			c := s[i]
			if c == '/' {
				n := len(out)
				if n >= 2 && out[n-1] == '.' && out[n-2] == '/' {
					out = out[:n-1]
					continue
				}
				if n >= 1 && out[n-1] == '/' {
					continue
				}
			}
			out = append(out, c)
		}
	}
	put(left)
	if right = pathRelative(right); hasRight && right != "" {
		if len(out) == 0 || out[len(out)-1] != '/' {
			out = append(out, '/')
		}
		put(right)
	}
	if len(out) > 1 && out[len(out)-1] == '/' {
		out = out[:len(out)-1]
	}
	return string(out)
}

// pathAbsname is Path.absname/2 for a relative_to already a string.
func pathAbsname(p, relTo string) string {
	if strings.HasPrefix(p, "/") {
		return pathAbsJoin(p, "", false)
	}
	return pathAbsJoin(pathAbsJoin(relTo, p, true), "", false)
}

// pathExpandDot folds the "." and ".." components of an absolute path.
func pathExpandDot(p string) string {
	acc := pathExpandSplit(strings.Split(p, "/"))
	return acc[0] + "/" + strings.Join(acc[1:], "/")
}

// pathExpandSplit folds "." and ".." in the components of an absolute
// path, its "/" head kept.
func pathExpandSplit(parts []string) []string {
	acc := []string{parts[0]}
	for _, c := range parts[1:] {
		switch {
		case c == "..":
			if len(acc) > 1 {
				acc = acc[:len(acc)-1]
			}
		case c == ".":
		default:
			acc = append(acc, c)
		}
	}
	return acc
}

// pathExpandRelative folds "." and ".." in the components of a relative
// path; ".." that go above it are kept in front.
func pathExpandRelative(parts []string) []string {
	var acc, up []string
	for _, c := range parts {
		switch c {
		case "..":
			if len(acc) > 0 {
				acc = acc[:len(acc)-1]
			} else {
				up = append(up, "..")
			}
		case ".":
		default:
			acc = append(acc, c)
		}
	}
	if len(acc) == 0 && len(up) == 0 {
		return []string{"."}
	}
	return append(up, acc...)
}

func pathJoinList(parts []string) string {
	out := parts[0]
	for _, p := range parts[1:] {
		out = pathJoin(out, p)
	}
	return out
}

// pathRelativeTo is Path.relative_to/3 (Elixir 1.18). ok is false where
// Elixir ends up calling Path.join([]) (a relative path that is a prefix
// of a relative cwd, as relative_to("a", "a/b")), which raises.
func pathRelativeTo(path, cwd string, force bool) (rel string, ok bool) {
	sp, sc := pathSplit(path), pathSplit(cwd)
	absP := len(sp) > 0 && sp[0] == "/"
	absC := len(sc) > 0 && sc[0] == "/"
	switch {
	case absP && absC:
		sp, sc = pathExpandSplit(sp), pathExpandSplit(sc)
		if slices.Equal(sp, sc) {
			return ".", true
		}
		i := 0
		for i < len(sp) && i < len(sc) && sp[i] == sc[i] {
			i++
		}
		if force {
			return pathRelativeForced(sp[i:], sc[i:], sp), true
		}
		if i == len(sc) {
			return pathJoinList(sp[i:]), true
		}
		return pathJoinList(sp), true
	case !absP && !absC:
		sp, sc = pathExpandRelative(sp), pathExpandRelative(sc)
		if slices.Equal(sp, sc) {
			return ".", true
		}
		i := 0
		for i < len(sp) && i < len(sc) && sp[i] == sc[i] {
			i++
		}
		if i == len(sp) && !(len(sc) == 1 && sc[0] == ".") {
			return "", false
		}
		return pathRelativeForced(sp[i:], sc[i:], nil), true
	}
	return pathJoinList(pathExpandRelative(sp)), true
}

// pathRelativeToOrRaise is pathRelativeTo raising where Elixir's
// Path.join([]) does.
func pathRelativeToOrRaise(path, cwd string, force bool) string {
	rel, ok := pathRelativeTo(path, cwd, force)
	if !ok {
		fnClauseError("Path.join/1", []term.Term{term.Nil})
	}
	return rel
}

func pathRelativeForced(p, c, original []string) string {
	switch {
	case slices.Equal(p, c):
		return "."
	case len(p) == 1 && p[0] == ".":
		return "."
	case len(c) == 1 && c[0] == ".":
		return pathJoinList(p)
	case original != nil && slices.Equal(p, original):
		return pathJoinList(original)
	}
	parts := make([]string, 0, len(c)+len(p))
	for range c {
		parts = append(parts, "..")
	}
	parts = append(parts, p...)
	if len(parts) == 0 {
		return "."
	}
	return pathJoinList(parts)
}

// pathExpandHome replaces a leading "~" or "~/" by the user's home.
func pathExpandHome(p string) string {
	if p == "~" || strings.HasPrefix(p, "~/") {
		home, err := os.UserHomeDir()
		if err != nil {
			rt.RaiseMessage("RuntimeError", "could not find the user home, please set the HOME environment variable")
		}
		return home + p[1:]
	}
	return p
}

func cwdOrRaise() string {
	d, err := os.Getwd()
	if err != nil {
		rt.RaiseMessage("File.Error", "could not get current working directory: no such file or directory")
	}
	return d
}

// wildcardArg is Path.wildcard's pattern, which may not hold a NUL.
func wildcardArg(env rt.Env, a []term.Term) string {
	s := string(ioChardataToString(env, a[:1]).(term.Binary))
	if strings.IndexByte(s, 0) >= 0 {
		rt.ArgumentError("cannot execute Path.wildcard/2 for path with null byte, got: " + rt.Inspect(env, a[0]))
	}
	return s
}

func init() { rt.RegisterLazy(registerPath) }

// registerPath registers the built-ins of this file (see rt.RegisterLazy).
func registerPath() {
	str := func(env rt.Env, t term.Term) string {
		return string(ioChardataToString(env, []term.Term{t}).(term.Binary))
	}
	one := func(f func(string) string) rt.BuiltinFunc {
		return func(env rt.Env, a []term.Term) term.Term { return term.Binary(f(str(env, a[0]))) }
	}
	two := func(f func(string, string) string) rt.BuiltinFunc {
		return func(env rt.Env, a []term.Term) term.Term {
			return term.Binary(f(str(env, a[0]), str(env, a[1])))
		}
	}
	relTo := func(env rt.Env, a []term.Term) string {
		if f, ok := a[1].(*term.Fun); ok && f.Arity == 0 {
			return str(env, env.Call(f, nil))
		}
		return str(env, a[1])
	}
	relativeTo := func(env rt.Env, a []term.Term, cwd string) term.Term {
		force := false
		if len(a) == 3 {
			if !term.IsList(a[2]) {
				fnClauseError("Path.relative_to/3", a)
			}
			if v, ok := kwGet(a[2], "force"); ok {
				force = term.IsTruthy(v)
			}
		}
		return term.Binary(pathRelativeToOrRaise(str(env, a[0]), cwd, force))
	}
	expand := func(p, relative string) string {
		return pathExpandDot(pathAbsname(pathAbsname(pathExpandHome(p), relative), cwdOrRaise()))
	}
	fns := map[string]rt.BuiltinFunc{
		"basename/1": one(pathBasename),
		"basename/2": two(pathBasenameExt),
		"dirname/1":  one(pathDirname),
		"extname/1":  one(pathExtname),
		"rootname/1": one(pathRootname),
		"rootname/2": two(pathRootnameExt),
		"relative/1": func(env rt.Env, a []term.Term) term.Term {
			if s, ok := a[0].(term.Binary); ok {
				return term.Binary(pathRelative(string(s)))
			}
			if l, ok := a[0].(*term.Cons); ok && l.Head == term.Int('/') {
				return term.Binary(str(env, l.Tail))
			}
			return term.Binary(str(env, a[0]))
		},
		"type/1": func(env rt.Env, a []term.Term) term.Term {
			if !term.IsList(a[0]) {
				if _, ok := a[0].(term.Binary); !ok {
					fnClauseError("Path.type/1", a)
				}
			}
			if strings.HasPrefix(str(env, a[0]), "/") {
				return atom("absolute")
			}
			return atom("relative")
		},
		"split/1": func(env rt.Env, a []term.Term) term.Term {
			return strList(pathSplit(str(env, a[0])))
		},
		"join/1": func(env rt.Env, a []term.Term) term.Term {
			items, ok := term.ListToSlice(a[0])
			if !ok || len(items) == 0 {
				fnClauseError("Path.join/1", a)
			}
			out := str(env, items[0])
			for _, it := range items[1:] {
				out = pathJoin(out, str(env, it))
			}
			return term.Binary(out)
		},
		"join/2": func(env rt.Env, a []term.Term) term.Term {
			left := str(env, a[0])
			return term.Binary(pathJoin(left, str(env, a[1])))
		},
		"absname/2": func(env rt.Env, a []term.Term) term.Term {
			p := str(env, a[0])
			if strings.HasPrefix(p, "/") {
				return term.Binary(pathAbsname(p, ""))
			}
			return term.Binary(pathAbsname(p, relTo(env, a)))
		},
		"relative_to/2": func(env rt.Env, a []term.Term) term.Term { return relativeTo(env, a, str(env, a[1])) },
		"relative_to/3": func(env rt.Env, a []term.Term) term.Term { return relativeTo(env, a, str(env, a[1])) },
		// These read the current directory or the user's home.
		"absname/1": func(env rt.Env, a []term.Term) term.Term {
			return term.Binary(pathAbsname(str(env, a[0]), cwdOrRaise()))
		},
		"expand/1": func(env rt.Env, a []term.Term) term.Term {
			return term.Binary(pathExpandDot(pathAbsname(pathExpandHome(str(env, a[0])), cwdOrRaise())))
		},
		"expand/2": func(env rt.Env, a []term.Term) term.Term {
			return term.Binary(expand(str(env, a[0]), pathExpandHome(str(env, a[1]))))
		},
		"wildcard/1": func(env rt.Env, a []term.Term) term.Term {
			return strList(pathWildcard(".", wildcardArg(env, a), false))
		},
		"wildcard/2": func(env rt.Env, a []term.Term) term.Term {
			if !term.IsList(a[1]) {
				fnClauseError("Path.wildcard/2", a)
			}
			v, _ := kwGet(a[1], "match_dot")
			return strList(pathWildcard(".", wildcardArg(env, a), v != nil && term.IsTruthy(v)))
		},
		"relative_to_cwd/1": func(env rt.Env, a []term.Term) term.Term {
			return relativeTo(env, a[:1], cwdOrRaise())
		},
		"relative_to_cwd/2": func(env rt.Env, a []term.Term) term.Term {
			return relativeTo(env, []term.Term{a[0], term.Nil, a[1]}, cwdOrRaise())
		},
	}
	rt.Register("Path", fns)
}

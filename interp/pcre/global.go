package pcre

// FindAll returns up to n matches (all when n < 0) of re in s from byte
// offset start, found as :re.run/3's :global option finds them: after an
// empty match the next attempt at the same place must be non-empty and
// anchored there; when it fails, matching goes on one character further
// (over a whole \r\n when \r\n is a newline). A match attempt that hits
// MatchLimit ends the search with LimitHit.
func (re *Regexp) FindAll(s string, start, n int, b Budget) ([][]int, Result) {
	var out [][]int
	m := re.machine(s, b)
	m.slabSize = 64
	defer m.release()
	pos := start
	retry := false
	for pos <= len(s) && (n < 0 || len(out) < n) {
		var caps []int
		var res Result
		if retry {
			caps, res = m.exec(pos, Options{Anchored: true, NotEmptyAtStart: true})
			retry = false
			if res == NoMatch {
				pos = re.forward(s, pos)
				continue
			}
		} else {
			caps, res = m.exec(pos, Options{})
		}
		if res == LimitHit {
			return out, LimitHit
		}
		if res == NoMatch {
			break
		}
		out = append(out, caps)
		pos = caps[1]
		retry = caps[0] == caps[1]
	}
	return out, Matched
}

// forward is the position one character after pos.
func (re *Regexp) forward(s string, pos int) int {
	if re.flags.AnyCRLF && pos+1 < len(s) && s[pos] == '\r' && s[pos+1] == '\n' {
		return pos + 2
	}
	pos++
	if re.flags.UTF {
		for pos < len(s) && s[pos]&0xc0 == 0x80 {
			pos++
		}
	}
	return pos
}

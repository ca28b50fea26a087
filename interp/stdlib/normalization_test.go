package stdlib

import (
	"bufio"
	"compress/bzip2"
	"os"
	"strings"
	"testing"
)

// TestNormalizationTestFile runs Unicode's NormalizationTest.txt (from
// Debian's unicode-data package, when installed): for every line,
// NFC(c1)=c2, NFD(c1)=c3, NFKC(c1)=c4 and NFKD(c1)=c5.
func TestNormalizationTestFile(t *testing.T) {
	f, err := os.Open("/usr/share/unicode/NormalizationTest.txt.bz2")
	if err != nil {
		t.Skip("Unicode's NormalizationTest.txt is not installed:", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(bzip2.NewReader(f))
	field := func(h string) string {
		var sb strings.Builder
		for _, x := range strings.Fields(h) {
			sb.WriteRune(parseHexRune(x))
		}
		return sb.String()
	}
	total, failures := 0, 0
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' || line[0] == '@' {
			continue
		}
		cols := strings.Split(line, ";")
		if len(cols) < 5 {
			continue
		}
		c := make([]string, 5)
		for k := range c {
			c[k] = field(cols[k])
		}
		total++
		if nfc(c[0]) != c[1] || string(nfd(c[0])) != c[2] || nfkc(c[0]) != c[3] || string(nfkd(c[0])) != c[4] {
			failures++
			if failures <= 5 {
				t.Errorf("%s: nfc=%q nfd=%q nfkc=%q nfkd=%q", line, nfc(c[0]), string(nfd(c[0])), nfkc(c[0]), string(nfkd(c[0])))
			}
		}
	}
	if failures > 0 {
		t.Errorf("%d of %d normalization tests fail", failures, total)
	}
}

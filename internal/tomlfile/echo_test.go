package tomlfile

import (
	"strings"
	"testing"
)

func TestEchoAndCutKeepMessagesShort(t *testing.T) {
	for s, want := range map[string]string{
		"Neck Roll":             `"Neck Roll"`,
		strings.Repeat("ü", 60): `"` + strings.Repeat("ü", 60) + `"`,
		strings.Repeat("ü", 61): `"` + strings.Repeat("ü", 60) + `"…`,
		"a\x1bb":                `"a\x1bb"`,
	} {
		if got := Echo(s); got != want {
			t.Errorf("Echo(%.20q): %s, want %s", s, got, want)
		}
	}
	huge := strings.Repeat("A", 1<<20)
	p := Problem{File: "r.toml", Line: 3, Field: "step[1]." + huge, Msg: `"` + huge + `" is not allowed`, Allowed: "one of a, b"}
	if got := p.String(); len(got) > 400 || !strings.HasPrefix(got, "r.toml:3: step[1].AAA") || !strings.HasSuffix(got, "… (one of a, b)") {
		t.Errorf("%d bytes: %.300s", len(got), got)
	}
}

package routine

import (
	"strings"
	"testing"
)

func TestParseAdvice(t *testing.T) {
	src := "format = 1\n\n[[advice]]\nid = \"a\"\ntitle = \"A\"\ntext = \"Do a.\"\n\n[[advice]]\nid = \"stop\"\ntitle = \"Stop on pain\"\ntext = \"Stop.\"\nsafety = true\n"
	all, err := ParseAdvice("advice.toml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	safe := SafetyAdvice(all)
	if len(all) != 2 || len(safe) != 1 || safe[0].ID != "stop" {
		t.Fatalf("got %+v", all)
	}
	_, err = ParseAdvice("advice.toml", []byte("format = 1\n[[advice]]\nid = \"a\"\ntitel = \"A\"\nsafety = \"yes\"\n"))
	for _, want := range []string{
		`advice.toml:4: advice[1].titel: unknown key (did you mean "title"?)`,
		`advice.toml:5: advice[1].safety: a string is not true or false`,
	} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("missing %q in:\n%v", want, err)
		}
	}
}

package wire

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// notVerbs are string literals outside this package that equal a verb
// but are not one: flag names and file keys that happen to be the same
// word. Each is a file (from the module root) and the literal.
var notVerbs = map[string]string{
	"cmd/posture/main.go:start":                  "the --start flag",
	"cmd/posture/cmd_exercises.go:show":          "the --show flag",
	"cmd/posture/cmd_sounds.go:play":             "the --play flag",
	"cmd/posture/cmd_autostart.go:status":        "`posture autostart status`",
	"cmd/posture/portal_test.go:status":          "`posture autostart status`",
	"internal/ui/screen_history_header.go:start": "the streak sentence's English verb",
	"internal/history/fields.go:status":          "a history file's key",
	"internal/history/csv.go:status":             "a CSV column",
	"internal/history/csv_test.go:status":        "a CSV column",
	"internal/figure/keys.go:start":              "a pose key's name",
	"internal/figure/library.go:start":           "a pose key's name",
	"internal/figure/figure_test.go:start":       "a pose key's name",
	"assets/content_test.go:start":               "a pose key's name",
}

// TestNoVerbIsSpelledOutsideThisPackage reads every Go file of the
// module: a protocol verb written as a string literal anywhere but here
// (alone, or as "snooze " to put a line together) is a second way of
// speaking the protocol, which drifts.
func TestNoVerbIsSpelledOutsideThisPackage(t *testing.T) {
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	var verbs []string
	for v := range needs {
		verbs = append(verbs, string(v))
	}
	verbs = append(verbs, "pong") // the old reply to ping
	here, _ := filepath.Abs(".")
	seen := 0
	err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (path == here || strings.HasPrefix(d.Name(), ".") && path != root || d.Name() == "testdata") {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") {
			return nil
		}
		seen++
		rel, _ := filepath.Rel(root, path)
		for _, lit := range stringLiterals(t, path) {
			if !slices.Contains(verbs, strings.TrimSuffix(lit.value, " ")) {
				continue
			}
			if _, ok := notVerbs[filepath.ToSlash(rel)+":"+lit.value]; ok {
				continue
			}
			t.Errorf("%s:%d: %q spells a protocol verb: use the constant in internal/wire", rel, lit.line, lit.value)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if seen < 50 {
		t.Fatalf("read only %d Go files under %s", seen, root)
	}
}

type literal struct {
	value string
	line  int
}

// stringLiterals are the file's string literals, struct tags left out.
func stringLiterals(t *testing.T, path string) []literal {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
	if err != nil {
		t.Fatal(err)
	}
	tags := map[*ast.BasicLit]bool{}
	var out []literal
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.Field:
			if n.Tag != nil {
				tags[n.Tag] = true
			}
		case *ast.BasicLit:
			if n.Kind != token.STRING || tags[n] {
				return true
			}
			if s, err := strconv.Unquote(n.Value); err == nil {
				out = append(out, literal{s, fset.Position(n.Pos()).Line})
			}
		}
		return true
	})
	return out
}

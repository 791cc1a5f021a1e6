package ui

import (
	"go/parser"
	"go/token"
	"maps"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// importsOf lists the imports of the non-test Go files in dir.
func importsOf(t *testing.T, dir string) map[string][]string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		t.Fatal(err)
	}
	byFile := map[string][]string{}
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		ast, err := parser.ParseFile(token.NewFileSet(), f, nil, parser.ImportsOnly)
		if err != nil {
			t.Fatal(err)
		}
		for _, imp := range ast.Imports {
			path, _ := strconv.Unquote(imp.Path.Value)
			byFile[f] = append(byFile[f], path)
		}
	}
	return byFile
}

// The window does no file work of its own: every file is read and written
// by a domain package, off the UI goroutine where it could be slow.
func TestUIDoesNoFileWork(t *testing.T) {
	forbidden := []string{"os", "io/ioutil", "github.com/BurntSushi/toml", "github.com/postureapp/posture/internal/store"}
	byFile := importsOf(t, ".")
	maps.Copy(byFile, importsOf(t, "kit"))
	for file, imports := range byFile {
		for _, imp := range imports {
			for _, f := range forbidden {
				if imp == f {
					t.Errorf("%s imports %s", file, imp)
				}
			}
		}
	}
}

// Domain packages never import Fyne, so they test fast and headless.
func TestDomainPackagesDoNotImportFyne(t *testing.T) {
	entries, err := os.ReadDir("..")
	if err != nil {
		t.Fatal(err)
	}
	checked := 0
	for _, e := range entries {
		if !e.IsDir() || e.Name() == "ui" {
			continue
		}
		err := filepath.WalkDir(filepath.Join("..", e.Name()), func(path string, d os.DirEntry, err error) error {
			if err != nil || !d.IsDir() || d.Name() == "testdata" {
				return err
			}
			for file, imports := range importsOf(t, path) {
				checked++
				for _, imp := range imports {
					if strings.HasPrefix(imp, "fyne.io/fyne/") { // fyne.io/systray is D-Bus only, no toolkit
						t.Errorf("%s imports %s", file, imp)
					}
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if checked < 20 {
		t.Fatalf("only %d domain files found: is the test looking in the right place?", checked)
	}
}

// The kit knows nothing of the screens: a widget can be read, tested and
// changed without them, and the arrows run one way, from screens to kit.
func TestKitImportsNothingOfTheScreens(t *testing.T) {
	byFile := importsOf(t, "kit")
	if len(byFile) < 10 {
		t.Fatalf("only %d kit files found: is the test looking in the right place?", len(byFile))
	}
	for file, imports := range byFile {
		for _, imp := range imports {
			if imp == "github.com/postureapp/posture/internal/ui" || strings.HasPrefix(imp, "github.com/postureapp/posture/internal/ui/") {
				t.Errorf("%s imports %s", file, imp)
			}
		}
	}
}

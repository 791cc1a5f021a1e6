package ui

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// shownBy are the calls whose string arguments a person reads: a literal
// there would stay English in every language.
var shownBy = map[string]bool{
	"ask": true, "inform": true, "confirm": true, "showProblems": true, "showScrolling": true,
	"showBusy": true, "NewButton": true, "NewCheck": true, "Wrapped": true, "NewLabel": true,
	"SetText": true, "SetPlaceHolder": true, "Start": true, "NewButtonWithIcon": true,
	"NewPrimaryButton": true, "Caption": true, "SmallText": true, "NewNotice": true, "SetProblem": true,
	"NewListRow": true, "Section": true, "NewSearchField": true, "SetTitle": true, "NewCard": true,
	"NewLabelWithStyle": true, "NewHyperlink": true, "NewRichTextWithText": true,
}

// asIs are literals that read the same in every language (the app's
// name) or size a list's template row and are replaced before a row is
// drawn.
var asIs = map[string]bool{"Posture": true, "exercise name": true}

var words = regexp.MustCompile(`[A-Za-z]{2,}`)

// Every string a person reads goes through the catalogues: a bare literal
// in a dialog, button, label or choice is English in a German window (the
// Rename, Delete, Import and background dialogs were, and no walk caught
// all of them).
func TestShownStringsGoThroughTheCatalogues(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	kits, _ := filepath.Glob("kit/*.go")
	for _, f := range append(files, kits...) {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		fs := token.NewFileSet()
		af, err := parser.ParseFile(fs, f, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		seen := map[token.Pos]bool{}
		report := func(e ast.Expr) {
			ast.Inspect(e, func(n ast.Node) bool {
				if c, ok := n.(*ast.CallExpr); ok && callName(c) != "" && !shownBy[callName(c)] {
					return false // lang.X, fmt and the like build the text
				}
				b, ok := n.(*ast.BasicLit)
				if !ok || b.Kind != token.STRING {
					return true
				}
				if v, _ := strconv.Unquote(b.Value); words.MatchString(v) && !asIs[v] && !seen[b.Pos()] {
					seen[b.Pos()] = true
					t.Errorf("%s: %q is shown as it is in every language; put it in the catalogues (lang.X)", fs.Position(b.Pos()), v)
				}
				return true
			})
		}
		ast.Inspect(af, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.CallExpr:
				if shownBy[callName(n)] {
					for _, a := range n.Args {
						report(a)
					}
				}
			case *ast.CompositeLit:
				for _, el := range n.Elts {
					if kv, ok := el.(*ast.KeyValueExpr); ok && shownField(kv.Key) {
						report(kv.Value)
					}
				}
			case *ast.AssignStmt:
				for i, l := range n.Lhs {
					if shownField(l) && i < len(n.Rhs) {
						report(n.Rhs[i])
					}
				}
			}
			return true
		})
	}
}

// shownField is a field that holds what a widget or a choice shows.
func shownField(e ast.Expr) bool {
	var name string
	switch f := e.(type) {
	case *ast.Ident:
		name = f.Name
	case *ast.SelectorExpr:
		name = f.Sel.Name
	}
	return name == "text" || name == "Text" || name == "PlaceHolder" || name == "Title"
}

func callName(c *ast.CallExpr) string {
	switch f := c.Fun.(type) {
	case *ast.Ident:
		return f.Name
	case *ast.SelectorExpr:
		return f.Sel.Name
	}
	return ""
}

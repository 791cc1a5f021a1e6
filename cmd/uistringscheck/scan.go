package main

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strconv"
	"strings"
)

// use is one call that asks the catalogue for a text.
type use struct {
	Key, Fallback string
	Plural        bool
	Pos           string // file:line
}

// scanUses finds every X and XN call with a literal key and fallback in
// the Go files (tests left out) under dirs of root. A call to lang's
// X, XN, L or N whose key is not a literal is an error: no check could
// see it.
func scanUses(root string, dirs ...string) (map[string][]use, error) {
	uses := map[string][]use{}
	var problems []string
	fset := token.NewFileSet()
	for _, dir := range dirs {
		err := filepath.WalkDir(filepath.Join(root, dir), func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
				return err
			}
			f, err := parser.ParseFile(fset, path, nil, 0)
			if err != nil {
				return err
			}
			ast.Inspect(f, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok {
					return true
				}
				u, isCall, err := readCall(call)
				pos := fset.Position(call.Pos())
				switch {
				case err != nil:
					problems = append(problems, fmt.Sprintf("%s:%d: %v", pos.Filename, pos.Line, err))
				case isCall:
					u.Pos = fmt.Sprintf("%s:%d", pos.Filename, pos.Line)
					uses[u.Key] = append(uses[u.Key], u)
				}
				return true
			})
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	if len(problems) > 0 {
		return nil, fmt.Errorf("calls the check cannot read:\n%s", strings.Join(problems, "\n"))
	}
	return uses, nil
}

// readCall reads a catalogue call: sel.X(key, fallback, ...) or
// sel.XN(key, fallback, count, ...) with string literals, and lang.L(text)
// or lang.N(text, count) where the text is its own key.
func readCall(call *ast.CallExpr) (use, bool, error) {
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok {
		return use{}, false, nil
	}
	pkg, _ := sel.X.(*ast.Ident)
	isLang := pkg != nil && pkg.Name == "lang"
	name := sel.Sel.Name
	switch {
	case (name == "X" || name == "XN") && len(call.Args) >= 2:
		key, okK := literal(call.Args[0])
		fallback, okF := literal(call.Args[1])
		if !okK || !okF {
			if isLang {
				return use{}, false, fmt.Errorf("lang.%s with a key or fallback that is not a string literal", name)
			}
			return use{}, false, nil // another X, such as a position's
		}
		return use{Key: key, Fallback: fallback, Plural: name == "XN"}, true, nil
	case isLang && (name == "L" || name == "N") && len(call.Args) >= 1:
		text, ok := literal(call.Args[0])
		if !ok {
			return use{}, false, fmt.Errorf("lang.%s with a text that is not a string literal", name)
		}
		return use{Key: text, Fallback: text, Plural: name == "N"}, true, nil
	case isLang && (name == "X" || name == "XN" || name == "L" || name == "N"):
		return use{}, false, fmt.Errorf("lang.%s with too few arguments", name)
	}
	return use{}, false, nil
}

func literal(e ast.Expr) (string, bool) {
	lit, ok := e.(*ast.BasicLit)
	if !ok || lit.Kind != token.STRING {
		return "", false
	}
	s, err := strconv.Unquote(lit.Value)
	return s, err == nil
}

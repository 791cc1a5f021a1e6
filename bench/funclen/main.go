// Command funclen lists the Go functions longer than a limit, from the
// line of their func keyword to their closing brace, test files
// included, and counts them: the "functions over 60 lines" figure of
// issue #24's report.
//
// Usage:
//
//	go run ./bench/funclen [-over 60] [-q] [DIR...]
//
// DIR defaults to the current folder; vendor, testdata and hidden
// folders are skipped. -q prints only the count.
package main

import (
	"flag"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	over := flag.Int("over", 60, "report functions longer than this many lines")
	quiet := flag.Bool("q", false, "print only the count")
	flag.Parse()
	dirs := flag.Args()
	if len(dirs) == 0 {
		dirs = []string{"."}
	}
	count := 0
	for _, dir := range dirs {
		err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() {
				if path != dir && (strings.HasPrefix(d.Name(), ".") || d.Name() == "vendor" || d.Name() == "testdata") {
					return filepath.SkipDir
				}
				return nil
			}
			if !strings.HasSuffix(path, ".go") {
				return nil
			}
			long, err := longFuncs(path, *over)
			if err != nil {
				return err
			}
			for _, l := range long {
				count++
				if !*quiet {
					fmt.Println(l)
				}
			}
			return nil
		})
		if err != nil {
			fmt.Fprintln(os.Stderr, "funclen:", err)
			os.Exit(1)
		}
	}
	fmt.Printf("%d functions over %d lines\n", count, *over)
}

// longFuncs lists the functions in one file longer than over lines, as
// "file:line name lines".
func longFuncs(path string, over int) ([]string, error) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
	if err != nil {
		return nil, err
	}
	var long []string
	ast.Inspect(f, func(n ast.Node) bool {
		var name string
		switch fn := n.(type) {
		case *ast.FuncDecl:
			name = fn.Name.Name
		case *ast.FuncLit:
			name = "func literal"
		default:
			return true
		}
		start, end := fset.Position(n.Pos()), fset.Position(n.End())
		if lines := end.Line - start.Line + 1; lines > over {
			long = append(long, fmt.Sprintf("%s:%d %s %d", path, start.Line, name, lines))
		}
		return true
	})
	return long, nil
}

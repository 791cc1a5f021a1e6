// Command uiarrows counts the arrows between the files of one Go package:
// file A has an arrow to file B when A uses a name declared in B (a
// function, type, variable, constant, field or method). An arrow counts
// once however many names it carries. It also counts the arrows that
// carry the App type or one of its fields or methods, the coupling that
// keeps a screen from moving out of internal/ui.
//
// Usage:
//
//	go run ./bench/uiarrows [-v] [-tags migrated_fynedo,no_emoji] [DIR]
//
// DIR defaults to internal/ui. Test files are left out. -v lists every
// arrow with the names it carries.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
)

func main() {
	verbose := flag.Bool("v", false, "list every arrow with the names it carries")
	tags := flag.String("tags", "migrated_fynedo,no_emoji", "build tags")
	flag.Parse()
	dir := "internal/ui"
	if flag.NArg() > 0 {
		dir = flag.Arg(0)
	}
	if err := run(os.Stdout, dir, *tags, *verbose); err != nil {
		fmt.Fprintln(os.Stderr, "uiarrows:", err)
		os.Exit(1)
	}
}

// arrow is one file's use of names declared in another.
type arrow struct{ from, to string }

func run(w io.Writer, dir, tags string, verbose bool) error {
	files, exports, err := listPackage(dir, tags)
	if err != nil {
		return err
	}
	fset := token.NewFileSet()
	var parsed []*ast.File
	for _, f := range files {
		af, err := parser.ParseFile(fset, f, nil, parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		parsed = append(parsed, af)
	}
	info := &types.Info{Uses: map[*ast.Ident]types.Object{}}
	lookup := func(path string) (io.ReadCloser, error) {
		if f, ok := exports[path]; ok && f != "" {
			return os.Open(f)
		}
		return nil, fmt.Errorf("no export data for %s", path)
	}
	conf := types.Config{Importer: importer.ForCompiler(fset, "gc", lookup)}
	pkg, err := conf.Check(dir, fset, parsed, info)
	if err != nil {
		return err
	}
	app := appNames(pkg)
	names := map[arrow]map[string]bool{}
	intoApp := map[arrow]bool{}
	for id, obj := range info.Uses {
		if obj.Pkg() != pkg || !obj.Pos().IsValid() {
			continue
		}
		a := arrow{filepath.Base(fset.Position(id.Pos()).Filename), filepath.Base(fset.Position(obj.Pos()).Filename)}
		if a.from == a.to {
			continue
		}
		if names[a] == nil {
			names[a] = map[string]bool{}
		}
		names[a][obj.Name()] = true
		if app[obj] {
			intoApp[a] = true
		}
	}
	fmt.Fprintf(w, "%s: %d files, %d arrows between them, %d carrying App\n", dir, len(files), len(names), len(intoApp))
	if verbose {
		var lines []string
		for a, ns := range names {
			mark := ""
			if intoApp[a] {
				mark = " [App]"
			}
			lines = append(lines, fmt.Sprintf("%s -> %s%s: %s", a.from, a.to, mark, strings.Join(slices.Sorted(mapKeys(ns)), " ")))
		}
		slices.Sort(lines)
		fmt.Fprintln(w, strings.Join(lines, "\n"))
	}
	return nil
}

// appNames is the App type with its fields and methods; empty when the
// package has no App.
func appNames(pkg *types.Package) map[types.Object]bool {
	set := map[types.Object]bool{}
	tn, ok := pkg.Scope().Lookup("App").(*types.TypeName)
	if !ok {
		return set
	}
	set[tn] = true
	named := tn.Type().(*types.Named)
	for i := range named.NumMethods() {
		set[named.Method(i)] = true
	}
	if st, ok := named.Underlying().(*types.Struct); ok {
		for i := range st.NumFields() {
			set[st.Field(i)] = true
		}
	}
	return set
}

// listPackage is the package's Go files (tests left out) and the export
// data file of every package it depends on, built by the go command.
func listPackage(dir, tags string) (files []string, exports map[string]string, err error) {
	out, err := goList("-tags", tags, "-f", `{{range .GoFiles}}{{$.Dir}}/{{.}}{{"\n"}}{{end}}`, "./"+dir)
	if err != nil {
		return nil, nil, err
	}
	files = strings.Fields(out)
	out, err = goList("-tags", tags, "-export", "-deps", "-f", `{{.ImportPath}}={{.Export}}`, "./"+dir)
	if err != nil {
		return nil, nil, err
	}
	exports = map[string]string{}
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		path, file, _ := strings.Cut(line, "=")
		exports[path] = file
	}
	return files, exports, nil
}

func goList(args ...string) (string, error) {
	var stdout, stderr bytes.Buffer
	cmd := exec.Command("go", append([]string{"list"}, args...)...)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		return "", fmt.Errorf("go list: %v: %s", err, stderr.String())
	}
	return stdout.String(), nil
}

func mapKeys(m map[string]bool) func(func(string) bool) {
	return func(yield func(string) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}

// Command debcopyright writes the Debian copyright file (DEP-5) of the
// posture package: our MIT licence, then every Go module the binary links,
// the Go standard library and the fonts Fyne bundles, each with the licence
// its own files state. make deb runs it, so a new dependency is listed the
// day it is added, and a licence it cannot name stops the build.
//
// Usage: go run ./cmd/debcopyright -tags TAGS -head assets/linux/copyright PACKAGE >copyright
package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
)

// module is one Go module linked into the binary, as go list names it.
type module struct {
	Path    string
	Version string
	Dir     string
	Main    bool
}

// font is a font file Fyne embeds, with the licence file beside it.
type font struct {
	files   string // a DEP-5 Files pattern inside fyne's theme/font
	licence string // the licence file in the same folder
	holder  string // the holder, when the licence file names none
	tag     string // a build tag that leaves it out, if any
}

// fyneFonts lists the fonts fyne.io/fyne/v2/theme embeds. A font embedded
// that none of these patterns matches stops the build, so a new bundled
// font is never shipped without its licence.
var fyneFonts = []font{
	{files: "NotoSans-*.ttf", licence: "LICENSE.txt", holder: "2022 The Noto Project Authors"},
	{files: "InterSymbols-Regular.ttf", licence: "LICENSE_Inter.txt"},
	{files: "DejaVuSansMono-Powerline.ttf", licence: "LICENSE_DejaVu-Powerline.txt"},
	{files: "EmojiOneColor.otf", licence: "LICENSE_EmojiOneColor.txt", tag: "no_emoji"},
}

func main() {
	tags := flag.String("tags", "", "the build tags the binary is built with")
	head := flag.String("head", "", "the copyright file's own part: header, our Files paragraph and licence")
	flag.Parse()
	if flag.NArg() != 1 || *head == "" {
		fmt.Fprintln(os.Stderr, "usage: debcopyright -tags TAGS -head FILE PACKAGE")
		os.Exit(2)
	}
	if err := write(os.Stdout, *head, *tags, flag.Arg(0)); err != nil {
		fmt.Fprintln(os.Stderr, "debcopyright:", err)
		os.Exit(1)
	}
}

func write(w io.Writer, head, tags, pkg string) error {
	own, err := os.ReadFile(head)
	if err != nil {
		return err
	}
	mods, err := linkedModules(tags, pkg)
	if err != nil {
		return err
	}
	goroot, err := goEnv("GOROOT")
	if err != nil {
		return err
	}
	goversion, err := goEnv("GOVERSION")
	if err != nil {
		return err
	}
	mods = append(mods, module{Path: stdlib, Version: goversion, Dir: goroot})
	paras, err := moduleParagraphs(mods)
	if err != nil {
		return err
	}
	fonts, err := fontParagraphs(mods, strings.Split(tags, ","))
	if err != nil {
		return err
	}
	out := bufio.NewWriter(w)
	out.Write(own)
	for _, p := range append(paras, fonts...) {
		fmt.Fprintf(out, "\n%s", p)
	}
	if slices.ContainsFunc(paras, func(p string) bool { return strings.Contains(p, "Apache-2.0") }) {
		fmt.Fprintf(out, "\n%s", apacheParagraph)
	}
	return out.Flush()
}

// apacheParagraph points at Debian's copy of the Apache licence rather than
// repeating it, as Debian policy asks for licences in common-licenses.
const apacheParagraph = `License: Apache-2.0
 On Debian systems, the full text of the Apache License, Version 2.0 can be
 found in /usr/share/common-licenses/Apache-2.0.
`

// linkedModules asks go list for the modules whose packages the binary
// links: not go.mod's whole graph, which includes test-only modules.
func linkedModules(tags, pkg string) ([]module, error) {
	cmd := exec.Command("go", "list", "-deps", "-tags", tags, "-json=Module", pkg)
	cmd.Stderr = os.Stderr
	raw, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("go list: %w", err)
	}
	return decodeModules(raw)
}

// decodeModules reads go list's stream of packages into the distinct
// modules other than our own, sorted by path.
func decodeModules(raw []byte) ([]module, error) {
	seen := map[string]module{}
	dec := json.NewDecoder(strings.NewReader(string(raw)))
	for {
		var p struct{ Module *module }
		if err := dec.Decode(&p); errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			return nil, fmt.Errorf("go list output: %w", err)
		}
		if p.Module != nil && !p.Module.Main {
			seen[p.Module.Path] = *p.Module
		}
	}
	var mods []module
	for _, m := range seen {
		mods = append(mods, m)
	}
	slices.SortFunc(mods, func(a, b module) int { return strings.Compare(a.Path, b.Path) })
	return mods, nil
}

func goEnv(name string) (string, error) {
	out, err := exec.Command("go", "env", name).Output()
	if err != nil {
		return "", fmt.Errorf("go env %s: %w", name, err)
	}
	return strings.TrimSpace(string(out)), nil
}

// stdlib stands for the Go standard library among the modules.
const stdlib = "std"

// files is the module's DEP-5 Files pattern: its module path, or the Go
// tree's for the standard library.
func (m module) files() string {
	if m.Path == stdlib {
		return "go/src/*"
	}
	return m.Path + "/*"
}

// moduleParagraphs gives one Files paragraph per module, named by its
// module path (the files are inside the binary, not on disk).
func moduleParagraphs(mods []module) ([]string, error) {
	var out []string
	for _, m := range mods {
		file, text, err := licenceFile(m.Dir)
		if err != nil {
			return nil, fmt.Errorf("%s %s: %w", m.Path, m.Version, err)
		}
		p, err := paragraph(m.files(), m.Path+" "+m.Version, m.Path+" "+m.Version, text)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", file, err)
		}
		out = append(out, p)
	}
	return out, nil
}

// fontParagraphs gives a Files paragraph for each font Fyne embeds in this
// build (its //go:embed lines say which), and refuses a font it has no
// licence for.
func fontParagraphs(mods []module, tags []string) ([]string, error) {
	i := slices.IndexFunc(mods, func(m module) bool { return m.Path == "fyne.io/fyne/v2" })
	if i < 0 {
		return nil, errors.New("fyne.io/fyne/v2 is not linked, so its fonts cannot be listed")
	}
	theme := filepath.Join(mods[i].Dir, "theme")
	embedded, err := embeddedFonts(theme)
	if err != nil {
		return nil, err
	}
	used := map[int]bool{}
	for _, name := range embedded {
		j := slices.IndexFunc(fyneFonts, func(f font) bool { ok, _ := filepath.Match(f.files, name); return ok })
		if j < 0 {
			return nil, fmt.Errorf("%s: Fyne embeds a font with no licence listed in cmd/debcopyright", filepath.Join(theme, "font", name))
		}
		used[j] = true
	}
	var out []string
	for j, f := range fyneFonts {
		if !used[j] || f.tag != "" && slices.Contains(tags, f.tag) {
			continue
		}
		text, err := os.ReadFile(filepath.Join(theme, "font", f.licence))
		if err != nil {
			return nil, err
		}
		holder := f.holder
		if holder == "" {
			holder = "fyne.io/fyne/v2 " + mods[i].Version
		}
		p, err := paragraph("fyne.io/fyne/v2/theme/font/"+f.files, "a font Fyne "+mods[i].Version+" embeds", holder, string(text))
		if err != nil {
			return nil, fmt.Errorf("%s: %w", f.licence, err)
		}
		out = append(out, p)
	}
	return out, nil
}

var embedLine = regexp.MustCompile(`(?m)^//go:embed font/(\S+)`)

// embeddedFonts reads the font files named in the theme's //go:embed lines.
func embeddedFonts(theme string) ([]string, error) {
	files, err := filepath.Glob(filepath.Join(theme, "*.go"))
	if err != nil {
		return nil, err
	}
	var names []string
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		for _, m := range embedLine.FindAllStringSubmatch(string(text), -1) {
			names = append(names, m[1])
		}
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("%s: no //go:embed font/ lines; has Fyne moved its fonts?", theme)
	}
	return names, nil
}

// licenceFile finds and reads the licence file at the top of a module.
func licenceFile(dir string) (string, string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return "", "", err
	}
	for _, e := range entries {
		if licenceName.MatchString(e.Name()) && e.Type().IsRegular() {
			path := filepath.Join(dir, e.Name())
			text, err := os.ReadFile(path)
			return path, string(text), err
		}
	}
	return "", "", fmt.Errorf("no LICENSE or COPYING file in %s", dir)
}

var licenceName = regexp.MustCompile(`(?i)^(licen[cs]e|copying)(\.(md|txt))?$`)

// paragraph is a DEP-5 Files paragraph: the copyright lines found in the
// licence text, its SPDX name, and the text itself unless Debian has it.
func paragraph(files, comment, holder, text string) (string, error) {
	name, err := classify(text)
	if err != nil {
		return "", err
	}
	var b strings.Builder
	fmt.Fprintf(&b, "Files: %s\nCopyright: %s\nComment: %s\nLicense: %s\n", files,
		strings.Join(holders(text, holder), "\n "), comment, name)
	if name != "Apache-2.0" {
		b.WriteString(indent(text))
	}
	return b.String(), nil
}

var (
	spdxLine      = regexp.MustCompile(`SPDX-License-Identifier:\s*(.+)`)
	copyrightLine = regexp.MustCompile(`(?i)^[\s/#>*]*(copyright\s*(\(c\)\s*|©\s*)?[0-9].*|copyright\s*(\(c\)|©).*|\(c\)\s*[0-9].*|fonts are \(c\).*)$`)
)

// classify names a licence text by SPDX identifier, from its own
// SPDX-License-Identifier line or from the sentences each licence is known
// by. Two licences in one file (MIT and Apache) are named together.
func classify(text string) (string, error) {
	if m := spdxLine.FindStringSubmatch(text); m != nil {
		return strings.ReplaceAll(strings.TrimSpace(m[1]), " OR ", " or "), nil
	}
	flat := strings.ToLower(strings.Join(strings.Fields(text), " "))
	// Font licences grant permission in MIT's words, so they go first and alone.
	switch {
	case strings.Contains(flat, "sil open font license"):
		return "OFL-1.1", nil
	case strings.Contains(flat, "bitstream vera"):
		return "Bitstream-Vera", nil
	}
	var names []string
	switch {
	case strings.Contains(flat, "redistribution and use in source and binary forms") &&
		(strings.Contains(flat, "neither the name") || strings.Contains(flat, "names of its contributors")):
		names = append(names, "BSD-3-Clause")
	case strings.Contains(flat, "redistribution and use in source and binary forms"):
		names = append(names, "BSD-2-Clause")
	}
	if strings.Contains(flat, "permission is hereby granted, free of charge") {
		names = append(names, "MIT")
	}
	if strings.Contains(flat, "permission to use, copy, modify, and/or distribute this software for any purpose") {
		names = append(names, "ISC")
	}
	if strings.Contains(flat, "apache license") && strings.Contains(flat, "version 2.0") {
		names = append(names, "Apache-2.0")
	}
	if len(names) == 0 {
		return "", errors.New("a licence this tool cannot name; add it to classify in cmd/debcopyright")
	}
	return strings.Join(names, " and "), nil
}

// holders picks the copyright lines out of a licence text, or names the
// fallback holder when the text has none.
func holders(text, fallback string) []string {
	var out []string
	for _, line := range strings.Split(text, "\n") {
		if m := copyrightLine.FindStringSubmatch(line); m != nil {
			h := strings.TrimSpace(m[1])
			if !slices.Contains(out, h) && !strings.Contains(strings.ToLower(h), "copyright notice") {
				out = append(out, h)
			}
		}
	}
	if len(out) == 0 {
		if !strings.ContainsAny(fallback, "0123456789") || strings.Contains(fallback, " v") {
			fallback = "the authors of " + fallback
		}
		out = append(out, fallback)
	}
	return out
}

// indent turns a licence text into DEP-5 continuation lines: one space in
// front, " ." for a blank line, tabs as spaces.
func indent(text string) string {
	var b strings.Builder
	for _, line := range strings.Split(strings.TrimSpace(text), "\n") {
		line = strings.TrimRight(strings.ReplaceAll(line, "\t", "    "), " \r")
		if line == "" {
			line = "."
		}
		b.WriteString(" " + line + "\n")
	}
	return b.String()
}

package main

import (
	"regexp"
	"strings"
	"testing"
)

func TestClassifyNamesEachLicenceByItsSPDXIdentifier(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Redistribution and use in source and binary forms ... Neither the name of Google", "BSD-3-Clause"},
		{"Redistribution and use in source and\n binary forms, with or without modification", "BSD-2-Clause"},
		{"Permission is hereby granted, free of charge, to any person", "MIT"},
		{"Permission to use, copy, modify, and/or distribute this software for any purpose", "ISC"},
		{"  Apache License\n  Version 2.0, January 2004", "Apache-2.0"},
		{"covered by MIT and Apache.\nPermission is hereby granted, free of charge,\nApache License\nVersion 2.0", "MIT and Apache-2.0"},
		{"SPDX-License-Identifier: Unlicense OR BSD-3-Clause\n", "Unlicense or BSD-3-Clause"},
		// The font licences grant permission in MIT's words.
		{"SIL OPEN FONT LICENSE Version 1.1\nPermission is hereby granted, free of charge, to any person", "OFL-1.1"},
		{"Bitstream Vera Fonts Copyright\nPermission is hereby granted, free of charge", "Bitstream-Vera"},
	} {
		if got, err := classify(c.text); got != c.want || err != nil {
			t.Errorf("classify(%q) = %q, %v; want %q", c.text, got, err, c.want)
		}
	}
	if got, err := classify("All rights reserved. Ask us."); err == nil {
		t.Errorf("an unknown licence is named %q", got)
	}
}

func TestAModuleWithoutALicenceStopsTheBuild(t *testing.T) {
	_, err := moduleParagraphs([]module{{Path: "example.com/nolicence", Version: "v1.0.0", Dir: t.TempDir()}})
	if err == nil || !strings.Contains(err.Error(), "example.com/nolicence v1.0.0") {
		t.Errorf("got %v, want an error naming the module", err)
	}
}

func TestEveryLinkedModuleAndBundledFontIsListed(t *testing.T) {
	var b strings.Builder
	if err := write(&b, "../../assets/linux/copyright", "migrated_fynedo,no_emoji", "../posture"); err != nil {
		t.Fatal(err)
	}
	text := b.String()
	mods, err := linkedModules("migrated_fynedo,no_emoji", "../posture")
	if err != nil {
		t.Fatal(err)
	}
	if len(mods) < 20 {
		t.Fatalf("go list names %d modules", len(mods))
	}
	for _, m := range append(mods, module{Path: stdlib}) {
		if !strings.Contains(text, "\nFiles: "+m.files()+"\n") {
			t.Errorf("no Files paragraph for %s", m.Path)
		}
	}
	for _, f := range []string{"NotoSans-*.ttf", "InterSymbols-Regular.ttf", "DejaVuSansMono-Powerline.ttf"} {
		if !strings.Contains(text, "Files: fyne.io/fyne/v2/theme/font/"+f+"\n") {
			t.Errorf("no Files paragraph for the font %s", f)
		}
	}
	if strings.Contains(text, "EmojiOneColor") {
		t.Error("the emoji font is listed, though no_emoji leaves it out")
	}
	checkDEP5(t, text)
}

var field = regexp.MustCompile(`^[A-Za-z-]+: `)

// checkDEP5 checks the shape a DEP-5 reader needs: fields and continuation
// lines only, and every licence with its text here or in common-licenses.
func checkDEP5(t *testing.T, text string) {
	t.Helper()
	for i, line := range strings.Split(text, "\n") {
		if line != "" && !strings.HasPrefix(line, " ") && !field.MatchString(line) {
			t.Errorf("line %d is neither a field nor a continuation: %q", i+1, line)
		}
	}
	for _, p := range strings.Split(text, "\n\n") {
		if strings.HasPrefix(p, "Files:") && strings.HasSuffix(strings.TrimSpace(p), "License: Apache-2.0") &&
			!strings.Contains(text, "/usr/share/common-licenses/Apache-2.0") {
			t.Errorf("Apache-2.0 without its text: %s", p)
		}
	}
}

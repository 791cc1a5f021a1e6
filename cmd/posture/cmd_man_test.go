package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestManPagesHeadEachWithTheirOwnCommand(t *testing.T) {
	dir := t.TempDir()
	if code, out, errs := posture(t, t.TempDir(), "man", "--out", dir); code != 0 {
		t.Fatalf("exit %d\n%s%s", code, out, errs)
	}
	for page, title := range map[string]string{
		"posture.1":                 `.TH "POSTURE" "1"`,
		"posture-list.1":            `.TH "POSTURE-LIST" "1"`,
		"posture-remind.1":          `.TH "POSTURE-REMIND" "1"`,
		"posture-completion-bash.1": `.TH "POSTURE-COMPLETION-BASH" "1"`,
	} {
		text, err := os.ReadFile(filepath.Join(dir, page))
		if err != nil || !strings.Contains(string(text), title) {
			t.Errorf("%s: want header %s, got %.80q (%v)", page, title, text, err)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "posture-completion-powershell.1")); err == nil {
		t.Error("a PowerShell page is written on Linux")
	}
}

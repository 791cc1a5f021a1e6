package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestValidateAcceptsEveryBuiltInFile(t *testing.T) {
	files, _ := filepath.Glob("../../assets/exercises/*.toml")
	routines, _ := filepath.Glob("../../routines/*.toml")
	files = append(append(files, routines...), "../../assets/advice.toml")
	code, out, errs := posture(t, t.TempDir(), append([]string{"validate"}, files...)...)
	if code != 0 || !strings.Contains(out, "files valid") {
		t.Fatalf("exit %d\n%s%s", code, out, errs)
	}
}

func TestValidateNamesFileLineAndField(t *testing.T) {
	dir := t.TempDir()
	routine := filepath.Join(dir, "mine.toml")
	os.WriteFile(routine, []byte("format = 1\nname = \"Mine\"\n\n[[step]]\nexercise = \"band-pull-apart\"\nsets = 30\n"), 0o644)
	pose := filepath.Join(dir, "neck-roll.pose.toml")
	os.WriteFile(pose, []byte("format = 1\nview = \"sideways\"\n"), 0o644)
	code, _, errs := posture(t, t.TempDir(), "validate", routine, pose)
	if code != 1 {
		t.Fatalf("exit %d, want 1", code)
	}
	for _, want := range []string{
		routine + ":6: step[1].sets: 30 is out of range (1-20)",
		pose + ":2: view:",
		"2 of 2 files have problems",
	} {
		if !strings.Contains(errs, want) {
			t.Errorf("missing %q in:\n%s", want, errs)
		}
	}
}

func TestValidateChecksTranslationFiles(t *testing.T) {
	files, _ := filepath.Glob("../../assets/translations/*/*.toml")
	more, _ := filepath.Glob("../../assets/translations/*/*/*.toml")
	files = append(files, more...)
	code, out, errs := posture(t, t.TempDir(), append([]string{"validate"}, files...)...)
	if code != 0 || len(files) == 0 {
		t.Fatalf("the shipped translations (%d files): exit %d\n%s%s", len(files), code, out, errs)
	}
	dir := filepath.Join(t.TempDir(), "translations", "de")
	os.MkdirAll(filepath.Join(dir, "exercises"), 0o755)
	bad := filepath.Join(dir, "exercises", "prone-y-raise.toml")
	os.WriteFile(bad, []byte("format = 1\ncues = [\"eins\"]\nnmae = \"Y\"\n"), 0o644)
	unknown := filepath.Join(dir, "advice.toml")
	os.WriteFile(unknown, []byte("format = 1\n[[advice]]\nid = \"stop-on-pian\"\ntext = \"Aufhören\"\n"), 0o644)
	code, _, errs = posture(t, t.TempDir(), "validate", bad, unknown)
	if code != 1 {
		t.Fatalf("exit %d, want 1", code)
	}
	for _, want := range []string{
		bad + ":2: cues: has 1 items where the English has 3",
		bad + `:3: nmae: unknown key (did you mean "name"?)`,
		unknown + `:3: advice[1].id: no English advice has id "stop-on-pian" (did you mean "stop-on-pain"?)`,
	} {
		if !strings.Contains(errs, want) {
			t.Errorf("missing %q in:\n%s", want, errs)
		}
	}
}

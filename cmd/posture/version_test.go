package main

import (
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
)

func TestVersionIsFyneAppVersion(t *testing.T) {
	var app struct{ Details struct{ Version string } }
	if _, err := toml.DecodeFile("../../FyneApp.toml", &app); err != nil {
		t.Fatal(err)
	}
	if app.Details.Version != version {
		t.Fatalf("FyneApp.toml says version %q, the binary %q: change version in version.go", app.Details.Version, version)
	}
	code, out, errs := posture(t, t.TempDir(), "--version")
	if code != 0 || !strings.HasPrefix(out, "posture "+version) {
		t.Errorf("--version: exit %d, %q %q", code, out, errs)
	}
}

package desktop

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/postureapp/posture/internal/wire"
)

func TestOnlyOneCopyHoldsARoleAndOthersReachIt(t *testing.T) {
	t.Setenv("XDG_RUNTIME_DIR", t.TempDir())
	data := t.TempDir()
	var got atomic.Value
	first, err := Claim("remind", data, func(req wire.Request) wire.Reply { got.Store(req.Verb); return wire.OK() })
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Claim("remind", data, func(wire.Request) wire.Reply { return wire.OK() }); !errors.Is(err, ErrRunning) {
		t.Fatalf("second claim: %v, want ErrRunning", err)
	}
	if _, err := Send("remind", data, wire.Ask(wire.Show)); err != nil || got.Load() != wire.Show {
		t.Fatalf("got %v, %v", got.Load(), err)
	}
	if Running("remind", t.TempDir()) {
		t.Error("another data folder shares the role")
	}
	first.Release()
	if Running("remind", data) {
		t.Error("still running after release")
	}
	again, err := Claim("remind", data, func(wire.Request) wire.Reply { return wire.OK() })
	if err != nil {
		t.Fatalf("claim after release: %v", err)
	}
	again.Release()
}

func TestAutostartEntryComesAndGoes(t *testing.T) {
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	if AutostartEnabled() {
		t.Fatal("enabled before anything was written")
	}
	if err := EnableAutostart("/opt/my apps/posture", "/home/me/Posture data"); err != nil {
		t.Fatal(err)
	}
	path, _ := AutostartPath()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), `Exec="/opt/my apps/posture" --data "/home/me/Posture data" --background`) {
		t.Errorf("entry:\n%s", b)
	}
	if filepath.Base(path) != AppID+".desktop" || !AutostartEnabled() {
		t.Errorf("path %s", path)
	}
	if err := EnableAutostart("/usr/bin/posture", ""); err != nil {
		t.Fatal(err)
	}
	if err := DisableAutostart(); err != nil {
		t.Fatal(err)
	}
	if AutostartEnabled() {
		t.Error("still enabled")
	}
	if entries, _ := os.ReadDir(filepath.Dir(path)); len(entries) != 0 {
		t.Errorf("left behind: %v", entries)
	}
	if err := DisableAutostart(); err != nil {
		t.Errorf("disabling twice: %v", err)
	}
}

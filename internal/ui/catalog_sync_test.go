package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
)

// homeShows reports whether the home list holds a routine named name.
func homeShows(u *App, name string) bool {
	for _, r := range u.home.shown {
		if r.Name == name {
			return true
		}
	}
	return false
}

// routineText is a small routine file named name, as another program
// would write it.
func routineText(name string) []byte {
	return []byte("format = 1\nname = \"" + name + "\"\n\n[[step]]\nexercise = \"chin-tuck\"\nreps = 10\n")
}

// A routine written into the routines folder while the window is open
// (posture import, a synced folder) appears on home once the folder has
// stayed the same for one poll, without a restart.
func TestRoutineWrittenOnDiskAppears(t *testing.T) {
	u := newEditingApp(t)
	src := u.cfg.Sources
	first := src.Stamp()
	u.reload.loaded.Store(&first) // as the watch does when it starts
	last := first
	file := filepath.Join(src.UserRoutines, "from-the-cli.toml")
	if err := os.WriteFile(file, routineText("From the CLI"), 0o644); err != nil {
		t.Fatal(err)
	}
	last = u.pollFolders(src, last)
	if homeShows(u, "From the CLI") {
		t.Fatal("a file seen once was loaded before it settled")
	}
	u.pollFolders(src, last)
	if !homeShows(u, "From the CLI") {
		t.Fatalf("a routine written on disk does not appear on home (in catalog: %v, problems %v)", u.cfg.Catalog.Routine("From the CLI") != nil, u.cfg.Catalog.Problems)
	}
}

// While the editor holds unsaved changes to a routine whose file changes
// on disk, the catalog is not reloaded under it; leaving the editor loads
// the change.
func TestChangeOnDiskWaitsForUnsavedEditor(t *testing.T) {
	u := newEditingApp(t)
	src := u.cfg.Sources
	file := filepath.Join(src.UserRoutines, "mine.toml")
	if err := os.WriteFile(file, routineText("Mine"), 0o644); err != nil {
		t.Fatal(err)
	}
	u.reloadCatalog(nil)
	e := u.editRoutine(u.cfg.Catalog.Routine("Mine"))
	e.typeIn(t, "description", "changed here")
	last := src.Stamp()
	if err := os.WriteFile(file, routineText("Mine, synced"), 0o644); err != nil {
		t.Fatal(err)
	}
	last = u.pollFolders(src, last)
	u.pollFolders(src, last)
	if u.cfg.Catalog.Routine("Mine, synced") != nil {
		t.Fatal("the catalog was reloaded under unsaved changes to the file that changed")
	}
	escape(u)
	test.Tap(findButton(t, u.win.Canvas().Overlays().Top(), "Discard changes"))
	if u.cfg.Catalog.Routine("Mine, synced") == nil || !homeShows(u, "Mine, synced") {
		t.Fatal("leaving the editor did not load the change that waited")
	}
	if strings.Contains(string(mustRead(t, file)), "changed here") {
		t.Fatal("the file on disk was overwritten")
	}
}

func mustRead(t *testing.T, file string) []byte {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

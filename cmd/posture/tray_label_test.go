package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/postureapp/posture/internal/desktop/desktoptest"
	"github.com/postureapp/posture/internal/remind"
)

// TestProofTrayMenuShowsUnderscores plans a routine whose name holds
// underscores and reads the tray menu of the real `posture --background`
// as a panel shows it (a single _ marks an access key and is not shown):
// the name reads as it is written.
func TestProofTrayMenuShowsUnderscores(t *testing.T) {
	r := newTrayRig(t, "")
	watcher := desktoptest.StartWatcher(t, r.bus, true)
	const name = "Neck_Rolls __ 2_"
	built, err := os.ReadFile(filepath.Join("..", "..", "routines", "band-only.toml"))
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "mine.toml")
	writeFile(t, file, strings.Replace(string(built), `name = "Band Only"`, `name = "`+name+`"`, 1))
	r.posture("import", file)
	now := time.Now()
	at := now.Add(10 * time.Minute).Truncate(time.Minute)
	days := remind.DayName(at.Weekday()) + "," + remind.DayName(at.AddDate(0, 0, 1).Weekday())
	r.posture("remind", "hours", "--from", "00:00", "--to", "00:00")
	r.posture("remind", "add", name, "--days", days, "--at", at.Format("15:04"))
	r.startBackground()
	item := watcher.WaitItem(t, 10*time.Second)
	waitMenu(t, item, "Next: "+name+", "+whenSaid(at, now))
}

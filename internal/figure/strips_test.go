package figure

import (
	"flag"
	"fmt"
	"path/filepath"
	"testing"
	"time"
)

var stripDir = flag.String("strips", "", "write a strip of in-between frames of every motion, <id>.png, into this folder")

// TestWriteStrips draws eight frames through each motion (a lift then a
// lower, or one loop), to look at what a person sees between the keys:
//
//	go test -tags migrated_fynedo,no_emoji ./internal/figure -run TestWriteStrips -strips /tmp/strips
func TestWriteStrips(t *testing.T) {
	if *stripDir == "" {
		t.Skip("no -strips folder given")
	}
	lib := library(t)
	for _, id := range lib.IDs() {
		m := lib.Motion(id)
		const n = 8
		var cells []Cell
		for i := 0; i < n; i++ {
			f := float64(i) / n
			p := m.At(Moment{Phase: Lift, Progress: 2 * f})
			switch {
			case m.Loops():
				p = m.At(Moment{Phase: Loop, Elapsed: time.Duration(f * float64(m.Cycle()))})
			case f >= 0.5:
				p = m.At(Moment{Phase: Lower, Progress: 2*f - 1})
			}
			cells = append(cells, Cell{Label: fmt.Sprintf("%.2f", f), Pose: p})
		}
		writeTestPNG(t, filepath.Join(*stripDir, id+".png"), Sheet(cells, n/2, 360, DefaultPalette()))
	}
}

package ui

import (
	"strings"
	"testing"
	"time"
)

// With "No floor work" chosen, the Y-T-W Series plays its wall versions
// and leaves the supermans out; the dose line says where the numbers
// come from.
func TestNoFloorWorkPlaysTheStandingVersions(t *testing.T) {
	pl := startPlaying(t, func(*Config) {}, func(u *App) {
		u.prefs.p.SetBool(prefNoFloor, true)
		u.openPlayer(u.cfg.Catalog.Routine("Y-T-W Series"))
	})
	p := pl.p
	if p.name.Text != "Wall Y Raise" {
		t.Errorf("first exercise %q, want the Wall Y Raise", p.name.Text)
	}
	for _, seg := range p.tl.Segments {
		if e := seg.Plan.Exercise; e != nil && e.Floor {
			t.Fatalf("plays %s, a floor move", e.ID)
		}
	}
	pl.advance(47 * time.Second) // get ready, ten wall Y raises, into the rest before the T
	if !strings.Contains(p.counts.Text, "Next: 1 set × 10–15 reps · adapted from the article") {
		t.Errorf("the dose line %q does not say where its numbers come from", p.counts.Text)
	}
}

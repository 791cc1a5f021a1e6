package ui

import (
	"time"

	"fyne.io/fyne/v2"

	"github.com/postureapp/posture/internal/routine"
	"github.com/postureapp/posture/internal/voice"
)

// lengthKey is what the time a routine plays for depends on: the routine,
// the get-ready chosen in Settings and the voice's choices.
type lengthKey struct {
	r       *routine.Routine
	prepare int
	voice   voice.Settings
}

func (u *App) lengthKey(r *routine.Routine) lengthKey {
	return lengthKey{r: r, prepare: u.prefs.prepare(), voice: u.voiceSettings()}
}

// playLength is how long r takes when started now, as the player counts
// it down: the get-ready chosen in Settings, and the voice's room when it
// speaks. Home and the routine's page say this time. Fitting the voice
// builds the whole session (tens of milliseconds a routine), so with wait
// false it gives the time without the voice's room until fitLengths has
// worked it out in the background.
func (u *App) playLength(r *routine.Routine, wait bool) time.Duration {
	played := u.prefs.withPrepare(r)
	if !u.voiceSpeaks() {
		return played.Size(u.cfg.Catalog.Library).Time
	}
	k := u.lengthKey(r)
	if d, ok := u.lengths[k]; ok {
		return d
	}
	if !wait {
		return played.Size(u.cfg.Catalog.Library).Time
	}
	d := u.timelineFor(played).Total
	u.keepLength(k, d)
	return d
}

func (u *App) keepLength(k lengthKey, d time.Duration) {
	if u.lengths == nil {
		u.lengths = map[lengthKey]time.Duration{}
	}
	u.lengths[k] = d
}

// fitLengths works out in the background, when the voice speaks, the
// times of rs not known yet, then calls done on the UI goroutine.
func (u *App) fitLengths(rs []*routine.Routine, done func()) {
	if !u.voiceSpeaks() {
		return
	}
	keys := map[lengthKey]*routine.Routine{}
	for _, r := range rs {
		if k := u.lengthKey(r); !u.fitting[k] {
			if _, ok := u.lengths[k]; !ok {
				keys[k] = u.prefs.withPrepare(r)
			}
		}
	}
	if len(keys) == 0 {
		return
	}
	if u.fitting == nil {
		u.fitting = map[lengthKey]bool{}
	}
	for k := range keys {
		u.fitting[k] = true
	}
	lib, words := u.cfg.Catalog.Library, u.words
	u.cfg.Background(func() {
		found := map[lengthKey]time.Duration{}
		for k, played := range keys {
			found[k] = fittedTimeline(played, lib, words, k.voice).Total
		}
		fyne.Do(func() {
			for k, d := range found {
				delete(u.fitting, k)
				u.keepLength(k, d)
			}
			done()
		})
	})
}

package voice

import (
	"context"
	"testing"
	"time"

	"github.com/faiface/beep"

	"github.com/postureapp/posture/internal/session"
)

// estimated gives Estimate's lengths at the default rate: what Fit plans
// with before anything is rendered.
func estimated(text string) (time.Duration, bool) { return Estimate(text, DefaultRate), true }

// heard checks a rehearsed session the way a person with closed eyes
// would hear it: every essential line said, each ending before the work it
// describes begins, no phrase within cueGuard of a beep, none over another.
// It returns the counts of essential and other lines said and dropped.
func heard(t *testing.T, name string, tl session.Timeline, said []Said) (essential, other [2]int) {
	t.Helper()
	var cues []session.PlannedCue
	for _, s := range tl.Segments {
		for _, c := range session.PlannedCues(s) {
			cues = append(cues, session.PlannedCue{At: s.Offset + c.At, Cue: c.Cue})
		}
	}
	var spoken []Said
	for _, s := range said {
		count := &other
		if s.Essential {
			count = &essential
		}
		if s.Dropped {
			count[1]++
			if s.Essential {
				t.Errorf("%s: %q dropped in segment %d (%s)", name, s.Text, s.Segment, tl.Segments[s.Segment].Phase)
			}
			continue
		}
		count[0]++
		at, end := s.Offset+s.At, s.Offset+s.At+s.Length
		if s.Essential && s.Before >= 0 && end > tl.Segments[s.Before].Offset {
			t.Errorf("%s: %q ends at %v, after its work begins at %v", name, s.Text, end, tl.Segments[s.Before].Offset)
		}
		for _, c := range cues {
			if at < c.At+c.Cue.Length()+cueGuard && c.At < end+cueGuard {
				t.Errorf("%s: %q at %v–%v is within %v of %s at %v", name, s.Text, at, end, cueGuard, c.Cue, c.At)
			}
		}
		for _, q := range spoken {
			if at < q.Offset+q.At+q.Length && q.Offset+q.At < end {
				t.Errorf("%s: %q and %q overlap", name, s.Text, q.Text)
			}
		}
		spoken = append(spoken, s)
	}
	return essential, other
}

// Every built-in routine, fitted to the voice and played through in both
// modes with the lengths Fit plans with: every essential line is said
// before the work it names, clear of every beep.
func TestEveryEssentialLineIsHeardBeforeItsWork(t *testing.T) {
	c := builtins(t)
	for _, r := range c.Routines {
		for _, m := range []Mode{Names, Full} {
			tl := Fit(session.Build(r, c.Library), m, DefaultRate)
			script := Script(tl, m)
			essential, other := heard(t, r.Name, tl, Rehearse(tl, script, estimated))
			if essential[0] == 0 {
				t.Errorf("%s: no essential line", r.Name)
			}
			t.Logf("%-28s %-5s essential %3d said %d dropped; others %3d said %3d dropped", r.Name, m, essential[0], essential[1], other[0], other[1])
		}
	}
}

// espeakLengths gives the length of each text as espeak-ng says it in
// voice at rate, trimmed as a clip is, without making the clip (its
// resampling is slow under the race detector); it skips without espeak-ng.
func espeakLengths(t *testing.T, voice string, rate int) func(string) (time.Duration, bool) {
	e, err := FindEspeak()
	if err != nil {
		t.Skip(err)
	}
	known := map[string]time.Duration{}
	return func(text string) (time.Duration, bool) {
		if d, ok := known[text]; ok {
			return d, true
		}
		wav, err := e.speak(context.Background(), Phrase{Text: text, Voice: voice, Rate: rate})
		if err != nil {
			t.Fatal(err)
		}
		sr, x, err := trimmedSpeech(wav)
		if err != nil {
			t.Fatal(err)
		}
		known[text] = beep.SampleRate(sr).D(len(x))
		return known[text], true
	}
}

// The same with espeak-ng's own lengths (American English, the default
// rate): the fitted timeline leaves room for what it really says, and
// Estimate, which fitted it, is never short of it.
func TestEveryEssentialLineIsHeardWithEspeak(t *testing.T) {
	length := espeakLengths(t, "en-us", DefaultRate)
	c := builtins(t)
	worst := 0.0
	for _, r := range c.Routines {
		plain := session.Build(r, c.Library)
		tl := Fit(plain, Names, DefaultRate)
		script := Script(tl, Names)
		essential, other := heard(t, r.Name, tl, Rehearse(tl, script, length))
		t.Logf("%-28s essential %3d said %d dropped; others %3d said %3d dropped; %v longer (%v)",
			r.Name, essential[0], essential[1], other[0], other[1], tl.Total-plain.Total, tl.Total)
		for _, text := range Texts(script) {
			real, _ := length(text)
			if est := Estimate(text, DefaultRate); real > est {
				t.Errorf("%q: espeak-ng says it in %v, Estimate %v", text, real, est)
			}
			worst = max(worst, float64(real)/float64(Estimate(text, DefaultRate)))
		}
	}
	t.Logf("longest phrase against its estimate: %.2f", worst)
}

//go:build cgo

package speaker

import (
	"context"
	"math/rand/v2"
	"os"
	"slices"
	"testing"
	"time"

	"github.com/faiface/beep"
	"github.com/postureapp/posture/internal/audio"
	"github.com/postureapp/posture/internal/routine"
	"github.com/postureapp/posture/internal/session"
	"github.com/postureapp/posture/internal/voice"
)

// BenchmarkPhraseLatency is BenchmarkCueLatency for the coach's voice: for
// each of b.N phrases, how long passes from the moment the coach placed
// it at until its first sample leaves the speaker's mixer. A phrase goes
// through the whole path: the segment's event reaches the Coach, which
// places the phrase after the segment's opening cue and sets a timer;
// the timer plays the clip through the device. The session is played 20
// times faster so that each phrase is due a few milliseconds after its
// event, not a third of a second. Run it as BenchmarkCueLatency, with
// -benchtime=300x.
func BenchmarkPhraseLatency(b *testing.B) {
	if os.Getenv("POSTURE_BENCH_NULL_AUDIO") != "" {
		useALSAConfig(b, nullDevice)
	}
	p, notice := Open()
	d, ok := p.(*device)
	if !ok {
		b.Skipf("%s (set POSTURE_BENCH_NULL_AUDIO=1 to use ALSA's null device)", notice)
	}
	defer d.Close()
	d.SetMuted(true)
	const speed = 20
	tl := oneRepTimeline()
	lift := tl.Segments[0]
	clip := audio.NewClip(make([]float64, audio.SampleRate.N(20*time.Millisecond))) // 0.4 s at this speed: fits the lift
	src := sourceFunc(func(context.Context, voice.Phrase) (*audio.Clip, error) { return clip, nil })
	out := &firstPull{device: d, pulled: make(chan time.Time, 1)}
	coach := voice.NewCoach(tl, voice.Settings{Mode: voice.Full, Voice: "en", Rate: voice.DefaultRate}, speed, src, out)
	defer coach.Close()
	coach.Prepare(nil)
	for n, total := coach.Ready(); n < total; n, total = coach.Ready() {
		time.Sleep(time.Millisecond)
	}
	placed := voice.Place(lift, false, voice.Script(tl, voice.Full)[:1], func(string) (time.Duration, bool) {
		return clip.Length() * speed, true
	})
	at := placed[0].At / speed
	lateness := make([]time.Duration, 0, b.N)
	for b.Loop() {
		time.Sleep(time.Millisecond + rand.N(bufferLen)) // any phase of the pull cycle
		started := time.Now()
		coach.OnEvent(session.Event{Kind: session.SegmentStarted, Segment: lift, Remaining: lift.Length})
		lateness = append(lateness, (<-out.pulled).Sub(started.Add(at)))
		coach.OnEvent(session.Event{Kind: session.Paused, Segment: lift}) // cut it: one phrase at a time
	}
	slices.Sort(lateness)
	b.ReportMetric(ms(lateness[len(lateness)/2]), "median-ms")
	b.ReportMetric(ms(lateness[len(lateness)*99/100]), "p99-ms")
	b.ReportMetric(ms(lateness[len(lateness)-1]), "max-ms")
}

// oneRepTimeline is one rep, with no get-ready, whose lift the coach
// counts.
func oneRepTimeline() session.Timeline {
	e := &routine.Exercise{ID: "m", Name: "Move", Kind: routine.Strength,
		Dose:  routine.Dose{Sets: 1, Reps: routine.Count{Lo: 1, Hi: 1}},
		Tempo: routine.Tempo{Lift: routine.Dur(time.Second), Lower: routine.Dur(time.Second)}}
	r := &routine.Routine{Name: "One", Flat: true, Prepare: routine.Dur(0),
		Sections: []routine.Section{{Steps: []routine.Step{{Exercise: "m"}}}}}
	return session.Build(r, routine.NewLibrary(e))
}

type sourceFunc func(context.Context, voice.Phrase) (*audio.Clip, error)

func (f sourceFunc) Clip(ctx context.Context, p voice.Phrase) (*audio.Clip, error) { return f(ctx, p) }

// firstPull plays clips on the device and reports when the mixer first
// pulls samples from each.
type firstPull struct {
	*device
	pulled chan time.Time
}

func (f *firstPull) PlayClip(c *audio.Clip) func() {
	s, stop := audio.Cuttable(c.Streamer())
	first := true
	f.start(beep.StreamerFunc(func(buf [][2]float64) (int, bool) {
		if first {
			f.pulled <- time.Now()
			first = false
		}
		return s.Stream(buf)
	}))
	return stop
}

package main

import (
	"context"
	"fmt"
	"time"

	"github.com/postureapp/posture/internal/audio"
	"github.com/postureapp/posture/internal/session"
	"github.com/postureapp/posture/internal/voice"
)

// voiceSession opens the voice and builds the timeline of the routine
// named by arg; without espeak-ng it says so in one line, exit status 1.
func voiceSession(e *env, arg string) (*voice.Speech, session.Timeline, error) {
	speech, err := openSpeech()
	if err != nil {
		fmt.Fprintf(e.stderr, "posture sounds: %v\n", err)
		return nil, session.Timeline{}, exitError{1}
	}
	r, c, _, err := findRoutine(e, arg)
	if err != nil {
		return nil, session.Timeline{}, err
	}
	return speech, session.Build(r, c.Library), nil
}

// listPhrases prints what the coach says in the routine named by arg, in
// full coaching at the default rate, as a session played straight through
// would: each phrase at its planned time, what gives way for lack of room,
// and a summary. With mix, it also writes the session as one WAV file.
func listPhrases(e *env, arg, mix string) error {
	speech, plain, err := voiceSession(e, arg)
	if err != nil {
		return err
	}
	lang := speech.LangFor(e.contentLang())
	tl := voice.FitIn(plain, voice.Full, voice.DefaultRate, lang)
	clips := map[string]*audio.Clip{}
	length := func(text string) (time.Duration, bool) {
		clip, ok := clips[text]
		if !ok {
			var err error
			if clip, err = speech.Clip(context.Background(), voice.Phrase{Text: text, Rate: voice.DefaultRate, Lang: lang}); err != nil {
				fmt.Fprintf(e.stderr, "posture sounds: %v\n", err)
			}
			clips[text] = clip
		}
		if clip == nil {
			return 0, false
		}
		return clip.Length(), true
	}
	said := voice.Rehearse(tl, voice.ScriptIn(tl, voice.Full, lang), length)
	printSaid(e, tl, said)
	fmt.Fprintf(e.stdout, "%s: %s, of which %s more get-ready and rest for the voice\n", tl.Routine, tl.Total, tl.Total-plain.Total)
	if err := speech.Unkept(); err != nil {
		fmt.Fprintf(e.stderr, "posture sounds: phrases not kept for next time: %v\n", err)
	}
	if mix == "" {
		return nil
	}
	if err := audio.WriteMix(mix, mixLength(tl, said, clips), mixParts(tl, said, clips)); err != nil {
		return err
	}
	fmt.Fprintln(e.stdout, mix)
	return nil
}

// printSaid writes one line a phrase: its time in the session and its
// length (or "dropped"), its segment's phase, ! for an essential line, its text; then
// the counts.
func printSaid(e *env, tl session.Timeline, said []voice.Said) {
	var counts [2][2]int // essential or not, said or dropped
	for _, s := range said {
		when := fmt.Sprintf("%8.2fs %5.2fs", (s.Offset + s.At).Seconds(), s.Length.Seconds())
		if s.Dropped {
			when = fmt.Sprintf("%-16s", " dropped")
		}
		mark := " "
		if s.Essential {
			mark = "!"
		}
		fmt.Fprintf(e.stdout, "%s  %-8s %s %s\n", when, tl.Segments[s.Segment].Phase, mark, s.Text)
		counts[boolIndex(!s.Essential)][boolIndex(s.Dropped)]++
	}
	fmt.Fprintf(e.stdout, "essential lines: %d said, %d dropped; others: %d said, %d dropped\n",
		counts[0][0], counts[0][1], counts[1][0], counts[1][1])
}

func boolIndex(b bool) int {
	if b {
		return 1
	}
	return 0
}

// mixParts are the session's beeps and phrases at their planned moments.
func mixParts(tl session.Timeline, said []voice.Said, clips map[string]*audio.Clip) []audio.Part {
	bank := audio.Render()
	samples := map[audio.Cue][]float64{}
	var parts []audio.Part
	for _, s := range tl.Segments {
		for _, c := range session.PlannedCues(s) {
			if samples[c.Cue] == nil {
				samples[c.Cue] = bank.Samples(c.Cue)
			}
			parts = append(parts, audio.Part{At: s.Offset + c.At, Samples: samples[c.Cue]})
		}
	}
	spoken := map[string][]float64{}
	for _, s := range said {
		if s.Dropped {
			continue
		}
		if spoken[s.Text] == nil {
			spoken[s.Text] = clips[s.Text].Samples()
		}
		parts = append(parts, audio.Part{At: s.Offset + s.At, Samples: spoken[s.Text]})
	}
	return parts
}

// mixLength runs to the end of the last sound, with a second to spare.
func mixLength(tl session.Timeline, said []voice.Said, clips map[string]*audio.Clip) time.Duration {
	end := tl.Total + audio.RoutineDone.Length()
	for _, s := range said {
		if !s.Dropped {
			end = max(end, s.Offset+s.At+clips[s.Text].Length())
		}
	}
	return end + time.Second
}

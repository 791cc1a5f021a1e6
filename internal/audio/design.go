package audio

import "time"

// Note is one tone of a cue: a sine at Freq hertz for Length, then Gap of
// silence before the next note.
type Note struct {
	Freq   int
	Length time.Duration
	Gap    time.Duration
}

// Design is how a cue sounds: its notes in order at peak amplitude Amp
// (full scale is 1).
type Design struct {
	Cue   Cue
	Amp   float64
	Notes []Note
}

// Length is the cue's duration as designed.
func (d Design) Length() time.Duration {
	var total time.Duration
	for _, n := range d.Notes {
		total += n.Length + n.Gap
	}
	return total
}

// fade is the raised-cosine ramp at both ends of every note: long enough
// that no note starts or stops with a click, short enough to keep a 50 ms
// pip crisp.
const fade = 10 * time.Millisecond

// amp keeps each cue at -7 dBFS so that two cues sounding together (a pip
// over a phase change) still stay below full scale.
const amp = 0.45

func ms(n int) time.Duration { return time.Duration(n) * time.Millisecond }

// table is the single source of the cue set: synthesis renders it and the
// tests measure rendered audio against it. Rising pairs mean "up", falling
// pairs "down", low and long means rest, high and short means counting.
var table = []Design{
	{GetReady, amp, []Note{{392, ms(140), ms(90)}, {392, ms(140), ms(90)}, {523, ms(260), 0}}},
	{Lift, amp, []Note{{587, ms(90), ms(30)}, {880, ms(140), 0}}},
	{Hold, amp, []Note{{698, ms(300), 0}}},
	{Lower, amp, []Note{{880, ms(90), ms(30)}, {587, ms(140), 0}}},
	{Rest, amp, []Note{{330, ms(500), 0}}},
	{SwitchSides, amp, []Note{{659, ms(70), ms(40)}, {988, ms(70), ms(40)}, {659, ms(70), ms(40)}, {988, ms(70), 0}}},
	{Pip, amp, []Note{{1047, ms(50), 0}}},
	{FinalPip, amp, []Note{{1568, ms(200), 0}}},
	{SetDone, amp, []Note{{523, ms(100), ms(30)}, {659, ms(100), ms(30)}, {784, ms(220), 0}}},
	{RoutineDone, amp, []Note{{523, ms(120), ms(40)}, {659, ms(120), ms(40)}, {784, ms(120), ms(40)}, {1047, ms(600), 0}}},
	{Stop, amp, []Note{{440, ms(220), ms(50)}, {294, ms(420), 0}}},
}

// designOf finds a cue's design; ok is false for a name not in the set.
func designOf(c Cue) (Design, bool) {
	for _, d := range table {
		if d.Cue == c {
			return d, true
		}
	}
	return Design{}, false
}

// Length is how long cue c lasts; zero for a name not in the set.
func (c Cue) Length() time.Duration {
	d, _ := designOf(c)
	return d.Length()
}

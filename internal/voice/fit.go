package voice

import (
	"regexp"
	"strings"
	"time"
	"unicode"

	"github.com/postureapp/posture/internal/locale"
	"github.com/postureapp/posture/internal/session"
)

// Estimate is how long espeak-ng takes, at most, to say text at rate
// words a minute, before anything is rendered: a linear fit over the
// letters, words, vowel groups and pauses of every phrase of the built-in
// routines as espeak-ng 1.51 says them in its English voices, at 80 and
// 175 words a minute, times the largest ratio of a real rendering to the
// fit (1.22), rounded up. TestEspeakSpeaksEachLanguagesPhrases checks it
// against espeak-ng itself in the other languages.
func Estimate(text string, rate int) time.Duration {
	if rate <= 0 {
		rate = DefaultRate
	}
	letters, digits := 0, 0
	for _, r := range text {
		switch {
		case unicode.IsLetter(r):
			letters++
		case unicode.IsDigit(r):
			digits++
		}
	}
	words := len(wordRE.FindAllString(text, -1))
	vowels := len(vowelRE.FindAllString(strings.ToLower(text), -1))
	pauses := strings.Count(text, ",") + strings.Count(text, ":")
	// A digit is said as a word of its own in the other languages'
	// phrases ("15" is "fünfzehn"): some five letters and two vowels, a
	// little more than the longest espeak-ng takes (TestEspeakSpeaksEachLanguagesPhrases).
	ms := 150 + 30*letters + 80*words + 60*vowels + 300*pauses + 300*digits
	return time.Duration(float64(ms)*estimateMargin*DefaultRate/float64(rate)) * time.Millisecond
}

const estimateMargin = 1.25

var (
	wordRE  = regexp.MustCompile(`[\pL\pN]+`)
	vowelRE = regexp.MustCompile(`[aeiouyäöüéèêëàâîïôûùáíóú]+`)
)

// gapLength is how long a gap Fit adds before a step is at first; it is
// then lengthened to what its lines need.
const gapLength = time.Second

// Fit returns tl with room for every essential line of mode's script
// spoken at rate: a gap before every step, and each gap lengthened, by
// whole seconds, until its essential lines fit between its cues in their
// short forms. Work is never lengthened. The session must play the
// timeline Fit returns, so that the engine, the screen and the voice keep
// the same time.
func Fit(tl session.Timeline, m Mode, rate int) session.Timeline {
	return FitIn(tl, m, rate, locale.English)
}

// FitIn is Fit for the script in language lang, whose phrases may take
// longer to say than the English ones.
func FitIn(tl session.Timeline, m Mode, rate int, lang locale.Lang) session.Timeline {
	if m != Names && m != Full {
		return tl
	}
	tl = tl.WithGaps(gapLength)
	script := ScriptIn(tl, m, lang)
	bySeg := make([][]Line, len(tl.Segments))
	for _, l := range script {
		bySeg[l.Segment] = append(bySeg[l.Segment], l)
	}
	extra := map[int]time.Duration{}
	for i, s := range tl.Segments {
		if need := essentialRoom(bySeg[i], rate); need > 0 && s.Gap() {
			extra[i] = roomFor(s, need)
		}
	}
	return tl.Lengthened(extra)
}

// essentialRoom is how long the essential lines (not the middle ones)
// take in their short forms, one after the other.
func essentialRoom(lines []Line, rate int) time.Duration {
	var total time.Duration
	n := 0
	for _, l := range lines {
		if !l.Essential || l.Slot == Middle {
			continue
		}
		text := l.Text
		if l.Short != "" {
			text = l.Short
		}
		total += Estimate(text, rate)
		n++
	}
	if n == 0 {
		return 0
	}
	return total + time.Duration(n-1)*phraseGap
}

// roomFor is the whole seconds gap s must grow by for its window to hold
// need.
func roomFor(s session.Segment, need time.Duration) time.Duration {
	var extra time.Duration
	for ; extra < time.Minute; extra += time.Second {
		grown := s
		grown.Length += extra
		if start, end := window(grown, false); end-start >= need {
			return extra
		}
	}
	return extra
}

package voice

import (
	"fmt"

	"github.com/postureapp/posture/internal/locale"
)

// unit is what a number counts in a phrase.
type unit int

const (
	seconds unit = iota
	minutes
	reps
)

// words are the coach's phrases in one language: every line it says is
// made from these, so the grammar (word order, agreement, number words)
// is the language's own and no phrase mixes languages. Texts hold no
// full stop; sentence adds it.
type words struct {
	lang      locale.Lang
	number    func(n int, g gender) string
	units     [3][2]string // singular and plural of seconds, minutes, reps
	genders   [3]gender
	switchTo  string
	sides     map[string]string // "left" and "right"
	lastSet   string
	lastRound string
	halfway   string
	complete  string
	rest      string // "rest, %s": the rest's length
	next      string // "next: %s": the exercise's name
	round     string // "round %s of %s"
	roundOnly string // "round %s"
	setsOf    string // "%s sets of %s": sets, then reps or a length
	setsOfG   gender // how a rep count agrees after setsOf
	eachSide  string // appended to a dose: ", each side"
	ownPace   string // a dose of its own: "at your own pace"
}

var english = words{
	lang:   locale.English,
	number: func(n int, _ gender) string { return number(n) },
	units:  [3][2]string{{"second", "seconds"}, {"minute", "minutes"}, {"rep", "reps"}},
	// "Switch sides." is said as the set before a switch ends.
	switchTo: "switch sides", sides: map[string]string{"left": "left side", "right": "right side"},
	lastSet: "last set", lastRound: "last round", halfway: halfway, complete: "routine complete",
	rest: "rest, %s", next: "next: %s", round: "round %s of %s", roundOnly: "round %s",
	setsOf: "%s sets of %s", eachSide: ", each side", ownPace: "at your own pace",
}

// halfway marks the middle of a long hold or move. Held to the coach's
// English phrases, a recognizer heard "Halfway." right 7 times in 15,
// "Halfway there." 9 to 13, "Halfway through." 15 (bench/listen). Counts
// stay one word: "Rep seven." is heard more surely (8 in 15 against 4),
// but at some 0.7 s it does not fit the 0.58 s between a 1 s lift's cue
// and the next, where the count goes.
const halfway = "halfway through"

var german = words{
	lang:     locale.German,
	number:   numberDE,
	units:    [3][2]string{{"Sekunde", "Sekunden"}, {"Minute", "Minuten"}, {"Wiederholung", "Wiederholungen"}},
	genders:  [3]gender{feminine, feminine, feminine},
	switchTo: "Seite wechseln", sides: map[string]string{"left": "linke Seite", "right": "rechte Seite"},
	lastSet: "letzter Satz", lastRound: "letzte Runde", halfway: "Halbzeit", complete: "Routine geschafft",
	rest: "Pause, %s", next: "als Nächstes: %s", round: "Runde %s von %s", roundOnly: "Runde %s",
	setsOf: "%s Sätze zu je %s", setsOfG: alone, eachSide: " pro Seite", ownPace: "in Ihrem eigenen Tempo",
}

var spanish = words{
	lang:     locale.Spanish,
	number:   numberES,
	units:    [3][2]string{{"segundo", "segundos"}, {"minuto", "minutos"}, {"repetición", "repeticiones"}},
	genders:  [3]gender{masculine, masculine, feminine},
	switchTo: "cambia de lado", sides: map[string]string{"left": "lado izquierdo", "right": "lado derecho"},
	lastSet: "última serie", lastRound: "última ronda", halfway: "vas por la mitad", complete: "rutina completada",
	rest: "descanso, %s", next: "a continuación: %s", round: "ronda %s de %s", roundOnly: "ronda %s",
	setsOf: "%s series de %s", setsOfG: feminine, eachSide: " por lado", ownPace: "a tu ritmo",
}

var french = words{
	lang:     locale.French,
	number:   numberFR,
	units:    [3][2]string{{"seconde", "secondes"}, {"minute", "minutes"}, {"répétition", "répétitions"}},
	genders:  [3]gender{feminine, feminine, feminine},
	switchTo: "changez de côté", sides: map[string]string{"left": "côté gauche", "right": "côté droit"},
	lastSet: "dernière série", lastRound: "dernier tour", halfway: "à mi-parcours", complete: "routine terminée",
	rest: "repos, %s", next: "ensuite : %s", round: "tour %s sur %s", roundOnly: "tour %s",
	setsOf: "%s séries de %s", setsOfG: feminine, eachSide: ", de chaque côté", ownPace: "à votre rythme",
}

// wordsFor is the phrases of lang, English for a language the coach does
// not speak.
func wordsFor(lang locale.Lang) *words {
	switch lang {
	case locale.German:
		return &german
	case locale.Spanish:
		return &spanish
	case locale.French:
		return &french
	}
	return &english
}

// count is n of u: "thirty seconds", "eine Minute", "un segundo", "une répétition".
func (w *words) count(n int, u unit) string {
	if n == 1 {
		return w.number(1, w.genders[u]) + " " + w.units[u][0]
	}
	return w.number(n, w.genders[u]) + " " + w.units[u][1]
}

// duration says a length to the second: "thirty seconds", "one minute",
// "eine Minute dreißig".
func (w *words) duration(secs int) string {
	m, s := secs/60, secs%60
	switch {
	case m == 0:
		return w.count(s, seconds)
	case s == 0:
		return w.count(m, minutes)
	}
	return w.count(m, minutes) + " " + w.number(s, alone)
}

// side is "left side" for "left"; a side it does not know is said as it is.
func (w *words) side(s string) string {
	if text, ok := w.sides[s]; ok {
		return text
	}
	return s
}

func (w *words) restFor(secs int) string { return fmt.Sprintf(w.rest, w.duration(secs)) }

func (w *words) setsOfReps(sets, n int) string {
	return fmt.Sprintf(w.setsOf, w.number(sets, alone), w.number(n, w.setsOfG))
}

func (w *words) setsOfLength(sets, secs int) string {
	return fmt.Sprintf(w.setsOf, w.number(sets, alone), w.duration(secs))
}

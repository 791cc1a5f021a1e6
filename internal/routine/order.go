package routine

import (
	"cmp"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// SortForHome orders routines as the home screen lists them: the
// person's own first, then the built-ins, each by the name it is shown
// by, as a person reads it (CompareNames).
func SortForHome(rs []*Routine) {
	slices.SortStableFunc(rs, func(a, b *Routine) int {
		if a.BuiltIn != b.BuiltIn {
			if b.BuiltIn {
				return -1
			}
			return 1
		}
		return CompareNames(a.ShownName(), b.ShownName())
	})
}

// CompareNames orders two names as a person reads a list: letters
// without regard to case, punctuation and spacing ignored, and a run of
// digits by its value, so "Mine 9" comes before "Mine 10" and "Upper
// Back (copy)" right after "Upper Back". Names equal by that rule keep a
// fixed order by their bytes.
func CompareNames(a, b string) int {
	ka, kb := nameWords(a), nameWords(b)
	for i := range min(len(ka), len(kb)) {
		if c := compareWord(ka[i], kb[i]); c != 0 {
			return c
		}
	}
	if c := cmp.Compare(len(ka), len(kb)); c != 0 {
		return c
	}
	return strings.Compare(a, b)
}

// nameWords splits name into its runs of letters (lower case) and runs
// of digits; everything else only separates them.
func nameWords(name string) []string {
	var words []string
	var cur strings.Builder
	digits := false
	flush := func() {
		if cur.Len() > 0 {
			words = append(words, cur.String())
			cur.Reset()
		}
	}
	for _, r := range name {
		switch {
		case unicode.IsDigit(r):
			if !digits {
				flush()
			}
			digits = true
			cur.WriteRune(r)
		case unicode.IsLetter(r):
			if digits {
				flush()
			}
			digits = false
			cur.WriteRune(unicode.ToLower(r))
		default:
			flush()
		}
	}
	flush()
	return words
}

// compareWord puts numbers before words, numbers by value, words by
// their letters without accents ("écartements" among the e's), then as
// written.
func compareWord(a, b string) int {
	na, nb := isNumber(a), isNumber(b)
	switch {
	case na && nb:
		ta, tb := strings.TrimLeft(a, "0"), strings.TrimLeft(b, "0")
		if c := cmp.Compare(len(ta), len(tb)); c != 0 {
			return c
		}
		return strings.Compare(ta, tb)
	case na:
		return -1
	case nb:
		return 1
	}
	if c := strings.Compare(withoutAccents(a), withoutAccents(b)); c != 0 {
		return c
	}
	return strings.Compare(a, b)
}

// withoutAccents is word with its combining marks dropped: "é" is "e".
func withoutAccents(word string) string {
	return strings.Map(func(r rune) rune {
		if unicode.Is(unicode.Mn, r) {
			return -1
		}
		return r
	}, norm.NFD.String(word))
}

func isNumber(word string) bool {
	return word != "" && strings.IndexFunc(word, func(r rune) bool { return !unicode.IsDigit(r) }) < 0
}

// FirstRoutine is the routine to suggest to someone who has never played
// one: a built-in that asks least of a newcomer (no gear to buy, no floor
// work, no warm-up to play before it), and of those the one with the
// most distinct exercises, a taste of the most moves; the shorter one on
// a tie. Nil when no built-in qualifies.
func FirstRoutine(rs []*Routine, lib *Library) *Routine {
	var best *Routine
	for _, r := range rs {
		if !r.BuiltIn || r.Warmup != "" || NeedsGear(r.Equipment(lib)) || r.NeedsFloor(lib) {
			continue
		}
		if best == nil || gentler(r, best, lib) {
			best = r
		}
	}
	return best
}

// gentler says whether a makes a better first routine than b.
func gentler(a, b *Routine, lib *Library) bool {
	if ca, cb := a.ExerciseCount(), b.ExerciseCount(); ca != cb {
		return ca > cb
	}
	if ta, tb := a.Size(lib).Time, b.Size(lib).Time; ta != tb {
		return ta < tb
	}
	return CompareNames(a.Name, b.Name) < 0
}

// GearUsed is the Gear that at least one of rs can use, alone or as one
// of a step's choices, in the order of Gear: what an equipment filter
// can offer without leading to an empty list.
func GearUsed(rs []*Routine, lib *Library) []string {
	var used []string
	for _, g := range Gear {
		if slices.ContainsFunc(rs, func(r *Routine) bool { return Offers(r.Equipment(lib), g) }) {
			used = append(used, g)
		}
	}
	return used
}

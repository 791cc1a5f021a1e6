// Package hostile makes the files an attacker, a broken tool or a careless
// hand could give Posture: nesting that the TOML decoder spends quadratic
// time or a whole stack on, plans that expand to millions of phases,
// numbers that overflow a duration, names full of terminal escapes. Tests
// and bench/hostile build them here rather than keeping megabytes in the
// repository; the app never imports this package.
package hostile

import (
	"strings"
)

// File is one hostile file and what refusing it must say.
type File struct {
	Name string // file name, ending in .toml
	Kind string // routine, exercise or month: where it goes
	Data []byte
	Want string // a part of the error that refuses it
}

const routineHead = "format = 1\nname = \"Hostile\"\n"

// DeepInlineTables nests inline tables depth deep: x = {a = {a = ...}}.
func DeepInlineTables(depth int) []byte {
	return []byte(routineHead + "x = " + strings.Repeat("{a = ", depth) + "1" + strings.Repeat("}", depth) + "\n")
}

// DeepArrays nests arrays depth deep: x = [[[...]]].
func DeepArrays(depth int) []byte {
	return []byte(routineHead + "x = " + strings.Repeat("[", depth) + "1" + strings.Repeat("]", depth) + "\n")
}

// LongDottedKey writes one key of parts parts: a.a.a...a = 1.
func LongDottedKey(parts int) []byte {
	return []byte(routineHead + strings.Repeat("a.", parts-1) + "a = 1\n")
}

// LongHeader writes one table header of parts parts: [a.a.a...a].
func LongHeader(parts int) []byte {
	return []byte(routineHead + "[" + strings.Repeat("a.", parts-1) + "a]\n")
}

// ManyTables writes n [[step]] headers, each with one key.
func ManyTables(n int) []byte {
	var b strings.Builder
	b.WriteString(routineHead)
	for i := 0; i < n; i++ {
		b.WriteString("[[x]]\ny = 1\n")
	}
	return []byte(b.String())
}

// ManySteps is a valid-looking routine of n steps.
func ManySteps(n int) []byte {
	var b strings.Builder
	b.WriteString(routineHead)
	for i := 0; i < n; i++ {
		b.WriteString("\n[[step]]\nexercise = \"chin-tuck\"\nsets = 3\nreps = 12\n")
	}
	return []byte(b.String())
}

// HugePlan is a routine within every per-value limit whose rounds × steps ×
// sets × reps × sides would expand to tens of millions of phases, with a
// planned time past what a time.Duration holds.
func HugePlan(steps int) []byte {
	var b strings.Builder
	b.WriteString(routineHead + "\n[[section]]\nname = \"All\"\nrounds = 20\n")
	for i := 0; i < steps; i++ {
		b.WriteString("\n  [[section.step]]\n  exercise = \"chin-tuck\"\n  sets = 20\n  reps = 100\n  hold = \"10m\"\n  sides = \"both\"\n")
	}
	return []byte(b.String())
}

// LargestAllowed is a routine just inside every limit: 200 steps, each a
// set of 16 alternating reps with short phases, 19,202 phases in about
// 2.5 hours. It shows what the most a valid routine can cost.
func LargestAllowed() []byte {
	var b strings.Builder
	b.WriteString("format = 1\nname = \"Largest\"\nrest_after = \"0s\"\n")
	for i := 0; i < 200; i++ {
		b.WriteString("\n[[step]]\nexercise = \"chin-tuck\"\nsets = 1\nreps = 16\nhold = \"1s\"\n" +
			"tempo = { lift = \"200ms\", lower = \"200ms\" }\nsides = \"alternate\"\n")
	}
	return []byte(b.String())
}

// Routine wraps extra lines into an otherwise valid one-step routine.
func Routine(extra string) []byte {
	return []byte(routineHead + extra + "\n[[step]]\nexercise = \"chin-tuck\"\nreps = 10\n")
}

// Month is a history month file whose body is body.
func Month(body string) []byte { return []byte("format = 1\n" + body) }

// Files is the set that bench/hostile measures and the tests refuse, at
// the sizes the review found them.
func Files() []File {
	return []File{
		{"deep-inline-tables.toml", "routine", DeepInlineTables(66_000), "nested"},
		{"deep-arrays.toml", "routine", DeepArrays(200_000), "nested"},
		{"long-dotted-key.toml", "routine", LongDottedKey(30_000), "nested"},
		{"long-header.toml", "routine", LongHeader(20_000), "nested"},
		{"many-tables.toml", "routine", ManyTables(60_000), "tables and keys"},
		{"many-steps.toml", "routine", ManySteps(14_000), "tables and keys"},
		{"thousand-steps.toml", "routine", ManySteps(1_000), "steps"},
		{"huge-plan.toml", "routine", HugePlan(200), "planned time"},
		{"overflow-rest.toml", "routine", Routine("rest_after = 18446744074"), "18446744074"},
		{"max-int-rest.toml", "routine", Routine("rest_after = 9223372036854775807"), "9223372036854775807"},
		{"escape-name.toml", "routine", []byte(strings.Replace(string(Routine("")), `"Hostile"`, `"\u001b[31mRed\u001b[0m"`, 1)), "control character"},
		{"deep-month.toml", "month", Month("x = " + strings.Repeat("{a = ", 66_000) + "1" + strings.Repeat("}", 66_000) + "\n"), "nested"},
	}
}

package tomlpos

import "testing"

func TestScanFindsKeysInArraysOfTablesAndInlineTables(t *testing.T) {
	src := `format = 1
name = "x"

[[section]]
name = "Warm-up"

  [[section.step]]
  exercise = "neck-roll"

[[section]]
rounds = 2

  [[section.step]]
  exercise = "a"

  [[section.step]]
  tempo = { lift = "1s", lower = "2s" }
  steps = [
    "reps = 3 is text, not a key",
  ]
  desc = """
sets = 9
"""
  sets = 4
`
	idx := Scan(src)
	for path, want := range map[string]int{
		"name":                           2,
		"section[1].name":                5,
		"section[1].step[1].exercise":    8,
		"section[2].rounds":              11,
		"section[2].step[1].exercise":    14,
		"section[2].step[2].tempo.lower": 17,
		"section[2].step[2].sets":        24,
		"section[2].step[2].reps":        16, // not written: the step's header
		"section[3].name":                0,
	} {
		if got := idx.Line(path); got != want {
			t.Errorf("%s: line %d, want %d", path, got, want)
		}
	}
}

func TestIndexedCountsFromOne(t *testing.T) {
	if got := Indexed("section[2]", "step", 0); got != "section[2].step[1]" {
		t.Fatalf("got %q", got)
	}
}

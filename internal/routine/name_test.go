package routine

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/postureapp/posture/internal/tomlfile"
)

// A name written with look-alike code points is the name it looks like:
// fullwidth "Ｆｏｒｗａｒｄ Ｈｅａｄ" is refused as a built-in's name rather
// than saved beside it.
func TestLookAlikeNamesAreTheNameTheyLookLike(t *testing.T) {
	f, load := folderWith(t, nil)
	c := load()
	for _, name := range []string{"Ｂｕｉｌｔ Ｉｎ", "Bui\u0307lt In", "ＢＵＩＬＴ ＩＮ"} {
		data := []byte(routineNamed(name))
		r, err := ParseRoutine("x.toml", data, c.Library)
		if err != nil {
			t.Fatal(err)
		}
		_, err = f.ImportRoutine(c, r, data)
		if name == "Bui\u0307lt In" {
			if err != nil {
				t.Errorf("%q (a dot above, not a look-alike) refused: %v", name, err)
			}
			continue
		}
		if err == nil || !strings.Contains(err.Error(), `a built-in routine is called "Built In"`) {
			t.Errorf("%q: %v, want it refused as the built-in's name", name, err)
		}
	}
	if entries, _ := os.ReadDir(f.Routines); len(entries) != 1 {
		t.Errorf("files written: %v, want only the accepted one", entries)
	}
	if r := load().Routine("ｂｕｉｌｔ ｉｎ"); r == nil || !r.BuiltIn {
		t.Errorf("the fullwidth name finds %v, want the built-in", r)
	}
}

// Invisible characters would let two names that look the same differ;
// they are refused in every kind of name, by file, line and field.
func TestInvisibleCharactersAreRefusedInNames(t *testing.T) {
	for _, c := range []struct{ char, code string }{
		{"\u200b", "U+200B"}, {"\u200d", "U+200D"}, {"\u2060", "U+2060"}, {"\ufeff", "U+FEFF"}, {"\u00ad", "U+00AD"},
	} {
		got := problemsOf(t, "format = 1\nname = \"Upper"+c.char+" Back\"\n\n[[section]]\nname = \"Warm"+c.char+"\"\n[[section.step]]\nexercise = \"neck-roll\"\n")
		want := []string{
			"r.toml:2: name: contains the invisible character " + c.code + " (visible characters only, so that two names that look the same are the same)",
			"r.toml:5: section[1].name: contains the invisible character " + c.code + " (visible characters only, so that two names that look the same are the same)",
		}
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("%s:\ngot  %q\nwant %q", c.code, got, want)
		}
		_, err := ParseExercise("e.toml", []byte("format = 1\nid = \"x\"\nname = \"Neck"+c.char+" Roll\"\nkind = \"warmup\"\n"))
		if err == nil || !strings.Contains(err.Error(), "e.toml:3: name: contains the invisible character "+c.code) {
			t.Errorf("exercise name with %s: %v", c.code, err)
		}
	}
	f, load := folderWith(t, map[string]string{"a.toml": routineNamed("A")})
	c := load()
	if _, err := f.RenameRoutine(c, c.Routine("A"), "A\u200b"); err == nil || !strings.Contains(err.Error(), "U+200B") {
		t.Errorf("rename to a name with a zero-width space: %v", err)
	}
}

// Every kind of name has the same limit, in a file and in the editors,
// which check what is typed with the same validation.
func TestNameLengthIsCappedTheSameInFilesAndEditors(t *testing.T) {
	long, limit := strings.Repeat("é", MaxNameLength+1), strings.Repeat("é", MaxNameLength)
	tooLong := "is 61 characters long (at most 60 characters)"
	got := problemsOf(t, "format = 1\nname = \""+long+"\"\n\n[[section]]\nname = \""+long+"\"\n[[section.step]]\nexercise = \"neck-roll\"\n")
	if want := []string{"r.toml:2: name: " + tooLong, "r.toml:5: section[1].name: " + tooLong}; strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("routine file:\ngot  %q\nwant %q", got, want)
	}
	if got := problemsOf(t, routineNamed(limit)); got != nil {
		t.Errorf("a name of exactly %d characters: %q", MaxNameLength, got)
	}
	draft := DraftOf(&Routine{Name: long, Sections: []Section{{Name: long, Steps: []Step{{Exercise: "neck-roll"}}}}})
	_, ps := draft.Check(testLibrary())
	if len(ps) != 2 || ps[0].Field != "name" || ps[0].Msg+" ("+ps[0].Allowed+")" != tooLong || ps[1].Field != "section[1].name" {
		t.Errorf("routine editor: %v", ps)
	}
	_, err := ParseExercise("e.toml", []byte("format = 1\nid = \""+strings.Repeat("a", MaxNameLength+1)+"\"\nname = \""+long+"\"\nkind = \"warmup\"\n"))
	want := "e.toml:2: id: " + tooLong + "\ne.toml:3: name: " + tooLong
	if err == nil || err.Error() != want {
		t.Errorf("exercise file:\ngot  %v\nwant %s", err, want)
	}
	_, ps = (&ExerciseDraft{ID: "x", Name: long, Kind: "warmup"}).Check()
	if len(ps) != 1 || ps[0].Field != "name" || ps[0].Msg != "is 61 characters long" {
		t.Errorf("exercise editor: %v", ps)
	}
}

// A copy of a routine whose name is as long as names go still saves.
func TestDuplicateOfALongNameFits(t *testing.T) {
	f, load := folderWith(t, nil)
	name := strings.Repeat("Long ", MaxNameLength/5)
	mustSave(t, f, load(), strings.TrimSpace(name))
	c := load()
	dup, err := f.Duplicate(c, c.Routines[len(c.Routines)-1], "")
	if err != nil || !strings.HasSuffix(dup, " (copy)") || len([]rune(dup)) > MaxNameLength {
		t.Errorf("duplicate: %q, %v", dup, err)
	}
}

// A message about a name repeats at most EchoLength characters of it,
// and a name too long for any file system gets no file.
func TestMessagesCutLongNames(t *testing.T) {
	f, load := folderWith(t, nil)
	c := load()
	huge := strings.Repeat("A", 1<<20)
	if _, err := f.fileFor(c, huge, ""); err != nil {
		t.Errorf("file for a name of a megabyte: %.200v", err)
	}
	for what, err := range map[string]error{
		"save":   func() error { _, err := f.SaveRoutine(c, &Routine{Name: huge}, ""); return err }(),
		"rename": func() error { _, err := f.RenameRoutine(c, &Routine{Name: "x"}, huge); return err }(),
		"clash":  errors.New(f.Clash(&Catalog{Routines: []*Routine{{Name: huge}}}, huge, "")),
	} {
		if err == nil || len(err.Error()) > 200 {
			t.Errorf("%s: %d bytes of error: %.200v", what, len(fmt.Sprint(err)), err)
		}
	}
	if got, want := tomlfile.Echo(strings.Repeat("ü", 61)), `"`+strings.Repeat("ü", 60)+`"…`; got != want {
		t.Errorf("Echo: %s, want %s", got, want)
	}
}

// A key or a value of a megabyte is repeated in a problem only in part.
func TestProblemsRepeatOnlyPartOfHugeKeysAndValues(t *testing.T) {
	huge := strings.Repeat("A", 500_000) // the file stays under MaxFileSize
	for line, says := range map[string]string{
		huge + " = 1":               "unknown key",
		`rest = "` + huge + `"`:     `"… is not a duration`,
		`reps = "` + huge + `"`:     `"… is not a number or a range`,
		`exercise = "` + huge + `"`: "no exercise with id ",
		`pace = "` + huge + `"`:     `"… is not allowed`,
	} {
		src := "format = 1\nname = \"R\"\n\n[[step]]\n" + line + "\n"
		if !strings.HasPrefix(line, "exercise") {
			src += "exercise = \"neck-roll\"\n"
		}
		got := problemsOf(t, src)
		if len(got) == 0 {
			t.Errorf("%.20s…: no problem", line)
		}
		if len(got) > 0 && !strings.Contains(got[0], says) {
			t.Errorf("%.20s…: %.300s, want it to say %s", line, got[0], says)
		}
		for _, p := range got {
			if len(p) > 500 {
				t.Errorf("%.20s…: a problem of %d bytes: %.300s", line, len(p), p)
			}
		}
	}
	if _, err := ParseDuration(huge); err == nil || len(err.Error()) > 200 {
		t.Errorf("ParseDuration: %d bytes of error", len(fmt.Sprint(err)))
	}
}

// Of two files whose names differ only in case forms (Greek final sigma,
// ß and ẞ, title-case digraphs), the second did not load, as Routine finds
// either by the other's name. Load finds the first by a map of foldKey,
// which must agree with strings.EqualFold.
func TestARoutineNamedAsAnotherButForCaseFormsDidNotLoad(t *testing.T) {
	for _, pair := range [][2]string{{"ΟΔΟΣ", "οδος"}, {"ΟΔΟΣ", "οδοσ"}, {"Straße", "STRAẞE"}, {"Neck ǅ", "neck ǆ"}} {
		_, load := folderWith(t, map[string]string{"a.toml": routineNamed(pair[0]), "b.toml": routineNamed(pair[1])})
		c := load()
		if len(c.Routines) != 2 || len(c.Problems) != 1 || !strings.Contains(c.Problems[0].Error(), "b.toml:1: name: ") {
			t.Errorf("%q and %q: %d routines, problems %v; want the built-in and the first, and a problem with the second", pair[0], pair[1], len(c.Routines), c.Problems)
		}
	}
}

// Names that only look close are two routines, and foldKey makes the
// same key exactly for the names strings.EqualFold calls the same.
func TestNamesThatDifferInMoreThanCaseAreTwoRoutines(t *testing.T) {
	for _, pair := range [][2]string{{"Straße", "STRASSE"}, {"Neck", "Neck 2"}, {"ı", "i"}} {
		_, load := folderWith(t, map[string]string{"a.toml": routineNamed(pair[0]), "b.toml": routineNamed(pair[1])})
		if c := load(); len(c.Routines) != 3 {
			t.Errorf("%q and %q: %d routines; want both and the built-in", pair[0], pair[1], len(c.Routines))
		}
	}
	for _, s := range []string{"ΟΔΟΣ", "οδος", "Straße", "ǅ", "ı", "İ", "K", "k", "ſ", "µ", "Ω"} {
		for _, u := range []string{"οδοσ", "STRAẞE", "ǆ", "I", "i", "K", "s", "Μ", "ω"} {
			if (foldKey(s) == foldKey(u)) != strings.EqualFold(s, u) {
				t.Errorf("foldKey(%q) == foldKey(%q) is %v, EqualFold %v", s, u, foldKey(s) == foldKey(u), strings.EqualFold(s, u))
			}
		}
	}
}

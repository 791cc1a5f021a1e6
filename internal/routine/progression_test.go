package routine

import (
	"reflect"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

const pushUp = `format = 1
id = "wall-push-up"
name = "Wall Push-Up"
kind = "strength"
equipment = ["wall"]

[dose]
reps = "10-15"

[phase_names]
lift = "Bend"
lower = "Push"

[progression]
hold = "3s"
lower = "4s"
resistance = "light band"
next = "incline-push-up"
`

func TestProgressionAndPhaseNamesRead(t *testing.T) {
	e, err := ParseExercise("e.toml", []byte(pushUp))
	if err != nil {
		t.Fatal(err)
	}
	want := Progression{Hold: 3 * time.Second, Lower: 4 * time.Second, Resistance: "light band", Next: "incline-push-up"}
	if e.Progression != want || e.PhaseNames != (PhaseNames{Lift: "Bend", Lower: "Push"}) {
		t.Errorf("progression %+v, names %+v", e.Progression, e.PhaseNames)
	}
	again, err := ParseExercise("e.toml", EncodeExercise(e))
	if err != nil || !reflect.DeepEqual(e, again) {
		t.Errorf("round trip: %v\n%+v\n%+v\n%s", err, e, again, EncodeExercise(e))
	}
}

func TestProgressionAndPhaseNameRules(t *testing.T) {
	cases := []struct{ name, table, want string }{
		{"unknown key", "[progression]\nholds = \"5s\"", `e.toml:9: progression.holds: unknown key (did you mean "hold"?)`},
		{"empty table", "[progression]", `e.toml:8: progression: is empty (one or more of "reps", "hold", "lower", "resistance", "next", "then")`},
		{"reps zero", "[progression]\nreps = 0", `e.toml:9: progression.reps: 0 is out of range (1-100)`},
		{"then itself", "[progression]\nthen = \"squeeze\"", `e.toml:9: progression.then: names the exercise itself (the id of an exercise to try next)`},
		{"then not an id", "[progression]\nthen = \"Face Pull\"", `e.toml:9: progression.then: "Face Pull" is not an exercise id (a kebab-case id, like "incline-push-up")`},
		{"hold zero", "[progression]\nhold = \"0s\"", `e.toml:9: progression.hold: 0s is too short to progress to (1s-10m, like "5s")`},
		{"hold junk", "[progression]\nhold = \"long\"", `e.toml:9: progression.hold: "long" is not a duration (0s-10m, like "45s" or "1m30s")`},
		{"lower too long", "[progression]\nlower = \"11m\"", `e.toml:9: progression.lower: 11m is out of range (0s-10m, like "45s" or "1m30s")`},
		{"blank resistance", "[progression]\nresistance = \"  \"", `e.toml:9: progression.resistance: is empty (what to start with, like "light band")`},
		{"next not an id", "[progression]\nnext = \"Floor Push-Up\"", `e.toml:9: progression.next: "Floor Push-Up" is not an exercise id (a kebab-case id, like "incline-push-up")`},
		{"next itself", "[progression]\nnext = \"squeeze\"", `e.toml:9: progression.next: names the exercise itself (the id of a harder exercise)`},
		{"phase name long", "[phase_names]\nlift = \"Bend the elbows\"", `e.toml:9: phase_names.lift: "Bend the elbows" does not fit the player's banner (a word or two of at most 12 letters, like "Push")`},
		{"phase name blank", "[phase_names]\nlower = \"\"", `e.toml:9: phase_names.lower: is empty (a word or two of at most 12 letters, like "Push")`},
		{"phase name number", "[phase_names]\nhold = 3", `e.toml:9: phase_names.hold: a number is not a string (a quoted string)`},
		{"phase name unknown", "[phase_names]\npush = \"Push\"", `e.toml:9: phase_names.push: unknown key (did you mean "lift"?)`},
		{"equipment choice", "", ""},
	}
	for _, c := range cases {
		src := "format = 1\nid = \"squeeze\"\nname = \"Squeeze\"\nkind = \"strength\"\nequipment = [\"band or cable\"]\n[dose]\nreps = 10\n" + c.table + "\n"
		_, err := ParseExercise("e.toml", []byte(src))
		got := ""
		if err != nil {
			got = err.Error()
		}
		if got != c.want {
			t.Errorf("%s:\n got %s\nwant %s", c.name, got, c.want)
		}
	}
}

func TestEquipmentChoices(t *testing.T) {
	src := "format = 1\nid = \"fly\"\nname = \"Fly\"\nkind = \"strength\"\nequipment = [\"dumbbells or band\", \"band or kettlebell\", \"wall or wall\"]\n[dose]\nreps = 10\n"
	_, err := ParseExercise("e.toml", []byte(src))
	allowed := `(any of "band", "dumbbells", "cable", "wall", "doorway", "chair", "bench", "mat", "door anchor", or choices such as "band or cable")`
	want := `e.toml:5: equipment: "kettlebell" is not known equipment ` + allowed + "\n" +
		`e.toml:5: equipment: "wall or wall" names "wall" twice ` + allowed
	if err == nil || err.Error() != want {
		t.Errorf("got:\n%v\nwant:\n%s", err, want)
	}
	fly := []string{"dumbbells or band"}
	if !Offers(fly, "band") || !Offers(fly, "dumbbells") || Offers(fly, "cable") {
		t.Errorf("Offers: a band or dumbbells do for %v, a cable does not", fly)
	}
	for eq, gear := range map[string]bool{"band or cable": true, "band or wall": false, "chair": false, "dumbbells": true} {
		if NeedsGear([]string{"wall", eq}) != gear {
			t.Errorf("NeedsGear(%q) = %v", eq, !gear)
		}
	}
}

func TestRoutineEquipmentCountsAChoiceMetByAnotherStepOnce(t *testing.T) {
	lib := NewLibrary(
		&Exercise{ID: "fly", Equipment: []string{"dumbbells or band"}},
		&Exercise{ID: "pull", Equipment: []string{"band"}},
		&Exercise{ID: "row", Equipment: []string{"band or cable", "chair"}},
	)
	routine := func(ids ...string) *Routine {
		r := &Routine{Sections: []Section{{}}}
		for _, id := range ids {
			r.Sections[0].Steps = append(r.Sections[0].Steps, Step{Exercise: id})
		}
		return r
	}
	for ids, want := range map[string][]string{
		"fly pull row": {"band", "chair"},
		"fly":          {"dumbbells or band"},
		"row fly":      {"chair", "band or cable", "dumbbells or band"},
		"fly fly":      {"dumbbells or band"},
	} {
		if got := routine(strings.Fields(ids)...).Equipment(lib); !slices.Equal(got, want) {
			t.Errorf("%s: %q, want %q", ids, got, want)
		}
	}
}

func TestWarmupKey(t *testing.T) {
	for src, want := range map[string]string{
		`warmup = "Dynamic Warm-up"`: "",
		`warmup = ""`:                `r.toml:4: warmup: is empty (the name of a routine to play first, like "Dynamic Warm-up")`,
		`warmup = "test"`:            `r.toml:4: warmup: names the routine itself (the name of another routine)`,
		`warmup = 5`:                 `r.toml:4: warmup: a number is not a string (a quoted string)`,
	} {
		got := strings.Join(problemsOf(t, strings.Replace(goodRoutine, "per_week = 3", "per_week = 3\n"+src, 1)), "\n")
		if got != want {
			t.Errorf("%s:\n got %s\nwant %s", src, got, want)
		}
	}
}

// files is a catalog from memory: exercise and routine files by name.
func files(exercises, routines map[string]string) *Catalog {
	ex, ro := fstest.MapFS{}, fstest.MapFS{}
	for name, src := range exercises {
		ex[name] = &fstest.MapFile{Data: []byte(src)}
	}
	for name, src := range routines {
		ro[name] = &fstest.MapFile{Data: []byte(src)}
	}
	return Load(Sources{BuiltinExercises: ex, BuiltinRoutines: ro})
}

func TestCatalogRefusesReferencesToNothing(t *testing.T) {
	incline := strings.NewReplacer(`"wall-push-up"`, `"incline-push-up"`, "[progression]", "[x]", `hold = "3s"`+"\n", "", `lower = "4s"`+"\n", "", `resistance = "light band"`+"\n", "", `next = "incline-push-up"`+"\n", "").Replace(pushUp)
	incline = strings.Replace(incline, "[x]\n", "", 1)
	routineSrc := func(name, warmup string) string {
		return "format = 1\nname = \"" + name + "\"\nwarmup = \"" + warmup + "\"\n\n[[step]]\nexercise = \"wall-push-up\"\n"
	}
	c := files(map[string]string{"wall-push-up.toml": pushUp, "incline-push-up.toml": incline},
		map[string]string{"a.toml": routineSrc("A", "b"), "b.toml": routineSrc("B", "Warm"), "c.toml": routineSrc("C", "Warm-up")})
	if len(c.Problems) != 2 {
		t.Fatalf("problems %v, want B's and C's warm-ups", c.Problems)
	}
	for i, want := range []string{
		`routines/b.toml:3: warmup: no routine named "Warm" (did you mean "A"?)`,
		`routines/c.toml:3: warmup: no routine named "Warm-up" (did you mean "A"?)`,
	} {
		if got := c.Problems[i].Error(); got != want {
			t.Errorf("problem %d: %s, want %s", i, got, want)
		}
	}
	if len(c.Routines) != 1 || c.Routines[0].Name != "A" {
		t.Errorf("routines %v, want only A (its warm-up B named case-insensitively)", c.Routines)
	}
	if _, ok := c.Library.Exercise("wall-push-up"); !ok {
		t.Errorf("the push-up whose next exercise exists was dropped")
	}

	c = files(map[string]string{"wall-push-up.toml": pushUp}, nil)
	want := `assets/exercises/wall-push-up.toml:18: progression.next: no exercise with id "incline-push-up" (did you mean "wall-push-up"?)`
	if len(c.Problems) != 1 || c.Problems[0].Error() != want {
		t.Errorf("problems %v, want %s", c.Problems, want)
	}
	if _, ok := c.Library.Exercise("wall-push-up"); ok {
		t.Errorf("an exercise that moves on to nothing was loaded")
	}
}

func TestWithWarmupPlaysTheWarmUpFirstUnderTheRoutinesName(t *testing.T) {
	warm := &Routine{Name: "Warm", RestAfter: Dur(5 * time.Second), Sections: []Section{{Rounds: 2, Steps: []Step{
		{Exercise: "neck-roll"}, {Exercise: "neck-roll", RestAfter: Dur(time.Second)},
	}}}}
	r := &Routine{Name: "Strong", Warmup: "Warm", Flat: true, RestAfter: Dur(time.Minute), Sections: []Section{{Steps: []Step{{Exercise: "prone-y-raise"}}}}}
	before := r.Clone()
	got := r.WithWarmup(warm)
	if !reflect.DeepEqual(r, before) || warm.Sections[0].Steps[0].RestAfter != nil {
		t.Fatalf("WithWarmup changed its inputs")
	}
	if got.Name != "Strong" || got.Warmup != "" || got.Flat || len(got.Sections) != 2 {
		t.Fatalf("got %+v", got)
	}
	plans := got.Plans(testLibrary())
	if plans[0][0].Section != "Warm" || got.Sections[0].Rounds != 2 {
		t.Errorf("warm-up section %q, %d rounds", plans[0][0].Section, got.Sections[0].Rounds)
	}
	if plans[0][0].RestAfter != 5*time.Second || plans[0][1].RestAfter != time.Second || plans[1][0].RestAfter != time.Minute {
		t.Errorf("rests after: %v %v %v, want the warm-up's own 5s and 1s, then the routine's 1m",
			plans[0][0].RestAfter, plans[0][1].RestAfter, plans[1][0].RestAfter)
	}
}

const floorMove = `format = 1
id = "prone-y-raise"
name = "Prone Y Raise"
kind = "strength"
equipment = []
floor = true
without_floor = "wall-y-raise"

[dose]
reps = "10-15"
source = "article"

[progression]
reps = 12
then = "face-pull"
`

func TestFloorSourceAndProgressionEndRead(t *testing.T) {
	e, err := ParseExercise("e.toml", []byte(floorMove))
	if err != nil {
		t.Fatal(err)
	}
	if !e.Floor || e.WithoutFloor != "wall-y-raise" || e.Dose.Source != FromArticle || e.Progression != (Progression{Reps: 12, Then: "face-pull"}) {
		t.Errorf("got floor %v, without %q, source %q, progression %+v", e.Floor, e.WithoutFloor, e.Dose.Source, e.Progression)
	}
	if e.Dose.Source.Note() != "from the article" || Ours.Note() != "our suggestion" || DoseSource("").Note() != "" {
		t.Errorf("notes %q %q", e.Dose.Source.Note(), Ours.Note())
	}
	again, err := ParseExercise("e.toml", EncodeExercise(e))
	if err != nil || !reflect.DeepEqual(e, again) {
		t.Errorf("round trip: %v\n%s", err, EncodeExercise(e))
	}
	for src, want := range map[string]string{
		`source = "blog"`:                 `e.toml:11: dose.source: "blog" is not allowed (one of "article", "adapted", "ours")`,
		`floor = "yes"`:                   `e.toml:6: floor: a string is not true or false (true or false)`,
		`without_floor = "prone-y-raise"`: `e.toml:7: without_floor: names the exercise itself (the id of a version done standing or sitting)`,
	} {
		key := strings.SplitN(src, " ", 2)[0]
		var lines []string
		for _, l := range strings.Split(floorMove, "\n") {
			if strings.HasPrefix(l, key+" ") {
				l = src
			}
			lines = append(lines, l)
		}
		_, err := ParseExercise("e.toml", []byte(strings.Join(lines, "\n")))
		if err == nil || err.Error() != want {
			t.Errorf("%s:\n got %v\nwant %s", src, err, want)
		}
	}
}

func TestCatalogRefusesAFloorVersionThatIsNotThere(t *testing.T) {
	c := files(map[string]string{"prone-y-raise.toml": strings.Replace(floorMove, "then = \"face-pull\"\n", "", 1)}, nil)
	want := `assets/exercises/prone-y-raise.toml:7: without_floor: no exercise with id "wall-y-raise" (did you mean "prone-y-raise"?)`
	if len(c.Problems) != 1 || c.Problems[0].Error() != want {
		t.Errorf("problems %v, want %s", c.Problems, want)
	}
}

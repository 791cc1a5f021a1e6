package ui

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/postureapp/posture/internal/ui/kit"
)

// renameField opens Rename for the routine named name and gives its
// field, which has the focus.
func renameField(t *testing.T, u *App, name string) *kit.Entry {
	t.Helper()
	u.askRename(u.cfg.Catalog.Routine(name))
	in, ok := u.win.Canvas().Focused().(*kit.Entry)
	if !ok {
		t.Fatalf("Rename starts with the focus on %T, not in its field", u.win.Canvas().Focused())
	}
	return in
}

// Rename starts with the old name selected, so typing replaces it, as a
// file manager's rename does.
func TestRenameStartsWithTheOldNameSelected(t *testing.T) {
	u := newEditingApp(t)
	u.duplicateRoutine(u.cfg.Catalog.Routine("Desk Posture Break"))
	u.showHome()
	in := renameField(t, u, "Desk Posture Break (copy)")
	if got := in.SelectedText(); got != "Desk Posture Break (copy)" {
		t.Fatalf("Rename selects %q, want the whole old name", got)
	}
	test.Type(in, "Band Day")
	if in.Text != "Band Day" {
		t.Fatalf("typing in Rename gives %q, want the new name alone", in.Text)
	}
}

// A routine renamed while a search is on stays in view: the search is
// cleared when the new name no longer matches, a line says so, and the
// routine's row has the focus.
func TestARenamedRoutineStaysInViewAndFocused(t *testing.T) {
	u := newEditingApp(t)
	u.duplicateRoutine(u.cfg.Catalog.Routine("Desk Posture Break"))
	u.showHome()
	test.Type(u.home.search, "copy")
	if got := cardTitles(u.home); !slices.Equal(got, []string{"Desk Posture Break (copy)"}) {
		t.Fatalf("the search shows %v, want the copy alone", got)
	}
	in := renameField(t, u, "Desk Posture Break (copy)")
	in.SetText("Band Day")
	in.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if u.cfg.Catalog.Routine("Band Day") == nil {
		t.Fatal("Enter did not rename")
	}
	if !slices.Contains(cardTitles(u.home), "Band Day") {
		t.Fatalf("the renamed routine is not listed: %v (search %q)", cardTitles(u.home), u.home.search.Text)
	}
	if !strings.Contains(allText(t, u.home.content), "Search cleared") {
		t.Error("nothing says the search was cleared")
	}
	if f := u.win.Canvas().Focused(); f != rowFor(t, u.home, "Band Day").Surface {
		t.Fatalf("after Rename the focus is on %T, not on the renamed routine", f)
	}
	test.Type(u.home.search, "band")
	if strings.Contains(allText(t, u.home.content), "Search cleared") {
		t.Error("the line about the cleared search stays after a new search")
	}
}

// A routine saved from the editor under a name the search on home does
// not match, new or renamed there, is in view when the editor is left:
// the search is cleared, a line says so, and its row has the focus.
func TestARoutineSavedFromTheEditorStaysInView(t *testing.T) {
	for _, tc := range []struct {
		name, said string
		open       func(u *App) *editor
	}{
		{"new", "the routine you saved", func(u *App) *editor { return u.newRoutine() }},
		{"renamed", "under its new name", func(u *App) *editor {
			u.duplicateRoutine(u.cfg.Catalog.Routine("Desk Posture Break"))
			return u.editRoutine(u.cfg.Catalog.Routine("Desk Posture Break (copy)"))
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			u := newEditingApp(t)
			e := tc.open(u)
			u.showHome()
			test.Type(u.home.search, "copy")
			e.show()
			e.typeIn(t, "name", "Band Day")
			if tc.name == "new" {
				pick(t, e, findButton(t, u.win.Content(), "Add exercise"), "chin tuck")
			}
			test.Tap(e.saveBtn)
			if u.cfg.Catalog.Routine("Band Day") == nil {
				t.Fatalf("not saved: %v", e.problems)
			}
			e.leave()
			if !slices.Contains(cardTitles(u.home), "Band Day") {
				t.Fatalf("home hides the saved routine: %v (search %q)", cardTitles(u.home), u.home.search.Text)
			}
			if !strings.Contains(allText(t, u.home.content), "Search cleared to show \"Band Day\", "+tc.said) &&
				!strings.Contains(allText(t, u.home.content), "Search cleared to show \"Band Day\" "+tc.said) {
				t.Errorf("nothing says the search was cleared:\n%s", allText(t, u.home.content))
			}
			if f := u.win.Canvas().Focused(); f != rowFor(t, u.home, "Band Day").Surface {
				t.Errorf("back on home the focus is on %T, not on the saved routine", f)
			}
		})
	}
}

// A routine saved under the name it had keeps the search as it was.
func TestAnEditedRoutineKeepsTheSearch(t *testing.T) {
	u := newEditingApp(t)
	u.duplicateRoutine(u.cfg.Catalog.Routine("Desk Posture Break"))
	u.showHome()
	test.Type(u.home.search, "upper")
	e := u.editRoutine(u.cfg.Catalog.Routine("Desk Posture Break (copy)"))
	e.typeIn(t, "description", "Mine.")
	test.Tap(e.saveBtn)
	e.leave()
	if u.home.search.Text != "upper" || strings.Contains(allText(t, u.home.content), "Search cleared") {
		t.Errorf("saving under the same name changed the search to %q", u.home.search.Text)
	}
}

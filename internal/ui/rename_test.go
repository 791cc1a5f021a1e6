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

package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/postureapp/posture/internal/background"
	"github.com/postureapp/posture/internal/desktop"
	"github.com/postureapp/posture/internal/desktop/desktoptest"
	"github.com/postureapp/posture/internal/remind"
	"github.com/postureapp/posture/internal/ui/kit"
	"github.com/postureapp/posture/internal/wire"
)

// newReminderApp is the window with reminders kept in a temporary data
// folder; nothing is started in the background ("true" stands in for
// this program).
func newReminderApp(t *testing.T) (*App, *background.Client) {
	t.Helper()
	t.Setenv("XDG_RUNTIME_DIR", t.TempDir())
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	c := &background.Client{DataDir: t.TempDir(), Exe: "true"}
	a := test.NewTempApp(t)
	u := New(a, Config{Catalog: testCatalog(t), Advice: testAdvice(t), Clock: newStepClock(), Reminders: c, Background: inPlace})
	return u, c
}

func findCheck(t *testing.T, o fyne.CanvasObject, text string) *widget.Check {
	t.Helper()
	var found *widget.Check
	walk(t, o, func(c fyne.CanvasObject) {
		if ch, ok := c.(*kit.Check); ok && ch.Text == text && found == nil {
			found = &ch.Check
		}
	})
	if found == nil {
		t.Fatalf("no check %q", text)
	}
	return found
}

func cardNamed(t *testing.T, u *App, title string) *kit.ListRow {
	t.Helper()
	return rowFor(t, u.home, title)
}

func TestRemindMeProposesTheRoutinesDaysAndSavesThem(t *testing.T) {
	u, c := newReminderApp(t)
	chooseFromMenu(t, u, cardNamed(t, u, "Upper Back Strength").Menu, "Remind me")
	top := u.win.Canvas().Overlays().Top()
	if !strings.Contains(allText(t, top), "aims at 3 sessions a week") {
		t.Fatalf("dialog says:\n%s", allText(t, top))
	}
	for day, want := range map[string]bool{"Mon": true, "Tue": false, "Wed": true, "Fri": true, "Sun": false} {
		if got := findCheck(t, top, day).Checked; got != want {
			t.Errorf("%s checked %v, want %v", day, got, want)
		}
	}
	test.Tap(findCheck(t, top, "Sat"))
	test.Tap(findButton(t, top, "Save"))
	plan, err := c.Plan()
	if err != nil {
		t.Fatal(err)
	}
	s, ok := plan.Session("Upper Back Strength")
	if !ok || s.Days.String() != "mon wed fri sat" || s.At.String() != "18:00" {
		t.Fatalf("saved %+v", plan.Sessions)
	}
}

func TestSettingsListsTheRemindersAndRemovesOne(t *testing.T) {
	u, c := newReminderApp(t)
	plan := remind.NewPlan()
	plan.SetSession(remind.Session{Routine: "Upper Back Strength", Days: remind.ProposeDays(3), At: 18 * 60})
	if err := remind.Save(c.PlanPath(), plan); err != nil {
		t.Fatal(err)
	}
	u.showSettings()
	text := allText(t, u.win.Content())
	for _, want := range []string{"Reminders", "Upper Back Strength: Mon Wed Fri at 18:00", "Keep reminding when the window is closed"} {
		if !strings.Contains(text, want) {
			t.Errorf("Settings lacks %q", want)
		}
	}
	var remove *widget.Button
	walk(t, u.win.Content(), func(o fyne.CanvasObject) {
		if b, ok := o.(*kit.Button); ok && b.Text == "" && b.Icon != nil && b.Icon.Name() == theme.DeleteIcon().Name() {
			remove = &b.Button
		}
	})
	if remove == nil {
		t.Fatal("no remove button")
	}
	// The trash asks first, with Keep on Esc.
	test.Tap(remove)
	if got, _ := c.Plan(); len(got.Sessions) != 1 || !overlayShows(t, u.win, "Remove this reminder?") {
		t.Fatalf("the trash removed at once (%+v) or did not ask", got.Sessions)
	}
	escape(u)
	if got, _ := c.Plan(); len(got.Sessions) != 1 {
		t.Fatal("Esc on the question removed the reminder")
	}
	test.Tap(remove)
	confirm(t, u, "Remove")
	if got, _ := c.Plan(); len(got.Sessions) != 0 {
		t.Fatalf("still planned: %+v", got.Sessions)
	}
	if strings.Contains(allText(t, u.win.Content()), "Upper Back Strength: mon") {
		t.Error("Settings still lists the removed reminder")
	}
}

func TestStartAtLoginWritesAndRemovesTheAutostartEntry(t *testing.T) {
	u, _ := newReminderApp(t)
	u.showSettings()
	login := findCheck(t, u.win.Content(), "Start at login, in the background")
	path, _ := desktop.AutostartPath()
	test.Tap(login)
	b, err := os.ReadFile(path)
	if err != nil || !strings.Contains(string(b), "--background") {
		t.Fatalf("entry %q, %v", b, err)
	}
	test.Tap(login)
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Fatalf("entry still there: %v", err)
	}
}

// Start at login is written off the UI goroutine (in a sandbox the
// Background portal may wait on the person), and one that fails shows
// why and unticks the box again.
func TestStartAtLoginWaitsOffTheUIAndUnticksWhenRefused(t *testing.T) {
	t.Setenv("XDG_RUNTIME_DIR", t.TempDir())
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	var later []func()
	c := &background.Client{DataDir: t.TempDir(), Exe: "true"}
	u := New(test.NewTempApp(t), Config{Catalog: testCatalog(t), Advice: testAdvice(t), Clock: newStepClock(), Reminders: c,
		Background: func(f func()) { later = append(later, f) }})
	u.showSettings()
	login := findCheck(t, u.win.Content(), "Start at login, in the background")
	path, _ := desktop.AutostartPath()
	later = nil
	test.Tap(login)
	if _, err := os.Stat(path); !os.IsNotExist(err) || len(later) != 1 {
		t.Fatalf("ticking wrote the entry on the UI goroutine (%v), or queued %d jobs", err, len(later))
	}
	later[0]()
	if _, err := os.Stat(path); err != nil {
		t.Fatalf("the job did not write the entry: %v", err)
	}
	test.Tap(login)
	later[1]()
	c.Exe = "/opt/bad\npath/posture" // no Exec line can hold it
	later = nil
	test.Tap(login)
	later[0]()
	if login.Checked {
		t.Error("a refused Start at login stays ticked")
	}
	if top := u.win.Canvas().Overlays().Top(); top == nil || !strings.Contains(allText(t, top), "Exec") {
		t.Error("a refused Start at login says nothing")
	}
}

// standInBackground holds the background process's socket for dataDir
// until the test ends and hands on every request it is sent.
func standInBackground(t *testing.T, dataDir string) <-chan wire.Request {
	t.Helper()
	got := make(chan wire.Request, 4)
	inst, err := desktop.Claim(background.Role, dataDir, func(req wire.Request) wire.Reply { got <- req; return wire.OK() })
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(inst.Release)
	return got
}

func TestPromptAnswersGoToTheBackgroundProcess(t *testing.T) {
	u, c := newReminderApp(t)
	got := standInBackground(t, c.DataDir)
	p := remind.Prompt{Routine: "Upper Back Strength", Planned: time.Date(2026, 11, 16, 18, 0, 0, 0, time.Local)}
	u.showPrompt(p)
	text := allText(t, u.prompt.win.Content())
	for _, want := range []string{"Time for Upper Back Strength", "Planned for", "About 15 min"} {
		if !strings.Contains(text, want) {
			t.Errorf("prompt lacks %q:\n%s", want, text)
		}
	}
	test.Tap(findButton(t, u.prompt.win.Content(), "Snooze 10 min"))
	select {
	case req := <-got:
		if got := req.Reminder(); req.Verb != wire.Snooze || got.Routine != p.Routine || !got.Planned.Equal(p.Planned) {
			t.Errorf("background process got %+v", req)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Snooze never reached the background process")
	}
	// The very first session shows the safety advice before the player.
	u.showPrompt(p)
	test.Tap(findButton(t, u.prompt.win.Content(), "Start"))
	if req := <-got; req.Verb != wire.Start {
		t.Errorf("background process got %+v", req)
	}
	if !u.mainShown || u.prompt != nil {
		t.Error("Start did not bring the main window or left the prompt open")
	}
	if len(u.win.Canvas().Overlays().List()) == 0 {
		t.Error("Start did not lead to the routine (safety advice first)")
	}
}

// Closing the window while reminders are on: where the desktop shows no
// tray icons, Posture asks whether to keep reminding instead of pointing
// at an icon nobody will see; with a tray it says the icon is there.
// Either way, keeping on starts the background process.
func TestClosingTheWindowSaysWhereRemindersGoOn(t *testing.T) {
	for _, c := range []struct {
		what, want, keep string
		tray             bool
	}{
		{"no tray", "This desktop shows no tray icons", "Keep reminding", false},
		{"a tray", "Posture stays in the tray while reminders are on", "OK", true},
	} {
		t.Run(c.what, func(t *testing.T) {
			u, client := newReminderApp(t)
			t.Setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path="+filepath.Join(t.TempDir(), "no-bus"))
			if c.tray {
				bus := desktoptest.StartBus(t)
				desktoptest.StartWatcher(t, bus, true)
				t.Setenv("DBUS_SESSION_BUS_ADDRESS", bus.Address)
			}
			started := recordStarts(t, client)
			plan := remind.NewPlan()
			plan.Sessions = []remind.Session{{Routine: "Upper Back Strength", Days: remind.DaysOf(time.Monday), At: 18 * 60}}
			if err := remind.Save(client.PlanPath(), plan); err != nil {
				t.Fatal(err)
			}
			u.onCloseMain()
			top := u.win.Canvas().Overlays().Top()
			if top == nil || !strings.Contains(allText(t, top), c.want) {
				t.Fatalf("closing the window shows no %q", c.want)
			}
			test.Tap(findButton(t, top, c.keep))
			if args := started(); args != "--background" {
				t.Fatalf("%s started this program with %q, want --background", c.keep, args)
			}
		})
	}
}

// recordStarts makes the client start a script that notes its arguments
// in place of this program, and returns what it noted, waiting up to
// five seconds for it.
func recordStarts(t *testing.T, c *background.Client) func() string {
	t.Helper()
	dir := t.TempDir()
	notes := filepath.Join(dir, "args")
	c.Exe = filepath.Join(dir, "posture")
	script := "#!/bin/sh\necho \"$@\" >" + notes + ".tmp && mv " + notes + ".tmp " + notes + "\n"
	if err := os.WriteFile(c.Exe, []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	return func() string {
		for range 50 {
			if b, err := os.ReadFile(notes); err == nil {
				return strings.TrimSpace(string(b))
			}
			time.Sleep(100 * time.Millisecond)
		}
		return ""
	}
}

// Where idle time comes from is a field of the background's status: no
// source is the empty name, not a wording to be recognised, so a source
// whose name happens to begin like the wording still counts as one.
func TestSettingsSayWhereIdleTimeComesFromByTheStatusField(t *testing.T) {
	none := idleText(background.Status{Running: true})
	if !strings.Contains(none, "not available") {
		t.Errorf("no idle source: %q", none)
	}
	named := idleText(background.Status{Running: true, Status: wire.Status{IdleSource: "nwg-shell's idle monitor"}})
	if !strings.Contains(named, "from your desktop") {
		t.Errorf("a source named with an n: %q", named)
	}
}

// Issue #26: two reminders due together are both in the prompt, each
// answered on its own; one arriving while the prompt is open joins it.
func TestPromptListsEveryReminderAndAnswersEach(t *testing.T) {
	u, c := newReminderApp(t)
	got := standInBackground(t, c.DataDir)
	at := time.Date(2026, 11, 16, 8, 0, 0, 0, time.Local)
	band := remind.Prompt{Routine: "Upper Back Strength", Planned: at}
	warm := remind.Prompt{Routine: "Forward Head", Planned: at}
	u.showPrompt(band, warm)
	late := remind.Prompt{Routine: "Y-T-W Series", Planned: at.Add(time.Minute)}
	u.showPrompt(late)
	text := allText(t, u.prompt.win.Content())
	for _, want := range []string{"Time for Upper Back Strength", "Time for Forward Head", "Time for Y-T-W Series"} {
		if !strings.Contains(text, want) {
			t.Errorf("prompt lacks %q:\n%s", want, text)
		}
	}
	test.Tap(findButton(t, u.prompt.win.Content(), "Skip"))
	if req := <-got; req.Verb != wire.Skip || req.Reminder().Key() != band.Key() {
		t.Errorf("background process got %+v", req)
	}
	if u.prompt == nil || strings.Contains(allText(t, u.prompt.win.Content()), "Time for Upper Back Strength") {
		t.Fatal("Skip on one reminder closed the prompt or left it listed")
	}
	u.prompt.win.Close()
	for range 2 {
		if req := <-got; req.Verb != wire.Snooze {
			t.Errorf("closing the prompt sent %+v, want a snooze for each reminder left", req)
		}
	}
}

// remindDialogFields are the Remind me dialog's typed time and its list.
func remindDialogFields(t *testing.T, top fyne.CanvasObject) (*kit.Entry, *kit.Select) {
	t.Helper()
	var at *kit.Entry
	var pick *kit.Select
	walk(t, top, func(o fyne.CanvasObject) {
		switch w := o.(type) {
		case *kit.Entry:
			at = w
		case *kit.Select:
			pick = w
		}
	})
	if at == nil || pick == nil {
		t.Fatalf("no time field and list in the dialog:\n%s", allText(t, top))
	}
	return at, pick
}

func TestRemindMeTakesATypedTimeAndWarnsOutsideTheHours(t *testing.T) {
	u, c := newReminderApp(t)
	chooseFromMenu(t, u, cardNamed(t, u, "Upper Back Strength").Menu, "Remind me")
	top := u.win.Canvas().Overlays().Top()
	at, pick := remindDialogFields(t, top)
	if at.Text != "18:00" || pick.Options[0] != "18:00" || len(pick.Options) != 96 {
		t.Fatalf("field %q, list opens at %q (%d times), want both at the proposed 18:00", at.Text, pick.Options[0], len(pick.Options))
	}
	at.SetText("")
	test.Type(at, "7.55")
	test.Tap(findButton(t, top, "Save"))
	if plan, _ := c.Plan(); len(plan.Sessions) != 0 {
		t.Fatalf("a time that is no time of day was saved: %+v", plan.Sessions)
	}
	if at.Validate() == nil || !strings.Contains(allText(t, top), "“7.55” is not a time of day: type it like 07:30") {
		t.Errorf("7.55 is not shown as wrong:\n%s", allText(t, top))
	}
	if now := u.win.Canvas().Overlays().Top(); now != top {
		t.Errorf("a typo opens a dialog over Remind me:\n%s", allText(t, now))
	}
	at.SetText("")
	test.Type(at, "07:55")
	if text := allText(t, top); !strings.Contains(text, "07:55 is outside the hours reminders may come (08:00–21:00): it will come at 08:00") {
		t.Errorf("no warning in the dialog:\n%s", text)
	}
	test.Tap(findButton(t, top, "Save"))
	plan, err := c.Plan()
	if err != nil {
		t.Fatal(err)
	}
	if s, ok := plan.Session("Upper Back Strength"); !ok || s.At.String() != "07:55" {
		t.Fatalf("saved %+v, want 07:55 kept", plan.Sessions)
	}
}

func TestRemindMeListPicksIntoTheField(t *testing.T) {
	u, _ := newReminderApp(t)
	chooseFromMenu(t, u, cardNamed(t, u, "Upper Back Strength").Menu, "Remind me")
	at, pick := remindDialogFields(t, u.win.Canvas().Overlays().Top())
	pick.SetSelected("06:15")
	if at.Text != "06:15" || pick.Selected != "" {
		t.Errorf("picking 06:15 left the field at %q, the list at %q", at.Text, pick.Selected)
	}
}

func TestHomeCardShowsTheRoutinesReminder(t *testing.T) {
	u, _ := newReminderApp(t)
	if text := allText(t, cardNamed(t, u, "Upper Back Strength").Box); strings.Contains(text, "Reminder:") {
		t.Fatalf("a card with no reminder says:\n%s", text)
	}
	chooseFromMenu(t, u, cardNamed(t, u, "Upper Back Strength").Menu, "Remind me")
	top := u.win.Canvas().Overlays().Top()
	at, _ := remindDialogFields(t, top)
	at.SetText("07:30")
	test.Tap(findButton(t, top, "Save"))
	// Before the hours (from 08:00): the row says when it comes, as the header does.
	if text := allText(t, cardNamed(t, u, "Upper Back Strength").Box); !strings.Contains(text, "Reminder: Mon Wed Fri at 08:00") {
		t.Errorf("the card does not show when its reminder comes:\n%s", text)
	}
	if text := allText(t, cardNamed(t, u, "Band Only").Box); strings.Contains(text, "Reminder:") {
		t.Errorf("another routine's card shows a reminder:\n%s", text)
	}
}

// closeWithNoTray closes the window of a plan with a reminder on a
// desktop without a tray, and returns what it shows, if anything.
func closeWithNoTray(t *testing.T, u *App, client *background.Client) fyne.CanvasObject {
	t.Helper()
	plan := remind.NewPlan()
	plan.Sessions = []remind.Session{{Routine: "Upper Back Strength", Days: remind.DaysOf(time.Monday), At: 18 * 60}}
	if err := remind.Save(client.PlanPath(), plan); err != nil {
		t.Fatal(err)
	}
	u.onCloseMain()
	return u.win.Canvas().Overlays().Top()
}

// reopen is Posture started again after its window was closed: the same
// preferences and reminders, a new window.
func reopen(t *testing.T, u *App, client *background.Client) *App {
	t.Helper()
	return New(u.fyneApp, Config{Catalog: testCatalog(t), Advice: testAdvice(t), Clock: newStepClock(), Reminders: client, Background: inPlace})
}

func TestKeepRemindingDontAskAgainKeepsTheAnswer(t *testing.T) {
	for _, c := range []struct {
		answer string
		keeps  bool
	}{{"Keep reminding", true}, {"Quit", false}} {
		t.Run(c.answer, func(t *testing.T) {
			u, client := newReminderApp(t)
			t.Setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path="+filepath.Join(t.TempDir(), "no-bus"))
			client.Exe = filepath.Join(t.TempDir(), "no-such-posture") // starting the background fails quietly
			top := closeWithNoTray(t, u, client)
			if top == nil || !strings.Contains(allText(t, top), "Keep reminding?") {
				t.Fatal("closing the window does not ask Keep reminding?")
			}
			test.Tap(findCheck(t, top, "Don't ask again"))
			test.Tap(findButton(t, top, c.answer))
			if got := u.keepInBackground(); got != c.keeps {
				t.Errorf("after %s with Don't ask again, keep reminding is %v", c.answer, got)
			}
			u = reopen(t, u, client)
			if again := closeWithNoTray(t, u, client); again != nil && strings.Contains(allText(t, again), "Keep reminding?") {
				t.Errorf("asked again after Don't ask again")
			}
			if v := readPrefs(u.prefs.p, fyne.NewSize(1920, 1080)); !v.KeepAskSettled || v.KeepInBackground != c.keeps {
				t.Errorf("preferences hold %+v", v)
			}
		})
	}
}

func TestKeepRemindingAsksAgainWithoutTheCheck(t *testing.T) {
	u, client := newReminderApp(t)
	t.Setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path="+filepath.Join(t.TempDir(), "no-bus"))
	client.Exe = filepath.Join(t.TempDir(), "no-such-posture")
	test.Tap(findButton(t, closeWithNoTray(t, u, client), "Keep reminding"))
	u = reopen(t, u, client)
	if again := closeWithNoTray(t, u, client); again == nil || !strings.Contains(allText(t, again), "Keep reminding?") {
		t.Error("without Don't ask again, closing did not ask again")
	}
}

func TestSettingsWarnsOfAReminderOutsideTheHours(t *testing.T) {
	u, c := newReminderApp(t)
	plan := remind.NewPlan()
	plan.SetSession(remind.Session{Routine: "Upper Back Strength", Days: remind.ProposeDays(3), At: 7*60 + 55})
	plan.SetSession(remind.Session{Routine: "Band Only", Days: remind.ProposeDays(2), At: 18 * 60})
	if err := remind.Save(c.PlanPath(), plan); err != nil {
		t.Fatal(err)
	}
	u.showSettings()
	text := allText(t, u.win.Content())
	if !strings.Contains(text, "07:55 is outside the hours reminders may come (08:00–21:00): it will come at 08:00") {
		t.Errorf("Settings does not warn of the 07:55 reminder:\n%s", text)
	}
	if strings.Contains(text, "18:00 is outside") {
		t.Errorf("Settings warns of a reminder inside the hours")
	}
}

// A reminder set outside the hours is said as it comes: at their start
// that morning, or the next morning for one set after them.
func TestComingSessionFollowsTheHours(t *testing.T) {
	hours := remind.Hours{From: 8 * 60, To: 21 * 60}
	cases := []struct {
		set, want remind.Session
	}{
		{remind.Session{Days: remind.DaysOf(time.Monday), At: 7*60 + 30}, remind.Session{Days: remind.DaysOf(time.Monday), At: 8 * 60}},
		{remind.Session{Days: remind.DaysOf(time.Monday), At: 18 * 60}, remind.Session{Days: remind.DaysOf(time.Monday), At: 18 * 60}},
		{remind.Session{Days: remind.DaysOf(time.Saturday), At: 22 * 60}, remind.Session{Days: remind.DaysOf(time.Sunday), At: 8 * 60}},
	}
	for _, c := range cases {
		if got := comingSession(c.set, hours); got != c.want {
			t.Errorf("%v at %v comes %v at %v, want %v at %v", c.set.Days, c.set.At, got.Days, got.At, c.want.Days, c.want.At)
		}
	}
}

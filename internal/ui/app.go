// Package ui is Posture's window: the home screen that lists routines, the
// player that walks a person through one, settings, and the safety advice.
// Each screen is a small struct with on<Event> handlers and refresh<Part>
// methods, in files named screen_<name>*.go; the widgets they are built
// from are in package kit, which knows nothing of App or a screen. The
// domain packages it shows never import Fyne.
package ui

import (
	"image/color"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/lang"

	"github.com/postureapp/posture/assets"
	"github.com/postureapp/posture/internal/audio"
	"github.com/postureapp/posture/internal/background"
	"github.com/postureapp/posture/internal/clock"
	"github.com/postureapp/posture/internal/figure"
	"github.com/postureapp/posture/internal/history"
	"github.com/postureapp/posture/internal/locale"
	"github.com/postureapp/posture/internal/remind"
	"github.com/postureapp/posture/internal/routine"
	"github.com/postureapp/posture/internal/ui/kit"
	"github.com/postureapp/posture/internal/voice"
	"github.com/postureapp/posture/internal/wire"
)

// AppID is the reverse-DNS id Fyne keys preferences by; FyneApp.toml
// says the same.
const AppID = "io.github.postureapp.posture"

// Config is what the window needs from the command line.
type Config struct {
	Catalog      *routine.Catalog
	Advice       []routine.Advice
	Speed        float64 // time scale, 1 for real time
	Start        string  // open straight into the player with this routine
	Audio        audio.Player
	AudioNotice  string         // non-empty when there is no sound device
	Speech       *voice.Speech  // the coach's voice; nil without espeak-ng
	SpeechNotice string         // non-empty when espeak-ng is missing
	Clock        clock.Timer    // nil for the real clock; tests pass a fake
	History      *history.Store // where sessions are kept; nil: no history
	// Demo plays at another speed: sessions played are not saved, while
	// the history already saved is shown as usual.
	Demo bool
	// Quit ends the app as closing the window does (a session in progress
	// is stopped and saved) when it is closed; the command line closes it
	// on SIGTERM, SIGHUP and Ctrl+C.
	Quit <-chan struct{}
	// Background runs slow work (reading the history, talking to the
	// background process) off the UI goroutine; nil starts a goroutine.
	// Tests run it in place, so that the Fyne test driver, whose fyne.Do
	// calls straight through, sees no second goroutine.
	Background func(func())
	Figures    figure.Library // pose keyframes for the illustrations
	// Sources is where the catalog came from; the person's folders in it
	// are where their routines and exercises are saved, and reloadCatalog
	// reads them all again.
	Sources routine.Sources
	// Reminders reaches reminders.toml, the background process and the
	// autostart entry; nil leaves reminders out.
	Reminders *background.Client
	// Prompts are the reminders to show, if any; with no Start the main
	// window stays hidden until a prompt's Start.
	Prompts []remind.Prompt
	// Serve is given the handler for requests from other copies of
	// Posture once the window exists.
	Serve func(handle func(wire.Request) wire.Reply)
}

// App is the running window and its screens.
type App struct {
	fyneApp fyne.App
	win     fyne.Window
	cfg     Config
	prefs   *settings
	// words is the window's catalogue for the domain packages' texts (the
	// session's cues); the window's own go through Fyne's lang.
	words  *locale.Messages
	locale locale.Locale // the window's language and the formats of its dates
	home   *home
	// historyScreen is the History screen when last shown.
	historyScreen *historyScreen
	player        *player  // the session on screen, nil on other screens
	preview       *preview // the routine page last opened from home, nil once back
	keys          func(*fyne.KeyEvent)
	trash         *trash // deleted routines, for undo until the app closes

	dialogs  []*openDialog             // the dialogs on show, the top one last
	themeGen int                       // counts theme changes, so a screen shown again takes the new colours
	shownGen map[fyne.CanvasObject]int // the themeGen each screen was last shown with

	prompt     *promptWindow // the reminder prompt, when open
	mainShown  bool          // the main window is on screen
	onSettings bool          // Settings is the screen shown

	writer          *history.Writer   // saves sessions off the UI and engine goroutines; nil saves nothing (a demo)
	sessions        []history.Session // the history, oldest first, as last read
	facts           historyFacts      // worked out from sessions as they were read
	historyStamp    string            // the month files as they were read (history.Store.Stamp)
	historyProblems []history.Problem
	target          int    // the weekly target as last read; 0 before
	targetSets      int    // how many times Settings changed it
	onHistoryLoaded func() // the screen on show redraws what it shows of the history
	writerMu        sync.Mutex
	writerProblems  []error               // met by the writer, not yet told
	clockNow        func() time.Time      // the wall clock for weeks; tests fix it
	leaveGuard      func(then func())     // asked before the window closes or the app quits; see setLeaveGuard
	shortcuts       *fyne.ShortcutHandler // the window's own: Ctrl+Q, Ctrl+W

	reload catalogSync // reloads of the catalog, and the watch on the person's folders

	lengths map[lengthKey]time.Duration // routines' times with the voice's room (play_length.go)
	fitting map[lengthKey]bool          // those being worked out in the background

	voiceNoticeShown  bool // the missing espeak-ng was shown on a player
	soundNoticeClosed bool // the person put away the player's "no sound device" line
}

// Run opens the window and blocks until it is closed or cfg.Quit is
// closed. A session in progress is stopped and saved first; the error
// says what could not be saved.
func Run(cfg Config) error {
	a := app.NewWithID(AppID)
	a.SetIcon(fyne.NewStaticResource("icon.png", assets.Icon))
	u := New(a, cfg)
	if cfg.Quit != nil {
		go func() {
			<-cfg.Quit
			fyne.Do(u.quit)
		}()
	}
	if cfg.Serve != nil {
		cfg.Serve(u.handle)
	}
	if cfg.Reminders != nil {
		go u.ensureBackground()
	}
	u.watchFolders(folderPoll)
	if ps := cfg.Prompts; len(ps) > 0 && cfg.Start == "" {
		// GLFW starts with the app; the prompt's focus hint needs it.
		a.Lifecycle().SetOnStarted(func() { u.showPrompt(ps...) })
		a.Run()
	} else {
		u.mainShown = true
		a.Lifecycle().SetOnStarted(u.restorePlace)
		u.win.ShowAndRun()
	}
	return u.close()
}

// ensureBackground starts the reminder process when there is something
// to remind of and it is not running.
func (u *App) ensureBackground() {
	c := u.cfg.Reminders
	if plan, err := c.Plan(); err == nil && !plan.Empty() && !c.Running() {
		_ = c.StartBackground()
	}
}

// New builds the window on a; tests pass test.NewTempApp.
func New(a fyne.App, cfg Config) *App { return newWithClock(a, cfg, nil) }

// newWithClock is New with the wall clock used for weeks and streaks
// fixed, for tests; nil means time.Now.
func newWithClock(a fyne.App, cfg Config, now func() time.Time) *App {
	if cfg.Speed <= 0 {
		cfg.Speed = 1
	}
	if cfg.Audio == nil {
		cfg.Audio = audio.Silent{}
	}
	if cfg.Background == nil {
		cfg.Background = func(f func()) { go f() }
	}
	u := &App{fyneApp: a, cfg: cfg, clockNow: now}
	if cfg.History != nil && !cfg.Demo {
		u.writer = history.NewWriter(cfg.History, u.onHistoryProblem)
	}
	u.locale = applyLanguage(a.Preferences())
	u.words = locale.UIMessages(u.locale.Lang)
	u.cfg.Sources.OwnName = u.ownName
	u.contentInLanguage()
	if u.cfg.Catalog != nil {
		u.cfg.Catalog.OwnName = u.ownName
	}
	u.prefs = openSettings(a.Preferences(), screenSize())
	u.applySettings()
	u.win = a.NewWindow("Posture")
	u.restoreSize()
	u.win.SetMaster()
	u.win.SetCloseIntercept(u.onCloseAsked)
	u.win.Canvas().SetOnTypedKey(u.onKey)
	u.addWindowShortcuts()
	u.home = newHome(u)
	u.reloadHistory()
	if r := u.cfg.Catalog.Routine(cfg.Start); cfg.Start != "" && r != nil {
		u.startRoutine(r)
	} else {
		u.showHome()
	}
	return u
}

// Window is the main window, for tests and the screenshot tooling.
func (u *App) Window() fyne.Window { return u.win }

// show puts a screen in the window; the screen then says, by setting
// onHistoryLoaded, whether it redraws when the history has been read.
func (u *App) show(content fyne.CanvasObject, keys func(*fyne.KeyEvent)) {
	u.keys = keys
	u.onHistoryLoaded = nil
	u.onSettings = false
	// A screen built before the theme changed and shown again needs
	// redrawing: Fyne redraws only what is on show. A screen not seen
	// before was just built, in the theme of now. The map forgets now and
	// then all but home, the one screen kept while Settings is open.
	if len(u.shownGen) > 64 || u.shownGen == nil {
		kept := map[fyne.CanvasObject]int{}
		if u.home != nil {
			if gen, ok := u.shownGen[u.home.content]; ok {
				kept[u.home.content] = gen
			}
		}
		u.shownGen = kept
	}
	gen, seen := u.shownGen[content]
	u.shownGen[content] = u.themeGen
	u.win.SetContent(content)
	if u.home != nil && content == u.home.content {
		u.countDownUndo() // however home came back (Back from a page, after Delete)
	}
	if seen && gen != u.themeGen {
		kit.ApplyThemeAgain(u.fyneApp)
	}
}

// onKey gets the keys no widget took, and those our widgets pass on: an
// open dialog owns them, else the screen on show. Up, Down, Page Up and
// Page Down scroll what is on top, so text with nothing to Tab to (the
// safety advice, a summary) can be read by keyboard too.
func (u *App) onKey(ev *fyne.KeyEvent) {
	if u.onDialogKey(ev) {
		return
	}
	if kit.ScrollByKey(u.win.Canvas().Content(), ev) {
		return
	}
	if u.keys != nil {
		u.keys(ev)
	}
}

// relayout lays the screen on show, and its dialogs, out again after a
// part of them changed size.
func (u *App) relayout() {
	c := u.win.Canvas()
	if c.Content() != nil {
		kit.Relayout(c.Content())
	}
	for _, o := range c.Overlays().List() {
		kit.Relayout(o)
	}
}

func (u *App) showHome() {
	if u.player != nil {
		u.player.close()
		u.player = nil
	}
	u.home.refreshList()
	u.show(u.home.content, nil)
	u.onHistoryLoaded = u.home.onHistoryLoaded
}

// startRoutine shows the safety advice once before the very first
// session, offers the routine's warm-up, then opens the player.
func (u *App) startRoutine(r *routine.Routine) {
	if u.win.Content() == nil {
		u.showHome()
	}
	if u.prefs.safetySeen() {
		u.offerWarmup(r)
		return
	}
	u.showAdvice(true, func() {
		u.prefs.setSafetySeen()
		u.offerWarmup(r)
	})
}

// offerWarmup asks, each time r starts, whether to play the warm-up
// routine r names before it; No or Esc plays r alone.
func (u *App) offerWarmup(r *routine.Routine) {
	warm := u.cfg.Catalog.Routine(r.Warmup)
	if r.Warmup == "" || warm == nil {
		u.openPlayer(r)
		return
	}
	msg := lang.X("warmup.text", "{{.Routine}} starts with strength work.\nPlay the {{.Warmup}} first? It takes {{.Length}}.", map[string]any{
		"Routine": r.ShownName(), "Warmup": warm.ShownName(), "Length": routine.LengthText(warm.Size(u.cfg.Catalog.Library).Time)})
	u.ask(lang.X("warmup.title", "Warm up first?"), kit.Wrapped(msg),
		choice{text: lang.X("warmup.skip", "Skip"), act: func() { u.openPlayer(r) }},
		choice{text: lang.X("warmup.yes", "Warm up first"), primary: true, act: func() { u.openPlayer(r.WithWarmup(warm)) }})
}

func (u *App) openPlayer(r *routine.Routine) {
	if u.prefs.noFloor() {
		name := r.ShownName()
		if r, _ = r.WithoutFloor(u.cfg.Catalog.Library); len(r.Sections) == 0 {
			if u.win.Content() == nil { // started from the command line
				u.showHome()
			}
			u.ask(lang.X("floor.title", "Needs the floor"), kit.Wrapped(lang.X("floor.text", "Every move of {{.Routine}} is done lying or kneeling on the floor. To play it, clear “No floor work” in Settings.", map[string]any{"Routine": name})),
				choice{text: lang.X("dialog.close", "Close"), primary: true})
			return
		}
	}
	u.player = newPlayer(u, u.prefs.withPrepare(r))
	u.show(u.player.content, u.player.onKey)
	u.player.start()
}

// Waits when the app ends: long enough for a slow disk, short enough that
// logging out is not held up.
const (
	engineStopWait  = 2 * time.Second
	historyFlushMax = 4 * time.Second
)

// close stops a session in progress, so that it is recorded as stopped,
// and waits (bounded) for the history to be written.
func (u *App) close() error {
	if u.reload.stop != nil {
		close(u.reload.stop)
	}
	if u.player != nil {
		u.player.closeAndWait(engineStopWait)
	}
	var err error
	if u.writer != nil {
		err = u.writer.Close(historyFlushMax)
	}
	_ = u.cfg.Audio.Close()
	return err
}

func colorWhite() color.Color { return color.White }

// Package background is Posture's light reminder process: the scheduler
// on a timer, desktop notifications, the tray menu and a socket for the
// window, with no Fyne window or GL, so it idles at almost no CPU and a
// few megabytes. It opens a window process (the same program) for the
// prompt and the player.
package background

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/postureapp/posture/internal/clock"
	"github.com/postureapp/posture/internal/desktop"
	"github.com/postureapp/posture/internal/history"
	"github.com/postureapp/posture/internal/locale"
	"github.com/postureapp/posture/internal/remind"
	"github.com/postureapp/posture/internal/routine"
	"github.com/postureapp/posture/internal/wire"
)

// Role is the instance name's role for the reminder process.
const Role = "remind"

// Config is what the reminder process needs from the command line.
type Config struct {
	DataDir   string // the data folder, resolved
	PlanPath  string
	StatePath string
	Sources   routine.Sources // to read routines' weekly targets and lengths
	History   *history.Store
	Icon      []byte
	Log       io.Writer
	// Open starts a window process of this program with args, such as
	// --prompt or --start NAME.
	Open func(args ...string) error
	// Notify shows a desktop notification and returns the id the server
	// gave it; nil sends it through desktop.OpenNotifications (the
	// notification server, or the portal in a sandbox), whose buttons
	// then act on the reminders.
	Notify func(desktop.Notification) (uint32, error)
	// Withdraw takes a notification Notify showed off the screen; nil
	// leaves it.
	Withdraw func(id uint32) error
	// HasDisplay reports whether a window can be shown; nil uses
	// desktop.HasDisplay.
	HasDisplay func() bool
	Tray       bool // show the tray icon and menu
	// Words are the tray's and the notifications' texts in the person's
	// language, Locale how its times are written; nil and the zero
	// Locale are English.
	Words  *locale.Messages
	Locale locale.Locale
	// QuitWindow closes the window process, if one runs, when the tray's
	// Quit is chosen.
	QuitWindow func()
}

// daemon is the running reminder process. Its scheduler is used on the
// loop goroutine only; requests from the socket and the tray are sent
// there as functions.
type daemon struct {
	cfg      Config
	names    map[string]string // routines' shown names, by name (shownName)
	sched    *remind.Scheduler
	planStat os.FileInfo
	x        *desktop.X
	idleName string
	calls    chan func()
	quit     chan struct{}
	tray     *tray
	saved    time.Time
	// notices are the reminders' notifications still shown, by id.
	notices map[uint32]remind.Prompt
	// startedFromNotice holds, by reminder key, the planned time of a
	// reminder started from its notification, until it comes again.
	startedFromNotice map[string]time.Time
	// noDisplaySaid is true once the log said there is no display.
	noDisplaySaid bool
}

// ErrEmptyPlan is returned when there is nothing to remind of.
var ErrEmptyPlan = errors.New("no reminders are set: nothing to do in the background (see 'posture remind --help')")

// Run claims the reminder role and reminds until Quit, SIGTERM or an
// empty plan. A second copy returns desktop.ErrRunning at once.
func Run(cfg Config) error {
	if cfg.HasDisplay == nil {
		cfg.HasDisplay = desktop.HasDisplay
	}
	d := &daemon{cfg: cfg, calls: make(chan func()), quit: make(chan struct{})}
	plan, err := remind.Load(cfg.PlanPath)
	if err != nil {
		return err
	}
	if plan.Empty() {
		return ErrEmptyPlan
	}
	inst, err := desktop.Claim(Role, cfg.DataDir, d.request)
	if err != nil {
		return err
	}
	defer inst.Release()
	if cfg.Notify == nil {
		defer d.openNotifier()()
	}
	state, err := remind.LoadState(cfg.StatePath)
	if err != nil {
		d.logf("%v", err)
	}
	d.x = desktop.OpenX()
	defer d.x.Close()
	idle, name := desktop.OpenIdle(d.x)
	defer desktop.CloseIdle(idle)
	d.idleName = name
	d.sched = &remind.Scheduler{
		Plan: plan, State: state, Loc: time.Local, Clock: clock.Real{}, Idle: idle,
		Busy:        func() bool { return d.x.FullScreen() || desktop.DoNotDisturb() },
		TargetMet:   d.targetMet,
		DoneThatDay: d.doneThatDay,
	}
	d.planStat, _ = os.Stat(cfg.PlanPath)
	if cfg.Tray {
		d.tray = startTray(d)
		defer d.tray.stop()
		if !desktop.HasTray() {
			d.logf("this desktop shows no tray icons: reminders come as notifications, and the icon appears when a tray starts")
		}
	}
	d.logf("reminding in the background; idle time from %s", IdleSourceText(name))
	return d.loop()
}

// IdleSourceText says where idle time comes from, for a person: name,
// or that there is none and wall-clock time counts.
func IdleSourceText(name string) string {
	if name == "" {
		return "nowhere (counting wall-clock time)"
	}
	return name
}

func (d *daemon) logf(format string, args ...any) {
	if d.cfg.Log != nil {
		fmt.Fprintf(d.cfg.Log, "posture: "+format+"\n", args...)
	}
}

// loop checks at the scheduler's next time, runs requests in between, and
// ends on Quit or a signal.
func (d *daemon) loop() error {
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, syscall.SIGTERM, syscall.SIGINT, syscall.SIGHUP)
	defer signal.Stop(sig)
	timer := time.NewTimer(0)
	defer timer.Stop()
	for {
		select {
		case <-timer.C:
			if !d.reloadPlan() {
				d.saveState()
				return nil
			}
			if ps := d.sched.Check(); len(ps) > 0 {
				d.saveState()
				d.remind(ps)
			} else if time.Since(d.saved) > 5*time.Minute {
				d.saveState()
			}
			d.tray.refresh()
		case f := <-d.calls:
			f()
			d.tray.refresh()
		case <-sig:
			d.saveState()
			return nil
		case <-d.quit:
			d.saveState()
			return nil
		}
		timer.Reset(time.Until(d.sched.NextCheck()))
	}
}

// reloadPlan reads reminders.toml again when it changed; false when no
// reminders are left. A plan with problems is reported and the one
// before it kept.
func (d *daemon) reloadPlan() bool {
	fi, err := os.Stat(d.cfg.PlanPath)
	if err == nil && d.planStat != nil && fi.ModTime().Equal(d.planStat.ModTime()) && fi.Size() == d.planStat.Size() {
		return true
	}
	if err != nil && d.planStat == nil {
		return !d.sched.Plan.Empty()
	}
	d.planStat = fi
	plan, err := remind.Load(d.cfg.PlanPath)
	if err != nil {
		d.logf("reminders not changed: %v", err)
		return true
	}
	d.sched.SetPlan(plan)
	if plan.Empty() {
		d.logf("no reminders left: stopping")
		return false
	}
	return true
}

func (d *daemon) saveState() {
	if err := remind.SaveState(d.cfg.StatePath, d.sched.State); err != nil {
		d.logf("%v", err)
	}
	d.saved = time.Now()
}

// remind shows what is due: a notification for each at once, then one
// prompt window listing them all.
func (d *daemon) remind(ps []remind.Prompt) {
	for _, p := range ps {
		d.notify(p)
	}
	if !d.canShow() {
		return
	}
	if err := d.cfg.Open("--prompt", wire.PromptArg(ps...)); err != nil {
		d.logf("cannot show the prompt: %v", err)
	}
}

// canShow reports whether a window can be opened; without a display it
// says once that reminders come as notifications only, instead of
// starting a window process that cannot show anything.
func (d *daemon) canShow() bool {
	if d.cfg.HasDisplay() {
		d.noDisplaySaid = false
		return true
	}
	if !d.noDisplaySaid {
		d.logf("no display to show a window on (DISPLAY and WAYLAND_DISPLAY reach none): reminders come as notifications only")
		d.noDisplaySaid = true
	}
	return false
}

// routineLength is how long the routine takes, "15 min", or "".
func (d *daemon) routineLength(name string) string {
	cat := routine.Load(d.cfg.Sources)
	r := cat.Routine(name)
	if r == nil {
		return ""
	}
	return routine.LengthText(r.Size(cat.Library).Time)
}

// shownName is the routine's name in the language of the content, for
// the tray and the notifications: a built-in one translated. Only
// built-in routines are translated and their names do not change while
// the process runs, so each is looked up once (the tray asks every half
// minute).
func (d *daemon) shownName(name string) string {
	if shown, ok := d.names[name]; ok {
		return shown
	}
	shown := name
	if r := routine.Load(d.cfg.Sources).Routine(name); r != nil {
		shown = r.ShownName()
	}
	if d.names == nil {
		d.names = map[string]string{}
	}
	d.names[name] = shown
	return shown
}

// targetMet reads the history and the routine's per_week when a
// reminder falls due; that is rare, so nothing is kept in memory.
func (d *daemon) targetMet(name string, t time.Time) bool {
	if d.cfg.History == nil {
		return false
	}
	r := routine.Load(d.cfg.Sources).Routine(name)
	if r == nil {
		return false
	}
	sessions, _ := d.cfg.History.Load()
	return remind.WeekTargets(sessions, map[string]int{name: r.Target()}, time.Local)(name, t)
}

// doneThatDay reads the history when a reminder falls due, as targetMet.
func (d *daemon) doneThatDay(name string, t time.Time) bool {
	if d.cfg.History == nil {
		return false
	}
	sessions, _ := d.cfg.History.Load()
	return remind.DoneThatDay(sessions, time.Local)(name, t)
}

// request handles one request from the socket on the loop goroutine.
func (d *daemon) request(req wire.Request) wire.Reply {
	reply := make(chan wire.Reply, 1)
	select {
	case d.calls <- func() { reply <- d.handle(req) }:
		return <-reply
	case <-time.After(3 * time.Second):
		return wire.Refuse(wire.Busy, errors.New("the background process is busy"))
	}
}

// handle answers the background's requests (see internal/wire).
func (d *daemon) handle(req wire.Request) wire.Reply {
	switch req.Verb {
	case wire.Ping:
	case wire.GetStatus:
		return wire.WithStatus(d.status())
	case wire.Reload:
		d.planStat = nil
		if !d.reloadPlan() {
			d.stop()
		}
	case wire.Snooze, wire.Skip, wire.Start:
		if !d.startedAlready(req.Reminder()) {
			d.answer(req)
		}
	case wire.SessionDone:
		d.sched.SessionDone()
	case wire.Quit:
		d.stop()
	default:
		return wire.Refuse(wire.BadRequest, fmt.Errorf("the background process does not take %q", req.Verb))
	}
	return wire.OK()
}

// answer keeps the person's answer to a reminder.
func (d *daemon) answer(req wire.Request) {
	p := req.Reminder()
	switch req.Verb {
	case wire.Snooze:
		d.sched.Snooze(p, remind.SnoozeFor)
	case wire.Skip:
		d.sched.Skip(p)
	case wire.Start:
		d.sched.StartNow(p)
	}
	d.answered(p)
}

func (d *daemon) stop() {
	select {
	case <-d.quit:
	default:
		close(d.quit)
	}
}

// pauseFor holds every reminder back for dur.
func (d *daemon) pauseFor(dur time.Duration) { d.pauseUntil(time.Now().Add(dur)) }

// pauseTomorrow holds every reminder back until tomorrow morning.
func (d *daemon) pauseTomorrow() { d.pauseUntil(d.sched.Tomorrow()) }

func (d *daemon) pauseUntil(until time.Time) {
	d.sched.PauseUntil(until)
	d.saveState()
	d.withdrawAll()
}

// status is what Settings and the command line show: the next
// reminder, the pause and where idle time comes from.
func (d *daemon) status() wire.Status {
	st := wire.Status{IdleSource: d.idleName}
	if next, ok := d.sched.Next(); ok {
		w := wire.FromPrompt(next)
		st.Next = &w
	}
	if until := d.sched.State.PausedUntil; until.After(time.Now()) {
		st.PausedUntil = until
	}
	return st
}

package background

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"time"

	"github.com/postureapp/posture/internal/desktop"
	"github.com/postureapp/posture/internal/remind"
	"github.com/postureapp/posture/internal/store"
	"github.com/postureapp/posture/internal/wire"
)

// Client is how the window and the command line reach the reminder side:
// the plan file, the background process and the autostart entry.
type Client struct {
	DataDir  string // the data folder, resolved
	DataFlag string // --data as given, for the processes this starts
	Exe      string // this program
	paths    store.Paths
}

// NewClient is a client for the data folder and settings paths names.
func NewClient(paths store.Paths, dataFlag string) *Client {
	exe, err := os.Executable()
	if err != nil {
		exe = "posture"
	}
	return &Client{DataDir: paths.Root, DataFlag: dataFlag, Exe: exe, paths: paths}
}

// PlanPath is reminders.toml, in the config folder.
func (c *Client) PlanPath() string { return c.files().Reminders }

// StatePath is the scheduler's memory, in the state folder.
func (c *Client) StatePath() string { return c.files().ReminderState }

// files are the paths NewClient was given; a Client made without it
// keeps everything in DataDir, as --data does.
func (c *Client) files() store.Paths {
	if c.paths.Root == "" {
		return store.Layout(c.DataDir)
	}
	return c.paths
}

// Plan reads the plan.
func (c *Client) Plan() (remind.Plan, error) { return remind.Load(c.PlanPath()) }

// Stamp says how the plan and the scheduler's state are on disk (size
// and time of change), so that a window notices another program (`posture
// remind add`, the background process) changing them.
func (c *Client) Stamp() string {
	var b strings.Builder
	for _, path := range []string{c.PlanPath(), c.StatePath()} {
		if fi, err := os.Stat(path); err == nil {
			fmt.Fprintf(&b, "%d %d;", fi.Size(), fi.ModTime().UnixNano())
		} else {
			b.WriteString("-;")
		}
	}
	return b.String()
}

// Upcoming lists the next n reminders after now of plan, with the
// scheduler's state as saved (remind.UpcomingAt); a broken state file
// counts as none, as the background process starts afresh from it.
func (c *Client) Upcoming(plan remind.Plan, now time.Time, n int) []remind.Prompt {
	state, _ := remind.ReadState(c.StatePath())
	return remind.UpcomingAt(plan, state, now, n)
}

// SavePlan writes the plan and tells the background process, starting it
// when there is something to remind of and it is not running.
func (c *Client) SavePlan(p remind.Plan) error {
	if err := remind.Save(c.PlanPath(), p); err != nil {
		return err
	}
	if c.Reload() != nil && !p.Empty() {
		return c.StartBackground()
	}
	return nil
}

// Reload tells the background process the plan changed; an error when
// it is not running.
func (c *Client) Reload() error {
	_, err := c.send(wire.Ask(wire.Reload))
	return err
}

func (c *Client) send(req wire.Request) (wire.Reply, error) {
	return desktop.Send(Role, c.DataDir, req)
}

// Running reports whether the background process runs.
func (c *Client) Running() bool { return desktop.Running(Role, c.DataDir) }

// Status is what the background process says about itself.
type Status struct {
	Running bool
	// Problem is why a background process that runs did not say more,
	// such as being another version of Posture; nil when it answered.
	Problem error
	wire.Status
}

// Status asks the background process.
func (c *Client) Status() Status {
	rep, err := c.send(wire.Ask(wire.GetStatus))
	switch {
	case errors.Is(err, desktop.ErrNotRunning):
		return Status{}
	case err != nil:
		return Status{Running: true, Problem: err}
	case rep.Status == nil:
		return Status{Running: true, Problem: errors.New("the background process said nothing about itself")}
	}
	return Status{Running: true, Status: *rep.Status}
}

// Answer passes the person's answer to a prompt on: wire.Snooze,
// wire.Skip or wire.Start.
func (c *Client) Answer(answer wire.Verb, p remind.Prompt) error {
	_, err := c.send(wire.About(answer, p))
	return err
}

// SessionDone tells the background process a routine was done, which
// restarts the desk count.
func (c *Client) SessionDone() { _, _ = c.send(wire.Ask(wire.SessionDone)) }

// Stop ends the background process, if it runs.
func (c *Client) Stop() { _, _ = c.send(wire.Ask(wire.Quit)) }

// StartBackground starts `posture --background` on its own, outliving
// the caller.
func (c *Client) StartBackground() error {
	return c.Spawn("--background")
}

// Spawn starts this program with args (after --data when given) in its
// own session, so it outlives the caller and no terminal's signals reach
// it.
func (c *Client) Spawn(args ...string) error {
	if c.DataFlag != "" {
		args = append([]string{"--data", c.DataFlag}, args...)
	}
	cmd := exec.Command(c.Exe, args...)
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true}
	devnull, err := os.OpenFile(os.DevNull, os.O_RDWR, 0)
	if err != nil {
		return err
	}
	defer devnull.Close()
	cmd.Stdin, cmd.Stdout = devnull, devnull
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		return err
	}
	go func() { _ = cmd.Wait() }()
	return nil
}

// Autostart reports whether Posture starts at login.
func (c *Client) Autostart() bool { return desktop.AutostartEnabled() }

// SetAutostart writes or removes the login entry.
func (c *Client) SetAutostart(on bool) error {
	if on {
		return desktop.EnableAutostart(c.Exe, c.DataFlag)
	}
	return desktop.DisableAutostart()
}

// HasTray reports whether the desktop shows tray icons.
func (c *Client) HasTray() bool { return desktop.HasTray() }

// IsRunning reports whether err says another copy holds the role.
func IsRunning(err error) bool { return errors.Is(err, desktop.ErrRunning) }

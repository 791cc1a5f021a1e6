package background

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/postureapp/posture/internal/desktop"
	"github.com/postureapp/posture/internal/remind"
)

// Client is how the window and the command line reach the reminder side:
// the plan file, the background process and the autostart entry.
type Client struct {
	DataDir  string // the data folder, resolved
	DataFlag string // --data as given, for the processes this starts
	Exe      string // this program
}

// NewClient is a client for the data folder root.
func NewClient(root, dataFlag string) *Client {
	exe, err := os.Executable()
	if err != nil {
		exe = "posture"
	}
	return &Client{DataDir: root, DataFlag: dataFlag, Exe: exe}
}

// PlanPath is reminders.toml in the data folder.
func (c *Client) PlanPath() string { return filepath.Join(c.DataDir, remind.FileName) }

// StatePath is the scheduler's memory in the data folder.
func (c *Client) StatePath() string { return filepath.Join(c.DataDir, remind.StateFileName) }

// Plan reads the plan.
func (c *Client) Plan() (remind.Plan, error) { return remind.Load(c.PlanPath()) }

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
	_, err := c.send("reload")
	return err
}

func (c *Client) name() string { return desktop.InstanceName(Role, c.DataDir) }

func (c *Client) send(req string) (string, error) { return desktop.Send(c.name(), req) }

// Running reports whether the background process runs.
func (c *Client) Running() bool { return desktop.Running(c.name()) }

// Status is what the background process says about itself.
type Status struct {
	Running    bool
	Next       remind.Prompt
	HasNext    bool
	IdleSource string // "" before asked; "nowhere ..." when it counts wall-clock time
	Paused     time.Time
}

// Status asks the background process.
func (c *Client) Status() Status {
	reply, err := c.send("status")
	if err != nil {
		return Status{}
	}
	st := Status{Running: true}
	for _, part := range strings.Split(reply, "\t") {
		key, val, _ := strings.Cut(part, "=")
		switch key {
		case "idle":
			st.IdleSource = val
		case "next":
			st.Next, err = remind.DecodePrompt(val)
			st.HasNext = err == nil
		case "paused":
			st.Paused, _ = time.Parse(time.RFC3339, val)
		}
	}
	return st
}

// Answer passes the person's answer to a prompt on: "snooze", "skip" or
// "start".
func (c *Client) Answer(verb string, p remind.Prompt) error {
	_, err := c.send(verb + " " + p.Encode())
	return err
}

// SessionDone tells the background process a routine was done, which
// restarts the desk count.
func (c *Client) SessionDone() { _, _ = c.send("session-done") }

// Stop ends the background process, if it runs.
func (c *Client) Stop() { _, _ = c.send("quit") }

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

package ui

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/postureapp/posture/internal/ui/kit"
)

// Every dialog of the window goes through showDialog, which keeps them in
// the order they opened: while one is open it owns the keys (the screen
// under it hears none), Esc closes the top one as its way out does, and
// Enter presses its default button. The focus starts in its first text
// field, or else on that default button, so Tab goes on from there.

// openDialog is a dialog on show and what Esc and Enter do with it.
type openDialog struct {
	d        shownDialog
	dismiss  func()
	def      *kit.Button // pressed by Enter when no widget of the dialog took the key; may be nil
	returnTo *kit.Button // the button pressed by key that opened it, which gets the focus back
}

// shownDialog is what Fyne's dialogs, file choosers included, have in
// common.
type shownDialog interface {
	Show()
	Hide()
	SetOnClosed(func())
}

// showDialog shows d on top of the others; dismiss is its way out, run on
// Esc (nil: just close it), and def its default button (nil: none, as in
// a file chooser, which has its own).
func (u *App) showDialog(d shownDialog, dismiss func(), def *kit.Button) {
	od := &openDialog{d: d, dismiss: dismiss, def: def, returnTo: kit.PressedByKey()}
	if od.dismiss == nil {
		od.dismiss = d.Hide
	}
	d.SetOnClosed(func() {
		u.dialogs = slices.DeleteFunc(u.dialogs, func(x *openDialog) bool { return x == od })
		if od.returnTo != nil {
			od.returnTo.TakeFocusBack()
		}
	})
	u.dialogs = append(u.dialogs, od)
	d.Show()
	u.focusDialog(od)
}

// focusDialog puts the focus where the person starts in the dialog on
// top: its first text field, or else its default button. Enter in a
// field of one line presses the default button, unless the field was
// given something else to do.
func (u *App) focusDialog(od *openDialog) {
	c := u.win.Canvas()
	top := c.Overlays().Top()
	if top == nil {
		return
	}
	var field *kit.Entry
	kit.WalkTree(top, func(o fyne.CanvasObject, path []fyne.CanvasObject) bool {
		e, ok := o.(*kit.Entry)
		if !ok || e.Disabled() || slices.ContainsFunc(path, func(p fyne.CanvasObject) bool { return !p.Visible() }) {
			return false
		}
		if e.OnSubmitted == nil && !e.MultiLine {
			e.OnSubmitted = func(string) { od.pressDefault() }
		}
		if field == nil {
			field = e
		}
		return false
	})
	switch {
	case field != nil:
		c.Focus(field)
	case od.def != nil && !od.def.Disabled():
		od.def.FocusQuietly(c)
	}
}

// pressDefault presses the default button of the dialog on top, when it
// has one that can be pressed.
func (od *openDialog) pressDefault() {
	if b := od.def; b != nil && !b.Disabled() && b.OnTapped != nil {
		b.OnTapped()
	}
}

// onDialogKey gives a key to the open dialogs: Esc closes the top one,
// Enter presses its default button, and no key reaches the screen under a dialog. It reports whether a
// dialog (or another pop-up, such as a menu) took the key.
func (u *App) onDialogKey(ev *fyne.KeyEvent) bool {
	if n := len(u.dialogs); n > 0 {
		switch top := u.dialogs[n-1]; ev.Name {
		case fyne.KeyEscape:
			top.dismiss()
		case fyne.KeyReturn, fyne.KeyEnter:
			top.pressDefault()
		default:
			u.scrollTopOverlay(ev)
		}
		return true
	}
	if top := u.win.Canvas().Overlays().Top(); top != nil {
		if ev.Name == fyne.KeyEscape {
			top.Hide()
			u.win.Canvas().Overlays().Remove(top)
		}
		return true
	}
	return false
}

// scrollTopOverlay scrolls the dialog on top by the arrow and page keys.
func (u *App) scrollTopOverlay(ev *fyne.KeyEvent) {
	if top := u.win.Canvas().Overlays().Top(); top != nil {
		kit.ScrollByKey(top, ev)
	}
}

// choice is one button of a dialog: its label and what it does.
type choice struct {
	text    string
	icon    fyne.Resource
	act     func() // nil: only close the dialog
	primary bool   // the action the dialog is for
	danger  bool   // an action that removes something
}

// ask shows a dialog with body and one button per choice; every button
// closes it. The first choice is the way out: Esc runs it too. Enter
// presses the primary choice, or the way out when none is primary (a
// Delete is never one key away). The buttons are returned in the order
// given, to enable or disable them.
func (u *App) ask(title string, body fyne.CanvasObject, choices ...choice) []*kit.Button {
	var d *dialog.CustomDialog
	run := func(c choice) func() {
		return func() {
			d.Hide()
			if c.act != nil {
				c.act()
			}
		}
	}
	buttons := make([]*kit.Button, len(choices))
	objs := make([]fyne.CanvasObject, len(choices))
	for i, c := range choices {
		b := kit.NewButton(c.text, c.icon, run(c))
		switch {
		case c.primary:
			b.Importance = widget.HighImportance
		case c.danger:
			b.Importance = widget.DangerImportance
		}
		buttons[i], objs[i] = b, b
	}
	// Buttons in a grid of their own, so a narrow window wraps them
	// rather than growing: one to a row where two long ones do not fit.
	d = dialog.NewCustomWithoutButtons(title, container.NewBorder(nil, container.New(&kit.ButtonRows{PerRow: 2, Fewest: 1}, objs...), nil, nil, body), u.win)
	d.Resize(fyne.NewSize(u.dialogWidth(), 0))
	u.showDialog(d, run(choices[0]), buttons[defaultChoice(choices)])
	return buttons
}

// defaultChoice is the index of the choice Enter makes: the primary one,
// else the first, the way out.
func defaultChoice(choices []choice) int {
	return max(0, slices.IndexFunc(choices, func(c choice) bool { return c.primary }))
}

// dialogWidth fits a dialog to the window: 460 wide, less in a narrow one.
func (u *App) dialogWidth() float32 { return min(460, u.win.Canvas().Size().Width-40) }

// confirm asks before doing something: "No" (or Esc) leaves things as
// they are.
func (u *App) confirm(title, message, yes string, onYes func()) {
	u.ask(title, kit.Wrapped(message), choice{text: lang.X("dialog.no", "No")}, choice{text: yes, act: onYes, primary: true})
}

// inform says something that needs no answer.
func (u *App) inform(title, message string) {
	u.ask(title, kit.Wrapped(message), choice{text: lang.X("dialog.close", "Close")})
}

// showError says what went wrong.
func (u *App) showError(err error) {
	msg := kit.Wrapped(kit.ErrorText(err))
	msg.Importance = widget.DangerImportance
	icon := widget.NewIcon(theme.NewColoredResource(theme.ErrorIcon(), theme.ColorNameError))
	u.ask(lang.X("dialog.error", "Something went wrong"), container.NewBorder(nil, nil, container.NewVBox(icon), nil, msg), choice{text: lang.X("dialog.close", "Close")})
}

// showScrolling shows long text (advice, a file's problems) in a dialog
// that scrolls within the window.
func (u *App) showScrolling(title string, body fyne.CanvasObject, choices ...choice) {
	scroll := container.NewVScroll(body)
	size := u.win.Canvas().Size()
	scroll.SetMinSize(fyne.NewSize(min(560, size.Width-60), min(480, size.Height-200)))
	u.ask(title, scroll, choices...)
}

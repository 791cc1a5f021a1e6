package ui

import (
	"bufio"
	"fmt"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/postureapp/posture/internal/history"
	"github.com/postureapp/posture/internal/ui/kit"
)

// historyHeader is the top of the History screen: this week against the
// target in large type, a square per session the target asks for (ticked
// once done, as on the calendar), and the streak in a sentence.
type historyHeader struct {
	week   *widget.Label
	pips   *fyne.Container
	streak *widget.Label
	box    *fyne.Container
}

func newHistoryHeader() *historyHeader {
	h := &historyHeader{week: widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		pips: container.NewHBox(), streak: kit.Wrapped("")}
	h.week.SizeName = theme.SizeNameHeadingText
	h.week.Wrapping = fyne.TextWrapWord
	h.box = container.NewVBox(h.week, container.NewPadded(h.pips), h.streak)
	return h
}

// show draws the summary s.
func (h *historyHeader) show(s history.Summary) {
	h.week.SetText(weekHeadline(s))
	h.pips.RemoveAll()
	// One square per session up to the most a target can be, so a week
	// of many sessions cannot widen the window.
	for i := range max(s.Target, min(s.ThisWeek, history.MaxTarget)) {
		m := history.DayNone
		if i < s.ThisWeek {
			m = history.DayCompleted
		}
		h.pips.Add(dayMark(m))
	}
	h.pips.Refresh()
	h.streak.SetText(streakText(s))
}

// weekHeadline: "2 of 3 sessions this week", and whether that meets the
// target.
func weekHeadline(s history.Summary) string {
	data := map[string]any{"Done": s.ThisWeek, "Count": s.Target}
	if s.ToGo() == 0 {
		return lang.XN("history.week.met", "{{.Done}} of {{.Count}} sessions this week: target met", s.Target, data)
	}
	return lang.XN("history.week", "{{.Done}} of {{.Count}} sessions this week", s.Target, data)
}

// streakText says the streak in a sentence, and when there is none yet,
// what starts one rather than a bare zero. The headline above it says
// "this week", so this line does not say it again. Each case is one
// whole sentence to translate, its plural chosen by its own number.
func streakText(s history.Summary) string {
	toGo := s.ToGo()
	keep := ""
	if toGo > 0 {
		keep = " " + lang.XN("history.streak.keep", "{{.Count}} more keep it going.", toGo, map[string]any{"Count": toGo})
	}
	switch {
	case s.Streak > 1:
		return lang.XN("history.streak.weeks", "{{.Count}}-week streak: your target met {{.Count}} weeks in a row.", s.Streak, map[string]any{"Count": s.Streak}) + keep
	case s.Streak == 1 && toGo == 0:
		return lang.X("history.streak.starts", "Target met: your streak starts now. Meet it next week too to keep it going.")
	case s.Streak == 1:
		return lang.X("history.streak.one", "1-week streak: you met your target last week.") + keep
	}
	return lang.XN("history.streak.none", "Every streak starts with one week: {{.Count}} more completed sessions start yours.", toGo, map[string]any{"Count": toGo})
}

// csvExportName is the file name the CSV export suggests.
const csvExportName = "posture-history.csv"

// chooseCSVExport asks where to write the whole history as CSV, the same
// rows as 'posture history --csv', and writes it there off the UI
// goroutine.
func (u *App) chooseCSVExport() {
	sessions := u.sessions
	d := dialog.NewFileSave(func(wc fyne.URIWriteCloser, err error) {
		if err != nil {
			u.showError(err)
			return
		}
		if wc != nil { // nil: cancelled
			u.writeCSVExport(wc, sessions)
		}
	}, u.win)
	d.SetFileName(csvExportName)
	d.SetTitleText(lang.X("dialog.file.save", "Save File")) // Fyne's own title puts its two words in English order
	d.SetFilter(storage.NewExtensionFileFilter([]string{filepath.Ext(csvExportName)}))
	u.showFileDialog(d)
}

// writeCSVExport writes sessions to wc as CSV in the background and says
// where they went, or why they did not.
func (u *App) writeCSVExport(wc fyne.URIWriteCloser, sessions []history.Session) {
	u.cfg.Background(func() {
		b := bufio.NewWriter(wc)
		err := history.WriteCSV(b, sessions)
		if err == nil {
			err = b.Flush()
		}
		if cerr := wc.Close(); err == nil {
			err = cerr
		}
		path := wc.URI().Path()
		fyne.Do(func() {
			if err != nil {
				u.showError(fmt.Errorf("%s: %w", lang.X("history.export.failed", "export to {{.Path}}", map[string]any{"Path": path}), err))
				return
			}
			u.inform(lang.X("history.export.done", "Exported"), lang.XN("history.export.written", "{{.Count}} sessions written to {{.Path}}, one row per exercise.",
				len(sessions), map[string]any{"Count": len(sessions), "Path": path}))
		})
	})
}

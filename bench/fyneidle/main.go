// Command fyneidle is the other way the background reminder could have
// been built: a Fyne app with its window hidden and a tray menu. bench/remind
// runs it beside `posture --background` and Workrave to show why the
// reminder is a process of its own.
package main

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/driver/desktop"
)

func main() {
	a := app.NewWithID("io.github.postureapp.fyneidle")
	if d, ok := a.(desktop.App); ok {
		d.SetSystemTrayMenu(fyne.NewMenu("Posture", fyne.NewMenuItem("Open", func() {})))
	}
	a.NewWindow("hidden") // created, never shown
	a.Run()
}

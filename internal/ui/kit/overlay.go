package kit

import (
	"reflect"

	"fyne.io/fyne/v2"
)

// overlayPkg and overlayName are where Fyne v2.8.1 declares the widget it wraps every
// pop-up in before adding it to a canvas's overlays.
const overlayPkg, overlayName = "fyne.io/fyne/v2/internal/widget", "OverlayContainer"

// overlayContent is the pop-up in one of the window's overlays, nil for
// anything else.
//
// This is the package's one shim into Fyne's internals, kept here alone:
// Fyne wraps every pop-up (each dialog) in an OverlayContainer from its
// internal/widget package, and no public API leads from a canvas's
// overlays to the pop-up inside (Overlays().Top() and List() give the
// wrapper; its renderer is reachable only through Fyne's internal cache
// or the test package). Its exported Content field is read by
// reflection. TestOverlayContentFindsTheDialog fails if a Fyne upgrade
// moves or renames the type or the field, so Relayout and the focus
// helpers never silently stop reaching into dialogs.
func overlayContent(o fyne.CanvasObject) fyne.CanvasObject {
	v := reflect.ValueOf(o)
	if v.Kind() != reflect.Pointer || v.IsNil() {
		return nil
	}
	if t := v.Type().Elem(); t.PkgPath() != overlayPkg || t.Name() != overlayName {
		return nil
	}
	f := v.Elem().FieldByName("Content")
	if !f.IsValid() || !f.CanInterface() {
		return nil
	}
	c, _ := f.Interface().(fyne.CanvasObject)
	return c
}

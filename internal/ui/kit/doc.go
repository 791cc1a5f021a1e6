// Package kit holds the widgets and layouts Posture's screens are built
// from, none of which knows the app or any screen: one widget, layout or
// small family per file, as Fyne's own widget package does.
//
// Fyne lays a container out again only when its own size changes, and
// tells a focused widget every key, so each screen would otherwise meet
// the same three troubles: rows that stay where they were after a line
// appeared or went (Relayout), a focused widget scrolled out of sight
// (BringIntoView), and Esc swallowed by whatever has the focus. The
// widgets here — Button, Entry, SearchField, Select, Check, Slider, List,
// Radio — take care of the last two themselves: each scrolls into view
// when it gets the focus and hands Esc (and the keys it has no use for) to
// the window's key handler. Text fields get every shortcut typed, so they
// also hand the window's own (QuitKey, CloseKey, see SetWindowShortcuts)
// to the window.
//
// The package imports nothing of internal/ui (kit_test checks), so a
// widget can be read, tested and changed without the screens.
package kit

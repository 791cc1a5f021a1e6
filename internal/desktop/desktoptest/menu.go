package desktoptest

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/godbus/dbus/v5"
)

const (
	itemIface = "org.kde.StatusNotifierItem"
	menuIface = "com.canonical.dbusmenu"
	callLimit = 5 * time.Second
)

// Item is a registered tray icon as the panel reaches it.
type Item struct {
	ID   string // as the watcher lists it
	conn *dbus.Conn
	obj  dbus.BusObject
}

func newItem(conn *dbus.Conn, id string) *Item {
	dest, path, _ := strings.Cut(id, "/")
	return &Item{ID: id, conn: conn, obj: conn.Object(dest, dbus.ObjectPath("/"+path))}
}

// Prop reads one of the item's properties, such as Title, IconPixmap or
// Menu.
func (it *Item) Prop(t testing.TB, name string) dbus.Variant {
	t.Helper()
	v, err := it.obj.GetProperty(itemIface + "." + name)
	if err != nil {
		t.Fatalf("the tray item's %s: %v", name, err)
	}
	return v
}

// Entry is one line of the item's menu, as a panel draws it.
type Entry struct {
	ID        int32
	Label     string
	Enabled   bool
	Visible   bool
	Separator bool
	Children  []Entry // a submenu's entries
	submenu   bool
}

// Menu opens the item's menu as a panel does: the top level, then each
// submenu as the person opens it (AboutToShow, then its layout).
func (it *Item) Menu(t testing.TB) []Entry {
	t.Helper()
	return it.layout(t, it.menuObject(t), 0).Children
}

// Click chooses the entry with id.
func (it *Item) Click(t testing.TB, id int32) {
	t.Helper()
	call := it.call(it.menuObject(t), menuIface+".Event", id, "clicked", dbus.MakeVariant(""), uint32(time.Now().Unix()))
	if call.Err != nil {
		t.Fatalf("clicking menu entry %d: %v", id, call.Err)
	}
}

func (it *Item) menuObject(t testing.TB) dbus.BusObject {
	t.Helper()
	path, ok := it.Prop(t, "Menu").Value().(dbus.ObjectPath)
	if !ok || !path.IsValid() {
		t.Fatalf("the tray item's Menu is %v, not an object path", it.Prop(t, "Menu"))
	}
	return it.conn.Object(it.obj.Destination(), path)
}

func (it *Item) call(obj dbus.BusObject, method string, args ...any) *dbus.Call {
	ctx, cancel := context.WithTimeout(context.Background(), callLimit)
	defer cancel()
	return obj.CallWithContext(ctx, method, 0, args...)
}

// layout reads the entry id with everything under it, opening the
// submenus on the way.
func (it *Item) layout(t testing.TB, menu dbus.BusObject, id int32) Entry {
	t.Helper()
	var revision uint32
	var raw []any // (ia{sv}av)
	call := it.call(menu, menuIface+".GetLayout", id, int32(-1), []string{})
	if err := call.Store(&revision, &raw); err != nil {
		t.Fatalf("GetLayout(%d): %v", id, err)
	}
	e := entry(t, raw)
	for i, c := range e.Children {
		if c.Separator || !c.submenu {
			continue
		}
		if err := it.call(menu, menuIface+".AboutToShow", c.ID).Err; err != nil {
			t.Fatalf("AboutToShow(%d): %v", c.ID, err)
		}
		e.Children[i] = it.layout(t, menu, c.ID)
	}
	return e
}

// entry reads one (ia{sv}av) with the defaults the dbusmenu
// specification gives to properties left out.
func entry(t testing.TB, raw []any) Entry {
	t.Helper()
	if len(raw) != 3 {
		t.Fatalf("a menu layout of %d fields, want 3: %v", len(raw), raw)
	}
	id, ok1 := raw[0].(int32)
	props, ok2 := raw[1].(map[string]dbus.Variant)
	kids, ok3 := raw[2].([]dbus.Variant)
	if !ok1 || !ok2 || !ok3 {
		t.Fatalf("a menu layout of types %T %T %T, want int32, a{sv}, av", raw[0], raw[1], raw[2])
	}
	e := Entry{ID: id, Enabled: true, Visible: true}
	str := func(key string) string { s, _ := props[key].Value().(string); return s }
	e.Label = shownLabel(str("label"))
	e.Separator = str("type") == "separator"
	e.submenu = str("children-display") == "submenu"
	if b, ok := props["enabled"].Value().(bool); ok {
		e.Enabled = b
	}
	if b, ok := props["visible"].Value().(bool); ok {
		e.Visible = b
	}
	for _, k := range kids {
		child, ok := k.Value().([]any)
		if !ok {
			t.Fatalf("a menu child of type %T", k.Value())
		}
		e.Children = append(e.Children, entry(t, child))
	}
	if e.submenu && e.Children == nil {
		e.Children = []Entry{} // opened later, in layout
	}
	return e
}

// shownLabel is a dbusmenu label as a panel shows it: "__" is one
// underscore, and any other underscore marks the next letter as the
// access key and is not shown.
func shownLabel(label string) string {
	var b strings.Builder
	for i := 0; i < len(label); i++ {
		if label[i] != '_' {
			b.WriteByte(label[i])
			continue
		}
		if i+1 < len(label) && label[i+1] == '_' {
			b.WriteByte('_')
			i++
		}
	}
	return b.String()
}

// Format writes the menu as a person sees it: one entry a line, a
// submenu's entries indented under it, "----" for a separator, and
// "(greyed)" after what cannot be chosen. Hidden entries are left out.
func Format(entries []Entry) string {
	var b strings.Builder
	var write func(es []Entry, indent string)
	write = func(es []Entry, indent string) {
		for _, e := range es {
			switch {
			case !e.Visible:
				continue
			case e.Separator:
				b.WriteString(indent + "----\n")
				continue
			}
			b.WriteString(indent + e.Label)
			if e.Children != nil {
				b.WriteString(" >")
			}
			if !e.Enabled {
				b.WriteString(" (greyed)")
			}
			b.WriteString("\n")
			write(e.Children, indent+"  ")
		}
	}
	write(entries, "")
	return b.String()
}

// Find returns the id of the entry labelled label, at any depth.
func Find(t testing.TB, entries []Entry, label string) int32 {
	t.Helper()
	id, ok := find(entries, label)
	if !ok {
		t.Fatalf("no menu entry %q in:\n%s", label, Format(entries))
	}
	return id
}

func find(entries []Entry, label string) (int32, bool) {
	for _, e := range entries {
		if e.Label == label {
			return e.ID, true
		}
		if id, ok := find(e.Children, label); ok {
			return id, true
		}
	}
	return 0, false
}

// Pixmap is the size of the item's first icon picture, and whether its
// pixels are all there (4 bytes each, ARGB).
func (it *Item) Pixmap(t testing.TB) (w, h int, whole bool) {
	t.Helper()
	var pics []struct {
		W, H int32
		Pix  []byte
	}
	if err := dbus.Store([]any{it.Prop(t, "IconPixmap").Value()}, &pics); err != nil {
		t.Fatalf("IconPixmap: %v", err)
	}
	if len(pics) == 0 {
		return 0, 0, false
	}
	p := pics[0]
	return int(p.W), int(p.H), p.W > 0 && p.H > 0 && len(p.Pix) == int(p.W)*int(p.H)*4
}

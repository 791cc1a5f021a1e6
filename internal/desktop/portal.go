package desktop

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/godbus/dbus/v5"
)

// The desktop portal: the way out of a sandbox to the desktop's services.
const (
	portalName    = "org.freedesktop.portal.Desktop"
	portalPath    = dbus.ObjectPath("/org/freedesktop/portal/desktop")
	portalRequest = "org.freedesktop.portal.Request"
)

// portalAnswerWithin is how long a request waits for the portal's
// Response: it may ask the person first, in a dialog.
var portalAnswerWithin = 2 * time.Minute

// ErrPortalDenied is a request the person or the desktop refused.
var ErrPortalDenied = errors.New("the desktop refused")

// portalCall makes a portal request that answers with a Response signal
// on its own request object, and returns the Response's results. The
// signal is listened for before the call, at the path the portal will
// use (from the handle_token), so an answer that comes at once is not
// missed.
func portalCall(conn *dbus.Conn, method string, options map[string]dbus.Variant, args ...any) (map[string]dbus.Variant, error) {
	token := requestToken()
	handle := requestPath(conn, token)
	match := []dbus.MatchOption{dbus.WithMatchSender(portalName), dbus.WithMatchObjectPath(handle), dbus.WithMatchInterface(portalRequest), dbus.WithMatchMember("Response")}
	if err := conn.AddMatchSignal(match...); err != nil {
		return nil, fmt.Errorf("%s: %w", method, err)
	}
	defer func() { _ = conn.RemoveMatchSignal(match...) }()
	signals := make(chan *dbus.Signal, 4)
	conn.Signal(signals)
	defer conn.RemoveSignal(signals)

	options["handle_token"] = dbus.MakeVariant(token)
	ctx, cancel := context.WithTimeout(context.Background(), busTimeout)
	defer cancel()
	var got dbus.ObjectPath
	if err := conn.Object(portalName, portalPath).CallWithContext(ctx, method, 0, append(args, options)...).Store(&got); err != nil {
		return nil, fmt.Errorf("%s: %w", method, err)
	}
	if got != handle { // a portal older than handle_token (before 0.9) names its own
		other := []dbus.MatchOption{dbus.WithMatchSender(portalName), dbus.WithMatchObjectPath(got), dbus.WithMatchInterface(portalRequest), dbus.WithMatchMember("Response")}
		if err := conn.AddMatchSignal(other...); err == nil {
			defer func() { _ = conn.RemoveMatchSignal(other...) }()
		}
	}
	timeout := time.After(portalAnswerWithin)
	for {
		select {
		case s := <-signals:
			if s.Path != got && s.Path != handle || s.Name != portalRequest+".Response" {
				continue
			}
			var code uint32
			var results map[string]dbus.Variant
			if err := dbus.Store(s.Body, &code, &results); err != nil {
				return nil, fmt.Errorf("%s: %w", method, err)
			}
			if code != 0 {
				return results, fmt.Errorf("%s: %w (response %d)", method, ErrPortalDenied, code)
			}
			return results, nil
		case <-timeout:
			return nil, fmt.Errorf("%s: no answer from the portal within %v", method, portalAnswerWithin)
		}
	}
}

// requestToken is a handle_token no other request of this connection has.
func requestToken() string {
	b := make([]byte, 8)
	_, _ = rand.Read(b)
	return "posture_" + hex.EncodeToString(b)
}

// requestPath is where the portal puts a request made with token, as the
// portal documentation gives it: the sender's unique name without its
// colon and with its dots as underscores.
func requestPath(conn *dbus.Conn, token string) dbus.ObjectPath {
	sender := strings.ReplaceAll(strings.TrimPrefix(conn.Names()[0], ":"), ".", "_")
	return dbus.ObjectPath("/org/freedesktop/portal/desktop/request/" + sender + "/" + token)
}

// Command framecount counts the frames an X window shows: every request
// that draws into it (a software-rendered GL frame is one image put into
// the window), as the X server's DAMAGE extension reports them. bench/player
// uses it to measure frames a second of the player and its yardsticks
// alike, from outside.
//
// Usage: framecount -window ID -secs N   prints the frames counted in N s,
// then the seconds that drew at least -moving frames (4 by default: more
// than a once-a-second countdown ever draws) and the frames in those: the
// player's rate while its figure moves, partial seconds at the ends of a
// move included, so it errs low.
package main

import (
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"time"

	"github.com/jezek/xgb"
	"github.com/jezek/xgb/damage"
	"github.com/jezek/xgb/xfixes"
	"github.com/jezek/xgb/xproto"
)

func main() {
	window := flag.Uint("window", 0, "X window id")
	secs := flag.Float64("secs", 30, "how long to count")
	moving := flag.Int("moving", 4, "frames in a second that make it a moving one")
	settleFor := flag.Float64("settle", 0, "print when the window last drew before this many quiet seconds")
	from := flag.Float64("from", 0, "with -settle: the Unix time before which frames do not count")
	flag.Parse()
	if *settleFor > 0 {
		at, err := settle(xproto.Window(*window), seconds(*settleFor), seconds(*secs), time.Unix(0, int64(*from*1e9)))
		if err != nil {
			fmt.Fprintln(os.Stderr, "framecount:", err)
			os.Exit(1)
		}
		if at.IsZero() {
			fmt.Println(0)
			return
		}
		fmt.Printf("%.3f\n", float64(at.UnixNano())/1e9)
		return
	}
	perSecond, err := count(xproto.Window(*window), seconds(*secs))
	if err != nil {
		fmt.Fprintln(os.Stderr, "framecount:", err)
		os.Exit(1)
	}
	total, movingSecs, movingFrames := 0, 0, 0
	for _, n := range perSecond {
		total += n
		if n >= *moving {
			movingSecs++
			movingFrames += n
		}
	}
	fmt.Println(total, movingSecs, movingFrames)
}

func seconds(s float64) time.Duration { return time.Duration(s * float64(time.Second)) }

// count returns the frames drawn in each second of d.
func count(w xproto.Window, d time.Duration) ([]int, error) {
	frames, stop, err := watch(w)
	if err != nil {
		return nil, err
	}
	defer stop()
	perSecond := make([]int, int((d+time.Second-1)/time.Second))
	start := time.Now()
	end := time.After(d)
	for {
		select {
		case <-frames:
			perSecond[min(int(time.Since(start)/time.Second), len(perSecond)-1)]++
		case <-end:
			return perSecond, nil
		}
	}
}

// watch reports every frame drawn into w on the channel; stop ends it.
func watch(w xproto.Window) (frames <-chan struct{}, stop func(), err error) {
	xgb.Logger = log.New(io.Discard, "", 0) // a missing ~/.Xauthority is normal under Xvfb
	c, err := xgb.NewConn()
	if err != nil {
		return nil, nil, err
	}
	if err := xfixes.Init(c); err != nil {
		return nil, nil, err
	}
	if _, err := xfixes.QueryVersion(c, 4, 0).Reply(); err != nil {
		return nil, nil, err
	}
	if err := damage.Init(c); err != nil {
		return nil, nil, err
	}
	if _, err := damage.QueryVersion(c, 1, 1).Reply(); err != nil {
		return nil, nil, err
	}
	id, err := damage.NewDamageId(c)
	if err != nil {
		return nil, nil, err
	}
	if err := damage.CreateChecked(c, id, xproto.Drawable(w), damage.ReportLevelRawRectangles).Check(); err != nil {
		return nil, nil, err
	}
	ch := make(chan struct{}, 1024)
	go func() {
		for {
			ev, err := c.WaitForEvent()
			if ev == nil && err == nil {
				return
			}
			// One drawing request may damage several rectangles; the
			// high bit of Level says more of the same request follow.
			if e, ok := ev.(damage.NotifyEvent); ok && e.Level&0x80 == 0 {
				ch <- struct{}{}
			}
		}
	}()
	return ch, c.Close, nil
}

// settle returns when w last drew before quiet passed without a frame,
// counting from its first frame after from (a window frozen in work draws
// nothing), or the zero time when it did not draw and go quiet within
// limit.
func settle(w xproto.Window, quiet, limit time.Duration, from time.Time) (time.Time, error) {
	frames, stop, err := watch(w)
	if err != nil {
		return time.Time{}, err
	}
	defer stop()
	end := time.After(limit)
	var last time.Time
	for {
		var calm <-chan time.Time
		if !last.IsZero() {
			calm = time.After(quiet - time.Since(last))
		}
		select {
		case <-frames:
			if time.Now().After(from) {
				last = time.Now()
			}
		case <-calm:
			return last, nil
		case <-end:
			return time.Time{}, nil
		}
	}
}

package ui

import (
	"testing"

	"fyne.io/fyne/v2/test"
)

func TestMotionChoiceAndTheOldReduceMotion(t *testing.T) {
	a := test.NewTempApp(t)
	s := loadSettings(a.Preferences())
	if s.motion() != motionBalanced || s.newGovernor().Rate() == 0 {
		t.Errorf("by default motion is %s, rate %v; want Balanced and moving", s.motion(), s.newGovernor().Rate())
	}
	a.Preferences().SetBool(prefStill, true) // set by an earlier Posture
	if s.motion() != motionStill || s.newGovernor().Rate() != 0 {
		t.Errorf("with reduce motion on, motion is %s, rate %v; want Still", s.motion(), s.newGovernor().Rate())
	}
	a.Preferences().SetString(prefMotion, motionSmooth)
	if s.motion() != motionSmooth {
		t.Errorf("a choice made since is %s, want Smooth", s.motion())
	}
}

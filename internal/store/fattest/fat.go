// Package fattest mounts a small FAT filesystem for tests of saves on a
// folder without hard links, like a USB stick. Only tests import it.
package fattest

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// Mount makes a FAT image of size bytes in a temporary folder and mounts
// it, through the kernel's vfat (a loop mount) where it has one and else
// through fusefat (Debian's fusefat package). It returns the mount point
// and unmounts it when the test ends. Where neither works (no root, no
// mkfs.vfat, neither vfat nor FUSE) the test is skipped and says why.
func Mount(t testing.TB, size int64) string {
	t.Helper()
	dir := t.TempDir()
	img, mnt := filepath.Join(dir, "fat.img"), filepath.Join(dir, "mnt")
	if err := os.Mkdir(mnt, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := makeImage(img, size); err != nil {
		t.Skipf("cannot make a FAT image (mkfs.vfat from dosfstools is needed): %v", err)
	}
	loopErr := run("mount", "-t", "vfat", "-o", "loop", img, mnt)
	if loopErr == nil {
		t.Cleanup(func() { _ = exec.Command("umount", mnt).Run() })
		return mnt
	}
	// fusefat detaches and serves the image until it is unmounted; rw+
	// is its read-write mode.
	fuseErr := run("fusefat", "-o", "rw+", img, mnt)
	if fuseErr != nil {
		t.Skipf("cannot mount a FAT image: loop mount: %v; fusefat: %v", loopErr, fuseErr)
	}
	t.Cleanup(func() { unmountFuse(mnt) })
	return mnt
}

func makeImage(img string, size int64) error {
	f, err := os.Create(img)
	if err != nil {
		return err
	}
	if err := f.Truncate(size); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	return run("mkfs.vfat", img)
}

// unmountFuse asks fusermount, then umount, to let go of mnt, and waits
// for the fusefat process to write the image and leave.
func unmountFuse(mnt string) {
	if run("fusermount", "-u", mnt) != nil {
		_ = run("umount", mnt)
	}
	for range 50 {
		if !mounted(mnt) {
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
}

func mounted(mnt string) bool {
	data, err := os.ReadFile("/proc/self/mounts")
	return err == nil && strings.Contains(string(data), " "+mnt+" ")
}

func run(name string, args ...string) error {
	out, err := exec.Command(name, args...).CombinedOutput()
	if err != nil {
		return fmt.Errorf("%s: %v %s", name, err, strings.TrimSpace(string(out)))
	}
	return nil
}

// Command hostilegen writes the hostile files of internal/hostile into a
// folder, for bench/hostile, each named for its kind (routine-, month-),
// and the largest routine the limits allow as allowed-largest.toml.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/postureapp/posture/internal/hostile"
)

func main() {
	out := flag.String("out", "", "folder to write the files into")
	flag.Parse()
	if *out == "" {
		fmt.Fprintln(os.Stderr, "usage: hostilegen -out DIR")
		os.Exit(2)
	}
	for _, f := range hostile.Files() {
		if err := os.WriteFile(filepath.Join(*out, f.Kind+"-"+f.Name), f.Data, 0o644); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		fmt.Println(f.Kind + "-" + f.Name)
	}
	if err := os.WriteFile(filepath.Join(*out, "allowed-largest.toml"), hostile.LargestAllowed(), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

// Command uistringscheck checks the window's catalogues
// (assets/translations/<lang>.json) against the code: every key the code
// asks for (lang.X and lang.XN in internal/ui, Messages.X and XN in the
// domain packages) is in en.json with the same English as the code's
// fallback, and in de.json, es.json and fr.json with the same
// placeholders and every plural form the language needs; keys no code
// asks for are listed. It exits 1 on a missing key, a mismatch or an
// unparsable file. make translations-check runs it.
package main

import (
	"fmt"
	"io"
	"os"
)

func main() {
	os.Exit(run(os.Stdout, "."))
}

func run(out io.Writer, root string) int {
	uses, err := scanUses(root, "internal", "cmd")
	if err != nil {
		fmt.Fprintln(out, err)
		return 1
	}
	problems, unused, err := check(root+"/assets/translations", uses)
	if err != nil {
		fmt.Fprintln(out, err)
		return 1
	}
	for _, u := range unused {
		fmt.Fprintln(out, "unused:", u)
	}
	for _, p := range problems {
		fmt.Fprintln(out, p)
	}
	fmt.Fprintf(out, "window strings: %d keys used, %d problems, %d unused\n", len(uses), len(problems), len(unused))
	if len(problems) > 0 {
		return 1
	}
	return 0
}

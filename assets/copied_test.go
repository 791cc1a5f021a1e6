package assets_test

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"hash/fnv"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// Every sentence in the project is our own: no run of runWords words may
// be shared with a source article. The articles themselves are not in the
// repository, so testdata/seed-runs.txt holds a hash of every run of
// runWords words in them; TestSeedRunsMatchTheArticles rebuilds it from
// the articles when they are at hand.
const runWords = 8

const seedRunsFile = "testdata/seed-runs.txt"

var updateSeedRuns = flag.Bool("update-seed-runs", false, "rewrite "+seedRunsFile+" from the articles")

// word is one word of a text and the line it is on.
type word struct {
	text string
	line int
}

// words splits text into words: runs of lower-case letters and
// apostrophes, after folding case and curly apostrophes.
func words(text string) []word {
	var out []word
	var cur strings.Builder
	line := 1
	flush := func() {
		if w := strings.Trim(cur.String(), "'"); w != "" {
			out = append(out, word{w, line})
		}
		cur.Reset()
	}
	for _, r := range strings.ToLower(text) {
		switch {
		case r >= 'a' && r <= 'z' || r == '\'':
			cur.WriteRune(r)
		case r == '\u2019' || r == '\u2018':
			cur.WriteRune('\'')
		default:
			flush()
			if r == '\n' {
				line++
			}
		}
	}
	flush()
	return out
}

// runHash is the hash of the run of runWords words starting at ws[i].
func runHash(ws []word, i int) uint64 {
	h := fnv.New64a()
	for _, w := range ws[i : i+runWords] {
		h.Write([]byte(w.text))
		h.Write([]byte{' '})
	}
	return h.Sum64()
}

func readSeedRuns(t *testing.T) map[uint64]bool {
	t.Helper()
	f, err := os.Open(seedRunsFile)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	runs := map[uint64]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		h, err := strconv.ParseUint(line, 16, 64)
		if err != nil {
			t.Fatalf("%s: %q is not a hash", seedRunsFile, line)
		}
		runs[h] = true
	}
	if len(runs) < 1000 {
		t.Fatalf("%s holds %d runs; the two articles have thousands", seedRunsFile, len(runs))
	}
	return runs
}

// repoRoot is the folder holding go.mod, above this package's.
func repoRoot(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, "go.mod")); err != nil {
		t.Fatalf("no go.mod in %s", dir)
	}
	return dir
}

// textFiles lists every text file of the repository: valid UTF-8 without
// NUL bytes, outside .git and the build output.
func textFiles(t *testing.T, root string) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		switch {
		case d.IsDir() && (d.Name() == ".git" || rel == "out"):
			return filepath.SkipDir
		case !d.Type().IsRegular() || rel == filepath.Join("assets", seedRunsFile):
			return nil
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if utf8.Valid(data) && !bytes.ContainsRune(data, 0) {
			out[rel] = data
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// copied is a run of words a text shares with the articles.
type copied struct {
	line  int
	words []string
}

// copiedRuns finds every run of runWords or more words of ws whose every
// runWords-word stretch is in seeds, each run once at its longest.
func copiedRuns(ws []word, seeds map[uint64]bool) []copied {
	var out []copied
	for i := 0; i+runWords <= len(ws); i++ {
		if !seeds[runHash(ws, i)] {
			continue
		}
		end := i + runWords
		for end < len(ws) && seeds[runHash(ws, end-runWords+1)] {
			end++
		}
		c := copied{line: ws[i].line}
		for _, w := range ws[i:end] {
			c.words = append(c.words, w.text)
		}
		out = append(out, c)
		i = end - 1
	}
	return out
}

func TestNoRunOfEightWordsIsCopiedFromTheArticles(t *testing.T) {
	seeds := readSeedRuns(t)
	files := textFiles(t, repoRoot(t))
	if len(files) < 100 {
		t.Fatalf("found only %d text files", len(files))
	}
	for name, data := range files {
		for _, c := range copiedRuns(words(string(data)), seeds) {
			t.Errorf("%s:%d: %d words as in an article: %q", name, c.line, len(c.words), strings.Join(c.words, " "))
		}
	}
}

// seedDir finds the articles: POSTURE_SEEDS, or a shared/seeds folder
// beside the repository or one above it.
func seedDir(root string) string {
	if dir := os.Getenv("POSTURE_SEEDS"); dir != "" {
		return dir
	}
	for _, up := range []string{"..", "../.."} {
		dir := filepath.Join(root, up, "shared", "seeds")
		if st, err := os.Stat(dir); err == nil && st.IsDir() {
			return dir
		}
	}
	return ""
}

func TestSeedRunsMatchTheArticles(t *testing.T) {
	dir := seedDir(repoRoot(t))
	if dir == "" {
		t.Skip("the articles are not at hand (set POSTURE_SEEDS); checking against " + seedRunsFile + " only")
	}
	names, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(names) == 0 {
		t.Fatalf("no articles in %s: %v", dir, err)
	}
	set := map[uint64]bool{}
	for _, name := range names {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		ws := words(string(data))
		for i := 0; i+runWords <= len(ws); i++ {
			set[runHash(ws, i)] = true
		}
	}
	hashes := make([]string, 0, len(set))
	for h := range set {
		hashes = append(hashes, fmt.Sprintf("%016x", h))
	}
	slices.Sort(hashes)
	want := fmt.Sprintf("# FNV-1a 64 of every run of %d words (lower-case letters and apostrophes,\n"+
		"# each followed by a space) in the %d source articles; go test ./assets -update-seed-runs\n%s\n",
		runWords, len(names), strings.Join(hashes, "\n"))
	if *updateSeedRuns {
		if err := os.WriteFile(seedRunsFile, []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if got, _ := os.ReadFile(seedRunsFile); string(got) != want {
		t.Errorf("%s is not the articles' runs; run go test ./assets -update-seed-runs", seedRunsFile)
	}
}

func TestWordsAreLowerCaseLettersAndApostrophes(t *testing.T) {
	var got []string
	for _, w := range words("Don’t  shrug:\n2-3 sets, 'arm's' LENGTH") {
		got = append(got, fmt.Sprintf("%s@%d", w.text, w.line))
	}
	want := []string{"don't@1", "shrug@1", "sets@2", "arm's@2", "length@2"}
	if !slices.Equal(got, want) {
		t.Errorf("words %v, want %v", got, want)
	}
}

// The check finds a copied run wherever it hides, across lines,
// punctuation and case, and reports it once at its full length.
func TestACopiedRunIsFoundAcrossLinesAndCase(t *testing.T) {
	source := words("one two three four five six seven eight nine ten")
	seeds := map[uint64]bool{}
	for i := 0; i+runWords <= len(source); i++ {
		seeds[runHash(source, i)] = true
	}
	text := words("Zero ONE two,\nthree (four) five-six seven eight nine! Eleven\none two three four five six seven")
	got := copiedRuns(text, seeds)
	if len(got) != 1 || got[0].line != 1 || strings.Join(got[0].words, " ") != "one two three four five six seven eight nine" {
		t.Errorf("found %+v, want the nine words from line 1 once, and not the seven on line 3", got)
	}
}

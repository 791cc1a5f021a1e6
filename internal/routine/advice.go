package routine

import "github.com/postureapp/posture/internal/tomlfile"

// Advice is one piece of the articles' general advice, in our words.
type Advice struct {
	ID     string
	Title  string
	Text   string
	Safety bool // part of the safety advice shown before the first session and after a pain stop
}

var adviceKeys = []string{"id", "title", "text", "safety"}

// ParseAdvice reads the advice file.
func ParseAdvice(file string, data []byte) ([]Advice, error) {
	raw, d, err := parse(file, data)
	if err != nil {
		return nil, err
	}
	d.CheckKeys(raw, "", []string{"format", "advice"})
	var out []Advice
	for i, t := range d.tables(raw, "advice", "") {
		path := tomlfile.Indexed("", "advice", i)
		d.CheckKeys(t, path, adviceKeys)
		a := Advice{
			ID:    d.str(t, "id", path, true),
			Title: d.name(t, "title", path, true),
			Text:  d.str(t, "text", path, true),
		}
		if v, ok := t["safety"]; ok {
			b, isBool := v.(bool)
			if !isBool {
				d.Add(tomlfile.Join(path, "safety"), tomlType(v)+" is not true or false", "safety = true or safety = false")
			}
			a.Safety = b
		}
		out = append(out, a)
	}
	return out, d.Err()
}

// SafetyAdvice picks the advice marked as safety advice.
func SafetyAdvice(all []Advice) []Advice {
	var out []Advice
	for _, a := range all {
		if a.Safety {
			out = append(out, a)
		}
	}
	return out
}

package routine

import "slices"

// WithoutFloor is r for a person who does no floor work: each step of a
// move done lying or kneeling plays the exercise's standing or seated
// version instead, at the step's own dose, and a floor move without one
// is left out. It returns the names of the moves left out; r itself is
// left as it was. A section left empty goes too.
func (r *Routine) WithoutFloor(lib *Library) (*Routine, []string) {
	c := r.Clone()
	var dropped []string
	for i := range c.Sections {
		sec := &c.Sections[i]
		sec.Steps = slices.DeleteFunc(sec.Steps, func(st Step) bool {
			e, ok := lib.Exercise(st.Exercise)
			if !ok || !e.Floor {
				return false
			}
			if _, ok := lib.Exercise(e.WithoutFloor); ok {
				return false
			}
			if !slices.Contains(dropped, e.Name) {
				dropped = append(dropped, e.Name)
			}
			return true
		})
		for j := range sec.Steps {
			if e, ok := lib.Exercise(sec.Steps[j].Exercise); ok && e.Floor {
				sec.Steps[j].Exercise = e.WithoutFloor
			}
		}
	}
	c.Sections = slices.DeleteFunc(c.Sections, func(sec Section) bool { return len(sec.Steps) == 0 })
	return c, dropped
}

// NeedsFloor reports whether any step of r is done lying or kneeling.
func (r *Routine) NeedsFloor(lib *Library) bool {
	for _, sec := range r.Sections {
		for _, st := range sec.Steps {
			if e, ok := lib.Exercise(st.Exercise); ok && e.Floor {
				return true
			}
		}
	}
	return false
}

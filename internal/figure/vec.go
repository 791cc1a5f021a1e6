package figure

import "math"

// vec3 is a point or direction in the figure's world: x to the right of the
// picture, y up, z toward the viewer. Units are roughly centimetres.
type vec3 struct{ X, Y, Z float64 }

func (a vec3) add(b vec3) vec3             { return vec3{a.X + b.X, a.Y + b.Y, a.Z + b.Z} }
func (a vec3) sub(b vec3) vec3             { return vec3{a.X - b.X, a.Y - b.Y, a.Z - b.Z} }
func (a vec3) scale(k float64) vec3        { return vec3{a.X * k, a.Y * k, a.Z * k} }
func (a vec3) dot(b vec3) float64          { return a.X*b.X + a.Y*b.Y + a.Z*b.Z }
func (a vec3) length() float64             { return math.Sqrt(a.dot(a)) }
func (a vec3) lerp(b vec3, t float64) vec3 { return a.add(b.sub(a).scale(t)) }

func (a vec3) cross(b vec3) vec3 {
	return vec3{a.Y*b.Z - a.Z*b.Y, a.Z*b.X - a.X*b.Z, a.X*b.Y - a.Y*b.X}
}

func (a vec3) unit() vec3 {
	l := a.length()
	if l == 0 {
		return a
	}
	return a.scale(1 / l)
}

// rotateAbout turns v by deg degrees about the unit axis k (Rodrigues).
func (a vec3) rotateAbout(k vec3, deg float64) vec3 {
	s, c := math.Sincos(deg * math.Pi / 180)
	return a.scale(c).add(k.cross(a).scale(s)).add(k.scale(k.dot(a) * (1 - c)))
}

// angleBetween is the angle in degrees between two directions.
func angleBetween(a, b vec3) float64 {
	c := a.unit().dot(b.unit())
	return math.Acos(math.Max(-1, math.Min(1, c))) * 180 / math.Pi
}

// pt is a point on the picture plane, in world units (y up).
type pt struct{ X, Y float64 }

func (a pt) add(b pt) pt             { return pt{a.X + b.X, a.Y + b.Y} }
func (a pt) sub(b pt) pt             { return pt{a.X - b.X, a.Y - b.Y} }
func (a pt) scale(k float64) pt      { return pt{a.X * k, a.Y * k} }
func (a pt) length() float64         { return math.Sqrt(a.X*a.X + a.Y*a.Y) }
func (a pt) lerp(b pt, t float64) pt { return a.add(b.sub(a).scale(t)) }

// rect is an axis-aligned box on the picture plane.
type rect struct{ Min, Max pt }

func emptyRect() rect {
	return rect{pt{math.Inf(1), math.Inf(1)}, pt{math.Inf(-1), math.Inf(-1)}}
}

// include grows r to cover a disc of radius rad at p.
func (r rect) include(p pt, rad float64) rect {
	return rect{
		pt{math.Min(r.Min.X, p.X-rad), math.Min(r.Min.Y, p.Y-rad)},
		pt{math.Max(r.Max.X, p.X+rad), math.Max(r.Max.Y, p.Y+rad)},
	}
}

// dir turns a picture-plane angle a (degrees, 0 = up, 90 = right) and a tilt
// t toward the viewer (degrees) into a unit direction.
func dir(a, t float64) vec3 {
	sa, ca := math.Sincos(a * math.Pi / 180)
	st, ct := math.Sincos(t * math.Pi / 180)
	return vec3{ct * sa, ct * ca, st}
}

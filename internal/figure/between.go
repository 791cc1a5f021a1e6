package figure

import "math"

// armBones turn with the chest between keys.
var armBones = [...]segment{segUpperArmR, segForearmR, segHandR, segUpperArmL, segForearmL, segHandL}

// chestMoves reports whether the keys turn or bend the chest differently.
// Only then do the arms need to be carried along by it: with the chest
// the same in every key, arms written in the picture's angles move as
// they always did.
func chestMoves(keys ...*angles) bool {
	for _, k := range keys[1:] {
		if k.dir[segChest] != keys[0].dir[segChest] || k.twist != keys[0].twist {
			return true
		}
	}
	return false
}

// chestOf is the chest's frame in a key.
func chestOf(v View, a *angles) frame {
	return bodyFrame(v, dir(a.dir[segChest].A, a.dir[segChest].T), a.twist)
}

// armsOnChest rewrites the arms' directions as seen from the chest: as
// they would be written with the chest upright and untwisted. Between two
// keys the arms then turn with the chest: in a seated twist an arm
// reaching across the front swings round the side to the back, where
// angles read off the picture would pass it straight through the body.
func armsOnChest(v View, a angles) angles {
	moveArms(&a, chestOf(v, &a), bodyFrame(v, vec3{Y: 1}, 0))
	return a
}

// armsOffChest undoes armsOnChest for the interpolated chest.
func armsOffChest(v View, a angles) angles {
	moveArms(&a, bodyFrame(v, vec3{Y: 1}, 0), chestOf(v, &a))
	return a
}

// moveArms carries every arm bone from frame from to frame to.
func moveArms(a *angles, from, to frame) {
	for _, sg := range armBones {
		d := a.dir[sg]
		w := dir(d.A, d.T)
		moved := to.right.scale(w.dot(from.right)).add(to.up.scale(w.dot(from.up))).add(to.fwd.scale(w.dot(from.fwd)))
		a.dir[sg] = angleOf(moved, d.A)
	}
}

// angleOf is a direction as a picture-plane angle and a tilt, the inverse
// of dir. Pointing straight at or away from the viewer the picture angle
// means nothing, and near keeps the one the key had.
func angleOf(v vec3, near float64) dirAngle {
	t := math.Asin(math.Max(-1, math.Min(1, v.Z))) * 180 / math.Pi
	if math.Hypot(v.X, v.Y) < 1e-9 {
		return dirAngle{near, t}
	}
	a := math.Atan2(v.X, v.Y) * 180 / math.Pi
	return dirAngle{shortest(near, a), t}
}

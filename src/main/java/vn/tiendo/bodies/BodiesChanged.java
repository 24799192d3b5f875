package vn.tiendo.bodies;

import java.util.List;

/** Published when the bodies of these programmes' tasks were resolved again (an alias changed): plan them again. */
public record BodiesChanged(List<Long> programmeIds) {
}

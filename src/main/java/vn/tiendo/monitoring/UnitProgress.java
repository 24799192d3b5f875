package vn.tiendo.monitoring;

import vn.tiendo.monitoring.status.Assessment;
import vn.tiendo.programme.OrgUnit;

/** One unit's standing on one indicator (for the breakdown of the units below and the heat map). */
public record UnitProgress(OrgUnit unit, Actual actual, Assessment assessment) {
}

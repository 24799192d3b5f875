package vn.tiendo.security;

/** A role granted to a user on an org unit (and the units below it). */
public record RoleGrant(long id, long userId, Role role, long orgUnitId, String orgUnitCode, String orgUnitName) {
}

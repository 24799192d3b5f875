package vn.tiendo.programme;

/** A reference to an org unit by official code and name, as written in programme JSON. */
public record OrgUnitRef(String code, String name) {
}

package vn.tiendo.programme;

/**
 * Published (as a Spring application event, inside the changing transaction) whenever a programme's head changes:
 * its version moves (a replacement, publishing, a formula change, a cascade draft edited or issued), so that caches of
 * it on this node forget it at once. Other nodes hear of it from the database (migration V175).
 */
public record ProgrammeChanged(long programmeId) {
}

package vn.tiendo.report;

/**
 * One rulebook for the layout of an official report (thể thức): which template file carries it and which words the
 * header, number and signature use. A new rulebook is a new template file and one entry in {@link ReportProfiles}.
 *
 * @param name     registry name ("party-2026")
 * @param kind     Party committee or People's Committee
 * @param label    the rulebook in Vietnamese ("Quy định 399-QĐ/TW (2026)")
 * @param template file name under {@code report-templates/} on the class path
 */
public record ReportProfile(String name, Kind kind, String label, String template) {

    /** Who issues the report: a Party committee (cấp ủy) or a People's Committee (UBND). */
    public enum Kind { PARTY, STATE }

    public boolean party() {
        return kind == Kind.PARTY;
    }
}

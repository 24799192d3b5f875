package vn.tiendo.reportingschedule;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.tiendo.programme.OrgUnit;
import vn.tiendo.programme.Period;

/**
 * Lịch báo cáo of one programme: the period types it reports on and, per level, how many working days after the
 * cut-off the report is due (commune before province), plus deadlines an administrator set for single periods.
 *
 * @param deadlines explicit deadlines by period code and level
 */
public record ReportingSchedule(long programmeId, List<Rule> rules, Map<String, Map<OrgUnit.Level, LocalDate>> deadlines) {

    /** Working days between cut-off and deadline by default: commune 2, province 5 (at least 1, Nghị định 09). */
    public static final int COMMUNE_DAYS = 2;
    public static final int PROVINCE_DAYS = 5;

    /** One period type: reported or not, and the deadline per level in working days after the cut-off. */
    public record Rule(Period.Type type, boolean enabled, int communeDays, int provinceDays) {

        /** "năm", "6 tháng", "quý" */
        public String label() {
            return switch (type) {
                case YEAR -> "năm";
                case HALF_YEAR -> "6 tháng";
                case QUARTER -> "quý";
                case NINE_MONTHS -> "9 tháng";
            };
        }
    }

    /** The order the schedule lists its period types in: quý, 6 tháng, 9 tháng, năm. */
    public static final List<Period.Type> ORDER = List.of(Period.Type.QUARTER, Period.Type.HALF_YEAR, Period.Type.NINE_MONTHS,
            Period.Type.YEAR);

    /**
     * The defaults of Nghị định 09 for a programme "định kỳ 6 tháng, hằng năm": half-years and years; quarters and
     * the nine months off.
     */
    public static List<Rule> defaults() {
        return ORDER.stream().map(t -> new Rule(t, t == Period.Type.HALF_YEAR || t == Period.Type.YEAR, COMMUNE_DAYS, PROVINCE_DAYS))
                .toList();
    }

    /** The stored rules completed with the default (off) rule of every type not stored, in {@link #ORDER}. */
    public static List<Rule> complete(List<Rule> stored) {
        return ORDER.stream().map(t -> stored.stream().filter(r -> r.type() == t).findFirst()
                .orElse(new Rule(t, false, COMMUNE_DAYS, PROVINCE_DAYS))).toList();
    }

    public Optional<Rule> rule(Period.Type type) {
        return rules.stream().filter(r -> r.type() == type).findFirst();
    }

    /** True when the programme reports on this period. */
    public boolean has(Period period) {
        return rule(period.type()).map(Rule::enabled).orElse(false);
    }

    /** "năm, 6 tháng" */
    public String enabledLabels() {
        String s = rules.stream().filter(Rule::enabled).map(Rule::label).collect(Collectors.joining(", "));
        return s.isEmpty() ? "không có kỳ nào" : s;
    }

    /** Hạn nộp of the units of {@code level}: the explicit deadline, else the cut-off end plus the level's working days. */
    public LocalDate deadline(Period period, OrgUnit.Level level, PublicHolidays holidays) {
        LocalDate explicit = deadlines.getOrDefault(period.code(), Map.of()).get(rowLevel(level));
        if (explicit != null) {
            return explicit;
        }
        Rule rule = rule(period.type()).orElse(new Rule(period.type(), false, COMMUNE_DAYS, PROVINCE_DAYS));
        int days = rowLevel(level) == OrgUnit.Level.COMMUNE ? rule.communeDays() : rule.provinceDays();
        return holidays.addWorkingDays(CutOffWindow.of(period).end(), days);
    }

    /** Communes (and units below them) share the commune deadline; every higher level the province deadline. */
    public static OrgUnit.Level rowLevel(OrgUnit.Level level) {
        return level == OrgUnit.Level.COMMUNE || level == OrgUnit.Level.SCHOOL || level == OrgUnit.Level.BODY
                ? OrgUnit.Level.COMMUNE : OrgUnit.Level.PROVINCE;
    }
}

package vn.tiendo.entry;

import java.util.Optional;
import vn.tiendo.programme.OrgUnit;

/** Decides whether a unit reports an indicator (đơn vị báo cáo chỉ tiêu). */
public interface ReportingRule {

    /** Empty when {@code unit} reports {@code indicator}; else the Vietnamese reason it does not. */
    Optional<String> refusal(EntryIndicator indicator, OrgUnit unit);
}

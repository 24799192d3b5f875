package vn.tiendo.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.tiendo.programme.OrgUnit;
import vn.tiendo.storage.OrgUnitRepository;

/** {@code tiendo units [SEARCH]}: lists administrative units, or a matching unit and the units below it. */
@Command(name = "units", description = "Liệt kê đơn vị hành chính; với TỪ_KHÓA, in đơn vị khớp và các đơn vị trực thuộc.",
        mixinStandardHelpOptions = true)
class UnitsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions db;

    @Parameters(arity = "0..1", paramLabel = "TỪ_KHÓA", description = "Tên hoặc mã đơn vị, ví dụ \"Lai Châu\" hoặc 12.")
    String search;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (ConfigurableApplicationContext ctx = Contexts.start(db, false, Map.of())) {
            OrgUnitRepository units = ctx.getBean(OrgUnitRepository.class);
            if (search == null || search.isBlank()) {
                List<OrgUnit> provinces = units.provinces();
                Map<Long, Integer> counts = units.childCounts(OrgUnit.Level.PROVINCE);
                for (OrgUnit p : provinces) {
                    out.printf("%-6s %-28s %4d đơn vị cấp xã%n", p.code(), p.fullName(), counts.getOrDefault(p.id(), 0));
                }
                out.printf("Tổng: %d tỉnh, thành phố; %d xã, phường, đặc khu%n",
                        provinces.size(), units.countByLevel(OrgUnit.Level.COMMUNE));
                return 0;
            }
            List<OrgUnit> found = units.search(search, 50);
            if (found.isEmpty()) {
                spec.commandLine().getErr().println("Không tìm thấy đơn vị nào khớp với \"" + search + "\".");
                return 1;
            }
            OrgUnit first = found.get(0);
            if (first.level() == OrgUnit.Level.PROVINCE) {
                List<OrgUnit> children = units.childUnits(first.id());
                out.printf("%-6s %s (%d đơn vị cấp xã)%n", first.code(), first.fullName(), children.size());
                for (OrgUnit c : children) {
                    out.printf("  %-6s %s%n", c.code(), c.fullName());
                }
            } else {
                for (OrgUnit u : found) {
                    String parent = u.parentId() == null ? "" : units.findById(u.parentId()).map(OrgUnit::fullName).orElse("");
                    out.printf("%-6s %-32s %s%n", u.code(), u.fullName(), parent);
                }
            }
            return 0;
        } catch (RuntimeException e) {
            spec.commandLine().getErr().println("Lỗi: " + StartupFailure.explain(e));
            return 1;
        }
    }
}

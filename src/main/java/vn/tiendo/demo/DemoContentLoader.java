package vn.tiendo.demo;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.tiendo.audit.CurrentActor;
import vn.tiendo.entry.DataValueService;
import vn.tiendo.entry.ValueInput;
import vn.tiendo.programme.ProgrammeDocument;
import vn.tiendo.storage.AdminUnitLoader;
import vn.tiendo.programmes.ProgrammeImporter;
import vn.tiendo.programmes.ProgrammeService;

/**
 * Demo content for {@code tiendo serve --demo}: the four seed documents (bundled under
 * {@code demo/seeds/}) read by the real reader and saved as programmes, and generated actual values
 * for 2025–2026 (flagged as demo, dữ liệu minh họa) for the units that report them. Idempotent: a
 * programme already present (same number and unit) and values already there are left as they are.
 * All demo values are saved in one batch, so the roll-up is rebuilt once.
 */
@Component
@EnableConfigurationProperties(DemoProperties.class)
public class DemoContentLoader {

    /** A bundled seed document and, where the document states none, the number to file it under. */
    record Seed(String resource, String numberIfMissing) {
    }

    static final List<Seed> SEEDS = List.of(
            new Seed("000_f08d51100ad4b942.txt", null),
            new Seed("001_8a8e82d6809c8145.txt", null),
            // the Provincial Party Committee's resolution as extracted carries no number
            new Seed("002_c81c9c1ac24e7247.txt", "NQ-TU (16/3/2026)"),
            new Seed("003_98c881c0be3fca60.txt", null));

    /** Seed of the generated demo values: the same values on every machine. */
    static final long VALUE_SEED = 71;

    private static final Logger log = LoggerFactory.getLogger(DemoContentLoader.class);

    private final ProgrammeImporter importer;
    private final ProgrammeService programmes;
    private final AdminUnitLoader units;
    private final DemoValueGenerator generator;
    private final DataValueService values;
    private final DemoProperties properties;
    private final DemoReportingCycle cycle;

    public DemoContentLoader(ProgrammeImporter importer, ProgrammeService programmes, AdminUnitLoader units,
                             DemoValueGenerator generator, DataValueService values, DemoProperties properties,
                             DemoReportingCycle cycle) {
        this.cycle = cycle;
        this.importer = importer;
        this.programmes = programmes;
        this.units = units;
        this.generator = generator;
        this.values = values;
        this.properties = properties;
    }

    @EventListener(ApplicationStartedEvent.class)
    public void onStart() {
        if (properties.demo()) {
            onStartForDemo();
        }
    }

    /** Loads the seed programmes and their demo values. */
    void onStartForDemo() {
        List<Long> ids = load();
        // the seed documents are public documents: the public view shows them
        CurrentActor.runAs("demo", () -> {
            ids.stream().filter(id -> !programmes.findSummary(id).orElseThrow().published())
                    .forEach(id -> programmes.setPublished(id, true));
            return null;
        });
        List<ValueInput> inputs = ids.stream().flatMap(id -> generator.values(id, VALUE_SEED).stream()).toList();
        int generated = values.saveDemoValues(inputs);
        log.info("Dữ liệu minh họa: {} văn bản mẫu, {} số liệu minh họa mới", ids.size(), generated);
        log.info("Dữ liệu minh họa: {} báo cáo kỳ {} của các xã Lai Châu", cycle.load(ids), DemoReportingCycle.PERIOD);
    }

    /** Loads the seed programmes that are not there yet; returns the ids of all seed programmes. */
    public List<Long> load() {
        units.load();
        List<Long> ids = new ArrayList<>();
        for (Seed seed : SEEDS) {
            byte[] content = read(seed.resource());
            ProgrammeDocument doc = importer.read(seed.resource(), content);
            doc = ProgrammeImporter.withOverrides(doc, doc.document().number() == null ? seed.numberIfMissing() : null, null);
            String unitCode = programmes.resolveUnit(doc.document().orgUnit()).orElseThrow().code();
            var existing = programmes.findId(doc.document().number() + "@" + unitCode);
            if (existing.isPresent()) {
                ids.add(existing.get());
                continue;
            }
            ProgrammeDocument toSave = doc;
            ids.add(CurrentActor.runAs("demo", () -> programmes.save(toSave, seed.resource(), false)));
        }
        return ids;
    }

    private static byte[] read(String resource) {
        try (InputStream in = DemoContentLoader.class.getResourceAsStream("/demo/seeds/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("Thiếu văn bản mẫu " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("Không đọc được văn bản mẫu " + resource + ": " + e.getMessage(), e);
        }
    }
}

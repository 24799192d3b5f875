package vn.tiendo.web.entry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import vn.tiendo.TiendoTest;
import vn.tiendo.entry.EntrySheet;
import vn.tiendo.entry.EntrySheets;
import vn.tiendo.programme.DocumentInfo;
import vn.tiendo.programme.OrgUnit;
import vn.tiendo.programme.Period;
import vn.tiendo.programme.ProgrammeDocument;
import vn.tiendo.programme.ValueType;
import vn.tiendo.reader.ProgrammeReader;
import vn.tiendo.security.HttpSession;
import vn.tiendo.security.Role;
import vn.tiendo.security.TestUsers;
import vn.tiendo.storage.OrgUnitRepository;
import vn.tiendo.programmes.ProgrammeService;

/**
 * A template downloaded and uploaded back unchanged is accepted with nothing changed, whatever the stored values
 * are: for each seed programme with indicators and each level that reports it, with values of every value type
 * pre-filled, including the Đạt/Chưa đạt a commune holds for a provincial "% (xã, phường)" indicator.
 */
@TiendoTest
class ExcelTemplateAsDownloadedTest {

    @Autowired
    TestRestTemplate anonymous;
    @Autowired
    ApplicationContext context;
    @Autowired
    RestTemplateBuilder restTemplates;
    @Autowired
    ProgrammeService programmes;
    @Autowired
    OrgUnitRepository units;
    @Autowired
    EntrySheets sheets;
    @Autowired
    JdbcClient jdbc;

    /** A value as it can be stored: number and text. */
    record V(BigDecimal value, String text) {
    }

    /** A stored value: number, text, comment, version. */
    record Stored(BigDecimal value, String text, String comment, int version) {
    }

    static Stream<Arguments> seedsAndLevels() {
        return Stream.of(
                Arguments.of("000_f08d51100ad4b942.txt", OrgUnit.Level.PROVINCE),
                Arguments.of("000_f08d51100ad4b942.txt", OrgUnit.Level.COMMUNE),
                Arguments.of("001_8a8e82d6809c8145.txt", OrgUnit.Level.COMMUNE),
                Arguments.of("003_98c881c0be3fca60.txt", OrgUnit.Level.PROVINCE),
                Arguments.of("003_98c881c0be3fca60.txt", OrgUnit.Level.COMMUNE));
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("seedsAndLevels")
    void aTemplateAsDownloadedUploadsWithNothingChanged(String seed, OrgUnit.Level level) throws IOException {
        ProgrammeDocument doc = new ProgrammeReader().read(seed, seedBytes(seed));
        DocumentInfo info = doc.document();
        String number = "S" + UUID.randomUUID().toString().substring(0, 6) + "-" + info.number();
        long programmeId = programmes.save(new ProgrammeDocument(new DocumentInfo(number, info.date(), info.issuer(), info.orgUnit(),
                info.kind(), info.implementsDocs(), info.title()), doc.indicators(), doc.tasks(), doc.warnings()), seed, false);
        OrgUnit owner = units.findById(jdbc.sql("SELECT org_unit_id FROM programme WHERE id = ?").param(programmeId)
                .query(Long.class).single()).orElseThrow();
        OrgUnit unit = level == OrgUnit.Level.PROVINCE ? owner : owner.level() == OrgUnit.Level.COMMUNE ? owner
                : units.findByCode("03390").filter(u -> units.isWithin(u.id(), owner.id())).orElseGet(() -> units.childUnits(owner.id()).get(0));
        assertThat(unit.level()).isEqualTo(level);
        if (owner.level() == OrgUnit.Level.PROVINCE) {  // half of the indicators reported by the province itself, half by its communes
            jdbc.sql("UPDATE indicator SET reported_at = 'PROVINCE' WHERE programme_id = ? AND id % 2 = 0").param(programmeId).update();
        }
        EntrySheet sheet = sheets.build(programmeId, unit.code(), Period.year(2026));
        int filled = prefill(sheet);
        assertThat(filled).isPositive();
        Map<Long, Stored> before = stored(programmeId, unit.id());

        TestRestTemplate http = session(owner.code());
        String base = "/nhap-lieu/" + programmeId + "/" + unit.code() + "/2026";
        ResponseEntity<byte[]> template = http.getForEntity(base + "/mau.xlsx", byte[].class);
        assertThat(template.getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<String> r = upload(http, base, template.getBody());

        assertThat(r.getBody()).doesNotContain("Không nhận tệp");
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(r.getBody()).contains("Đã nhận tệp mau.xlsx: lưu 0 số liệu (0 mới, 0 sửa, " + filled + " không đổi).");
        assertThat(stored(programmeId, unit.id())).isEqualTo(before);
    }

    /**
     * Stores values into about four rows in five (at least one of each value type the sheet has), as officers and the
     * demo generator would have: numbers, fractions, Đạt/Chưa đạt, texts, notes, versions 1 to 3.
     */
    private int prefill(EntrySheet sheet) {
        List<Object[]> rows = new ArrayList<>();
        Set<ValueType> filled = EnumSet.noneOf(ValueType.class);
        int i = 0;
        for (EntrySheet.Row row : sheet.rows()) {
            i++;
            if (i % 5 == 0 && filled.contains(row.indicator().valueType())) {  // some rows left empty
                continue;
            }
            filled.add(row.indicator().valueType());
            V v = variant(row.indicator().valueType(), i);
            rows.add(new Object[] {row.indicator().id(), v.value(), v.text(), i % 3 == 0 ? "Theo báo cáo của Phòng Văn hóa - Xã hội" : null});
        }
        for (Object[] v : rows) {
            jdbc.sql("INSERT INTO data_value (indicator_id, org_unit_id, period, value, text_value, comment, version, created_by, updated_by)"
                            + " VALUES (?, ?, '2026', ?, ?, ?, ?, 'cán bộ', 'cán bộ')")
                    .param(v[0]).param(sheet.unit().id()).param(v[1]).param(v[2]).param(v[3]).param(1 + rows.indexOf(v) % 3).update();
        }
        return rows.size();
    }

    /** Value and text of the {@code i}-th row, cycling through what can be stored for the type. */
    private static V variant(ValueType type, int i) {
        List<V> choices = switch (type) {
            case PERCENT -> List.of(new V(new BigDecimal("71.9"), null), new V(BigDecimal.ZERO, "Chưa đạt"),
                    new V(new BigDecimal("21.1"), "8/38"), new V(BigDecimal.ONE, "Đạt"), new V(new BigDecimal("72.60"), null));
            case COUNT -> List.of(new V(new BigDecimal("12"), null), new V(BigDecimal.ZERO, "Chưa đạt"),
                    new V(new BigDecimal("8"), "8/38"));
            case NUMBER -> List.of(new V(new BigDecimal("4700"), null), new V(new BigDecimal("1234567.5"), null));
            case RANK -> List.of(new V(new BigDecimal("3"), null));
            case YES_NO -> List.of(new V(null, "Đạt"), new V(BigDecimal.ZERO, "Chưa đạt"));
            case TEXT -> List.of(new V(null, "Đã ban hành kế hoạch số 12/KH-UBND; 3 trường đạt chuẩn"), new V(null, "71.9"));
        };
        return choices.get(i % choices.size());
    }

    private Map<Long, Stored> stored(long programmeId, long unitId) {
        return jdbc.sql("SELECT d.indicator_id, d.value, d.text_value, d.comment, d.version FROM data_value d"
                        + " JOIN indicator i ON i.id = d.indicator_id WHERE i.programme_id = ? AND d.org_unit_id = ?")
                .param(programmeId).param(unitId)
                .query((rs, n) -> Map.entry(rs.getLong(1), new Stored(rs.getBigDecimal(2), rs.getString(3), rs.getString(4), rs.getInt(5))))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private TestRestTemplate session(String unitCode) {
        HttpSession session = TestUsers.http(anonymous.getRootUri(), TestUsers.create(context, Role.PROGRAMME_OWNER, unitCode));
        return new TestRestTemplate(restTemplates
                .uriTemplateHandler(anonymous.getRestTemplate().getUriTemplateHandler())
                .defaultHeader(HttpHeaders.COOKIE, "JSESSIONID=" + session.sessionId())
                .defaultHeader("X-CSRF-TOKEN", session.csrfToken()));
    }

    private static ResponseEntity<String> upload(TestRestTemplate http, String base, byte[] file) {
        LinkedMultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("file", new ByteArrayResource(file) {
            @Override
            public String getFilename() {
                return "mau.xlsx";
            }
        });
        HttpHeaders h = new HttpHeaders();
        h.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.postForEntity(base + "/excel", new HttpEntity<>(body, h), String.class);
    }

    private static byte[] seedBytes(String name) throws IOException {
        try (InputStream in = ExcelTemplateAsDownloadedTest.class.getResourceAsStream("/reader/seeds/" + name)) {
            return in.readAllBytes();
        }
    }
}

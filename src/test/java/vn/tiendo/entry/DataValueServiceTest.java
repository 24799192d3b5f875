package vn.tiendo.entry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tiendo.TiendoTest;
import vn.tiendo.programme.DataValueChanged;
import vn.tiendo.programme.Period;
import vn.tiendo.programme.VietnameseNumber;
import vn.tiendo.programmes.ProgrammeService;

@TiendoTest
class DataValueServiceTest {

    @Autowired
    DataValueService service;
    @Autowired
    DataValueRepository values;
    @Autowired
    ProgrammeService programmes;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RecordedChanges changes;

    EntryFixtures.Saved p;
    long binhLu;

    @BeforeEach
    void programme() {
        p = EntryFixtures.laiChau(programmes, jdbc);
        binhLu = EntryFixtures.unitId(jdbc, "03390");
    }

    ValueInput input(String code, long unit, String raw, ExpectedVersion expected) {
        return new ValueInput(p.indicator(code), unit, Period.year(2026), raw, VietnameseNumber.Policy.OFFICER, expected, null,
                new Field("v", "Chỉ tiêu " + code));
    }

    @Test
    void aNewValueIsStoredAuditedAndAnnounced() {
        SaveResult r = service.save(List.of(input("I.1", binhLu, "71,9", ExpectedVersion.none())));
        assertThat(r.created()).isEqualTo(1);
        StoredValue v = values.find(p.indicator("I.1"), binhLu, "2026").orElseThrow();
        assertThat(v.value()).isEqualByComparingTo("71.9");
        assertThat(v.version()).isEqualTo(1);
        assertThat(changes.forIndicator(p.indicator("I.1"))).containsExactly(new DataValueChanged(p.indicator("I.1"), binhLu, "2026"));

        service.save(List.of(input("I.1", binhLu, "72,6", ExpectedVersion.of(1))));
        var audit = jdbc.sql("SELECT action, before->>'value' AS b, after->>'value' AS a, summary FROM audit_event"
                        + " WHERE object_type = 'data_value' AND object_id = ? ORDER BY id")
                .param(Long.toString(v.id())).query((rs, i) -> List.of(rs.getString(1), String.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getString(4))).list();
        assertThat(audit).hasSize(2);
        assertThat(audit.get(0).subList(0, 3)).containsExactly("CREATE", "null", "71.9");
        assertThat(audit.get(1).subList(0, 3)).containsExactly("UPDATE", "71.9", "72.6");
        assertThat(audit.get(1).get(3)).contains("I.1", "Xã Bình Lư", "71,9 → 72,6");
        StoredValue now = values.find(p.indicator("I.1"), binhLu, "2026").orElseThrow();
        assertThat(now.version()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT previous_value FROM data_value WHERE id = ?").param(v.id()).query(java.math.BigDecimal.class).single())
                .isEqualByComparingTo("71.9");
    }

    @Test
    void aStaleVersionIsRefusedAndSaysWhoChangedItWhen() {
        service.save(List.of(input("I.1", binhLu, "71,9", ExpectedVersion.none())));
        service.save(List.of(input("I.1", binhLu, "72", ExpectedVersion.of(1))));
        assertThatThrownBy(() -> service.save(List.of(input("I.1", binhLu, "75", ExpectedVersion.of(1)))))
                .isInstanceOf(StaleValueException.class)
                .hasMessageContaining("Chỉ tiêu I.1: số liệu chỉ tiêu I.1 (Trường đạt chuẩn quốc gia) đã được system cập nhật lúc")
                .hasMessageContaining("phiên bản 2").hasMessageContaining("hãy tải lại");
        assertThat(values.find(p.indicator("I.1"), binhLu, "2026").orElseThrow().value()).isEqualByComparingTo("72");
    }

    @Test
    void oneBadValueRefusesTheWholeBatchAndListsEveryError() {
        long taTong = EntryFixtures.unitId(jdbc, "03463");
        long laiChau = EntryFixtures.unitId(jdbc, "12");
        assertThatThrownBy(() -> service.save(List.of(
                input("I.1", binhLu, "71,9", ExpectedVersion.none()),
                input("I.1", taTong, "150", ExpectedVersion.none()),
                input("I.5", taTong, "-3", ExpectedVersion.none()),
                input("I.4", taTong, "Có", ExpectedVersion.none()),
                input("I.2", laiChau, "8/38", ExpectedVersion.none()))))
                .isInstanceOfSatisfying(EntryRejectedException.class, e -> assertThat(e.errors()).extracting(EntryError::text)
                        .containsExactly(
                                "Chỉ tiêu I.1: tỉ lệ phần trăm phải từ 0 đến 100, đã nhập 150",
                                "Chỉ tiêu I.5: số liệu không được âm, đã nhập -3",
                                "Chỉ tiêu I.4: chỉ nhận \"Đạt\" hoặc \"Chưa đạt\", đã nhập \"Có\"",
                                "Chỉ tiêu I.2: Tỉnh Lai Châu không báo cáo chỉ tiêu I.2 (Hoàn thành phổ cập giáo dục mầm non cho trẻ em"
                                        + " từ 3 đến 5 tuổi): chỉ tiêu này do cấp \"Xã, phường, đặc khu\" báo cáo"));
        assertThat(values.find(p.indicator("I.1"), binhLu, "2026")).isEmpty();
    }

    @Test
    void anExplicitReportingLevelOverridesTheRule() {
        long laiChau = EntryFixtures.unitId(jdbc, "12");
        jdbc.sql("UPDATE indicator SET reported_at = 'PROVINCE' WHERE id = ?").param(p.indicator("I.3")).update();
        service.save(List.of(input("I.3", laiChau, "4.700", ExpectedVersion.none())));
        assertThat(values.find(p.indicator("I.3"), laiChau, "2026").orElseThrow().value()).isEqualByComparingTo("4700");
        assertThatThrownBy(() -> service.save(List.of(input("I.3", binhLu, "10", ExpectedVersion.none()))))
                .hasMessageContaining("do cấp \"Tỉnh, thành phố\" báo cáo");
        long bacNinhCommune = jdbc.sql("SELECT c.id FROM org_unit c JOIN org_unit p ON p.id = c.parent_id WHERE p.code = '24' LIMIT 1")
                .query(Long.class).single();
        assertThatThrownBy(() -> service.save(List.of(input("I.1", bacNinhCommune, "10", ExpectedVersion.none()))))
                .hasMessageContaining("không thuộc Tỉnh Lai Châu");
    }

    @Test
    void twoConcurrentSavesOfTheSameVersionOneWinsTheOtherIsTold() throws Exception {
        service.save(List.of(input("I.1", binhLu, "70", ExpectedVersion.none())));
        List<String> outcomes = Race.run(List.of("71,9", "73,4").stream().<java.util.concurrent.Callable<String>>map(value -> () -> {
            try {
                service.save(List.of(input("I.1", binhLu, value, ExpectedVersion.of(1))));
                return "saved " + value;
            } catch (StaleValueException e) {
                return "stale";
            }
        }).toList());
        assertThat(outcomes).containsOnlyOnce("stale");
        String winner = outcomes.stream().filter(o -> o.startsWith("saved")).findFirst().orElseThrow().substring(6);
        StoredValue stored = values.find(p.indicator("I.1"), binhLu, "2026").orElseThrow();
        assertThat(stored.display()).isEqualTo(winner);
        assertThat(stored.version()).isEqualTo(2);
    }

    @Test
    void twoConcurrentFirstSavesDoNotBothCreate() throws Exception {
        List<String> outcomes = Race.run(List.of("10", "20").stream().<java.util.concurrent.Callable<String>>map(value -> () -> {
            try {
                service.save(List.of(input("I.5", binhLu, value, ExpectedVersion.none())));
                return "saved";
            } catch (StaleValueException e) {
                return "stale";
            }
        }).toList());
        assertThat(outcomes).containsExactlyInAnyOrder("saved", "stale");
        assertThat(values.find(p.indicator("I.5"), binhLu, "2026").orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void sendingTheSameValueAgainChangesNothing() {
        service.save(List.of(input("I.1", binhLu, "71,9", ExpectedVersion.none())));
        SaveResult again = service.save(List.of(input("I.1", binhLu, "71,90", ExpectedVersion.none())));
        assertThat(again.unchanged()).isEqualTo(1);
        assertThat(values.find(p.indicator("I.1"), binhLu, "2026").orElseThrow().version()).isEqualTo(1);
    }
}

package vn.tiendo.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tiendo.TiendoTest;

/**
 * Issue 15 item 4 in the suite: 20 writers for 10 s (half fighting over one commune through the form, Excel, REST and
 * dataValueSets) lose no update and get no server error; a stale writer is told who saved. A retried bulk request
 * (network retry) changes nothing the second time: the natural key (indicator, unit, period) and the rule "a row that
 * already holds the wanted value is left alone" make dataValueSets, the bulk API and the Excel upload idempotent.
 */
@TiendoTest
class ConcurrentWritersTest {

    @Autowired
    WritersBenchmark bench;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    @Test
    void twentyWritersForTenSecondsLoseNothing() throws InterruptedException {
        WritersBenchmark.Setup setup = bench.prepare(20);
        WriterReport r = bench.run(base(), setup, 10);
        System.out.println("ConcurrentWritersTest " + r.toMap());
        assertThat(r.serverErrors()).as("5xx %s", r.samples()).isZero();
        assertThat(r.lostUpdates()).isEmpty();
        assertThat(r.unacknowledgedStored()).isZero();
        assertThat(r.refused()).as("refusals %s", r.samples()).isZero();
        assertThat(r.conflicts()).isPositive().isEqualTo(r.conflictsNamingWinner());
        assertThat(r.acknowledgedByChannel()).containsKeys("FORM", "EXCEL", "REST", "DATA_VALUE_SETS");
    }

    @Test
    void aRetriedDataValueSetAndBulkWriteChangeNothingTheSecondTime() {
        WritersBenchmark.Setup setup = bench.prepare(2);
        WritersBenchmark.Writer w = setup.writers().get(0);
        WriterClient client = new WriterClient(base(), w.token());
        String set = "{\"period\":\"2026\",\"orgUnit\":\"" + w.unitCode() + "\",\"dataValues\":[{\"dataElement\":\"" + setup.dataElement()
                + "\",\"value\":\"412\"}]}";
        WriterClient.Reply first = client.json("POST", "/api/v1/dataValueSets", set, Map.of());
        WriterClient.Reply retry = client.json("POST", "/api/v1/dataValueSets", set, Map.of());
        assertThat(first.status()).isEqualTo(200);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.body()).contains("\"imported\":0", "\"updated\":0");
        String bulk = "{\"values\":[{\"dataElement\":\"" + setup.dataElement() + "\",\"orgUnit\":\"" + w.unitCode()
                + "\",\"period\":\"2026\",\"value\":\"413\",\"version\":1}]}";
        assertThat(client.json("POST", "/api/v1/values/bulk", bulk, Map.of()).body()).contains("\"updated\":1");
        WriterClient.Reply bulkRetry = client.json("POST", "/api/v1/values/bulk", bulk, Map.of());
        assertThat(bulkRetry.status()).isEqualTo(200);
        assertThat(bulkRetry.body()).contains("\"created\":0", "\"updated\":0", "\"unchanged\":1");
        assertStoredOnce(setup, w.unitCode(), "413", 2);
    }

    @Test
    void aRetriedExcelUploadChangesNothingTheSecondTime() {
        WritersBenchmark.Setup setup = bench.prepare(2);
        WritersBenchmark.Writer w = setup.writers().get(0);
        WriterClient client = new WriterClient(base(), w.token());
        client.login(w.username(), w.password());
        String page = "/nhap-lieu/" + setup.programmeId() + "/" + w.unitCode() + "/2026";
        byte[] filled = WriterClient.fill(client.bytes(page + "/mau.xlsx"), 7, 530);
        WriterClient.Reply first = client.upload(page + "/excel", "nhap-lieu.xlsx", filled);
        WriterClient.Reply retry = client.upload(page + "/excel", "nhap-lieu.xlsx", filled);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body()).contains("lưu 1 số liệu (1 mới, 0 sửa");
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.body()).contains("lưu 0 số liệu (0 mới, 0 sửa, 1 không đổi)");
        assertStoredOnce(setup, w.unitCode(), "530", 1);
    }

    /** The value is stored at {@code version}, and the audit trail holds exactly {@code version} records of it. */
    private void assertStoredOnce(WritersBenchmark.Setup setup, String unit, String value, int version) {
        Map<String, Object> row = jdbc.sql("SELECT v.id, v.value, v.version FROM data_value v JOIN org_unit u ON u.id = v.org_unit_id"
                + " WHERE v.indicator_id = ? AND u.code = ? AND v.period = '2026'").params(setup.indicatorId(), unit).query().singleRow();
        assertThat(new java.math.BigDecimal(row.get("value").toString())).isEqualByComparingTo(value);
        assertThat(row.get("version")).isEqualTo(version);
        int audited = jdbc.sql("SELECT count(*) FROM audit_event WHERE object_type = 'data_value' AND object_id = ?")
                .param(row.get("id").toString()).query(Integer.class).single();
        assertThat(audited).isEqualTo(version);
    }
}

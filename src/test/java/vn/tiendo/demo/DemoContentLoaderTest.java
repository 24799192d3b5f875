package vn.tiendo.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tiendo.TiendoTest;
import vn.tiendo.programmes.ProgrammeService;
import vn.tiendo.programmes.ProgrammeSummary;

@TiendoTest
class DemoContentLoaderTest {

    @Autowired
    DemoContentLoader loader;
    @Autowired
    ProgrammeService programmes;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theFourSeedDocumentsBecomeProgrammesOnceEach() {
        List<Long> ids = loader.load();
        assertThat(ids).hasSize(4).doesNotHaveDuplicates();
        List<ProgrammeSummary> seeds = ids.stream().map(id -> programmes.findSummary(id).orElseThrow()).toList();
        assertThat(seeds).extracting(ProgrammeSummary::number)
                .containsExactly("05-CTr/TU", "70-KH/ĐU", "NQ-TU (16/3/2026)", "04-CTr/TU");
        assertThat(seeds).extracting(ProgrammeSummary::orgUnitCode).containsExactly("12", "03390", "12", "24");
        // the commune plan implements the province's programme
        assertThat(seeds.get(1).parentId()).isEqualTo(ids.get(0));
        assertThat(seeds.get(0).taskCount()).isEqualTo(18);
        assertThat(seeds.get(3).taskCount()).isEqualTo(39);

        int before = jdbc.sql("SELECT count(*) FROM programme").query(Integer.class).single();
        loader.onStartForDemo();
        int demoValues = jdbc.sql("SELECT count(*) FROM data_value WHERE demo").query(Integer.class).single();
        int laiChauCommunes = jdbc.sql("""
                SELECT count(DISTINCT v.org_unit_id) FROM data_value v JOIN indicator i ON i.id = v.indicator_id
                 WHERE v.demo AND i.programme_id = ?""").param(ids.get(0)).query(Integer.class).single();
        assertThat(laiChauCommunes).isEqualTo(38);
        assertThat(ids).allSatisfy(id -> assertThat(programmes.findSummary(id).orElseThrow().published()).isTrue());
        int bacNinhCommunes = jdbc.sql("""
                SELECT count(DISTINCT v.org_unit_id) FROM data_value v JOIN indicator i ON i.id = v.indicator_id
                 WHERE v.demo AND i.programme_id = ?""").param(ids.get(3)).query(Integer.class).single();
        assertThat(bacNinhCommunes).isEqualTo(99);
        loader.onStartForDemo();
        assertThat(jdbc.sql("SELECT count(*) FROM data_value WHERE demo").query(Integer.class).single()).isEqualTo(demoValues);
        assertThat(loader.load()).isEqualTo(ids);
        assertThat(jdbc.sql("SELECT count(*) FROM programme").query(Integer.class).single()).isEqualTo(before);
    }
}

package vn.tiendo.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tiendo.TiendoTest;
import vn.tiendo.programmes.ProgrammeService;

/** The cached indicator plan of a programme follows a formula change and a re-import (thay thế). */
@TiendoTest
class ProgrammeIndicatorsTest {

    @Autowired ProgrammeService programmes;
    @Autowired ProgrammeIndicators indicators;
    @Autowired FormulaRepository formulas;
    @Autowired JdbcClient jdbc;

    @Test
    void aFormulaChangeAndAReplacedProgrammeAreSeenAtOnce() {
        long p = programmes.save(LaiChauProgramme.document("PI1-CTr/TU"), null, false);
        IndicatorRow first = indicators.of(p).get(0);
        assertThat(indicators.of(p)).isSameAs(indicators.of(p));   // served from the cache

        FormulaKind other = first.formula() == FormulaKind.MAX ? FormulaKind.MIN : FormulaKind.MAX;
        formulas.define(IndicatorFormula.of(first.id(), other));
        assertThat(indicators.of(p).get(0).formula()).isEqualTo(other);

        // replacing updates the programme in place: the same indicator keeps its formula, the plan is reloaded
        long replaced = programmes.save(LaiChauProgramme.document("PI1-CTr/TU"), null, true);
        assertThat(replaced).isEqualTo(p);
        assertThat(indicators.of(p).get(0).formula()).isEqualTo(other);
        assertThat(indicators.of(p).get(0).id()).isEqualTo(first.id());
    }
}

package vn.tiendo.emulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class EmulationScoreTest {

    static UnitTaskFacts facts(String code, int due, int onTime, int overdue, int timely) {
        return new UnitTaskFacts(code.hashCode(), code, "Xã " + code, 0, due, onTime, overdue, timely);
    }

    @Test
    void theWorkedExampleOfTheDocument() {
        UnitScore s = EmulationScore.score(facts("A", 4, 3, 1, 2), 5, 2, EmulationWeights.DEFAULT);
        // 100 × (0,75×40 + 0,75×20 + 0,5×15 + 0,4×25) / 100 = 62,5
        assertThat(s.score()).isEqualTo(62.5);
        assertThat(s.reasons()).containsExactly(
                "Hoàn thành đúng hạn 3/4 lần thực hiện (75,0 %) × trọng số 40",
                "Quá hạn đến ngày xét 1/4 (điểm 75,0 %) × trọng số 20",
                "Báo cáo đúng hạn 2/4 (50,0 %) × trọng số 15",
                "Chỉ tiêu đạt hoặc đúng tiến độ 2/5 (40,0 %) × trọng số 25",
                "Điểm = 100 × (0,75×40 + 0,75×20 + 0,5×15 + 0,4×25) / 100 = 62,5");
    }

    @Test
    void criteriaThatDoNotApplyAreLeftOutAndTheWeightsRenormalised() {
        UnitScore s = EmulationScore.score(facts("B", 2, 1, 1, 1), null, null, EmulationWeights.DEFAULT);
        assertThat(s.score()).isEqualTo(50.0);
        assertThat(s.indicatorPart()).isNull();
        assertThat(s.reasons().get(s.reasons().size() - 1)).isEqualTo("Điểm = 100 × (0,5×40 + 0,5×20 + 0,5×15) / 75 = 50,0");
        UnitScore none = EmulationScore.score(facts("C", 0, 0, 0, 0), null, null, EmulationWeights.DEFAULT);
        assertThat(none.score()).isNull();
    }

    @Test
    void equalScoresShareARankAndUnscoredUnitsComeLast() {
        List<UnitScore> ranked = EmulationService.rankUnits(List.of(
                EmulationScore.score(facts("C", 0, 0, 0, 0), null, null, EmulationWeights.DEFAULT),
                EmulationScore.score(facts("B", 2, 1, 1, 1), null, null, EmulationWeights.DEFAULT),
                EmulationScore.score(facts("A", 2, 2, 0, 2), null, null, EmulationWeights.DEFAULT),
                EmulationScore.score(facts("D", 4, 2, 2, 2), null, null, EmulationWeights.DEFAULT)));
        assertThat(ranked).extracting(u -> u.facts().unitCode(), UnitScore::rank, UnitScore::score).containsExactly(
                org.assertj.core.groups.Tuple.tuple("A", 1, 100.0), org.assertj.core.groups.Tuple.tuple("B", 2, 50.0),
                org.assertj.core.groups.Tuple.tuple("D", 2, 50.0), org.assertj.core.groups.Tuple.tuple("C", 0, null));
    }

    @Test
    void weightsAreChecked() {
        assertThatThrownBy(() -> new EmulationWeights(0, 0, 0, 0)).hasMessageContaining("ít nhất một trọng số");
        assertThatThrownBy(() -> new EmulationWeights(101, 0, 0, 0)).hasMessageContaining("từ 0 đến 100");
    }
}

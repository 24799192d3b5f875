package vn.tiendo.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class WalPositionTest {

    @Test
    void readsPostgresNotation() {
        assertThat(WalPosition.parse("0/1A3C000")).isEqualTo(0x1A3C000L);
        assertThat(WalPosition.parse("16/B374D848")).isEqualTo((0x16L << 32) | 0xB374D848L);
        assertThat(WalPosition.parse(null)).isZero();
        assertThat(WalPosition.format((0x16L << 32) | 0xB374D848L)).isEqualTo("16/B374D848");
    }

    @Test
    void refusesWhatIsNotAPosition() {
        assertThatThrownBy(() -> WalPosition.parse("1A3C000")).hasMessageContaining("Vị trí WAL không hợp lệ");
        assertThatThrownBy(() -> WalPosition.parse("0/")).hasMessageContaining("Vị trí WAL không hợp lệ");
    }

    @Property
    void formatThenParseIsTheSamePositionAndKeepsOrder(@ForAll @LongRange(min = 0) long a, @ForAll @LongRange(min = 0) long b) {
        assertThat(WalPosition.parse(WalPosition.format(a))).isEqualTo(a);
        assertThat(Long.compare(WalPosition.parse(WalPosition.format(a)), WalPosition.parse(WalPosition.format(b))))
                .isEqualTo(Long.compare(a, b));
    }
}

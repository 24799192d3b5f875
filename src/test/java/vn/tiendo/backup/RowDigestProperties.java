package vn.tiendo.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

/** Table checksums of backups: independent of row order, sensitive to any changed row, format 1 unchanged. */
class RowDigestProperties {

    @Property(tries = 200)
    void format2IsTheSumOfTheRowDigestsModulo2To256(@ForAll @Size(max = 40) List<String> rows) throws Exception {
        BigInteger sum = BigInteger.ZERO;
        for (String r : rows) {
            sum = sum.add(new BigInteger(1, MessageDigest.getInstance("SHA-256").digest(bytes(r))));
        }
        String expected = String.format("%064x", sum.mod(BigInteger.TWO.pow(256)));
        assertThat(digest(2, rows).sha256()).isEqualTo(expected);
        assertThat(digest(2, rows).rows()).isEqualTo(rows.size());
    }

    @Property(tries = 200)
    void bothFormatsIgnoreTheOrderOfRows(@ForAll @Size(max = 40) List<String> rows, @ForAll long seed) {
        List<String> shuffled = new ArrayList<>(rows);
        Collections.shuffle(shuffled, new Random(seed));
        assertThat(digest(2, shuffled)).isEqualTo(digest(2, rows));
        assertThat(digest(1, shuffled)).isEqualTo(digest(1, rows));
    }

    @Property(tries = 200)
    void aChangedOrDuplicatedRowChangesTheChecksum(@ForAll @Size(min = 1, max = 40) List<String> rows) {
        List<String> changed = new ArrayList<>(rows);
        changed.set(0, rows.get(0) + "x");
        assertThat(digest(2, changed).sha256()).isNotEqualTo(digest(2, rows).sha256());
        List<String> duplicated = new ArrayList<>(rows);
        duplicated.add(rows.get(0));
        assertThat(digest(2, duplicated).sha256()).isNotEqualTo(digest(2, rows).sha256());
    }

    @Property(tries = 100)
    void format1IsStillShaOverTheSortedHexDigests(@ForAll @Size(max = 20) List<String> rows) throws Exception {
        List<String> hex = new ArrayList<>();
        for (String r : rows) {
            hex.add(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes(r))));
        }
        Collections.sort(hex);
        MessageDigest all = MessageDigest.getInstance("SHA-256");
        hex.forEach(h -> all.update(h.getBytes(StandardCharsets.US_ASCII)));
        assertThat(digest(1, rows).sha256()).isEqualTo(HexFormat.of().formatHex(all.digest()));
    }

    private static TableSummary digest(int format, List<String> rows) {
        RowDigest d = new RowDigest(format);
        rows.forEach(r -> d.add(bytes(r)));
        return d.summary("t");
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}

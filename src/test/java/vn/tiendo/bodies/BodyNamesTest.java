package vn.tiendo.bodies;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Normalised keys of body names: abbreviations, case, whitespace, old tone marks; idempotent. */
class BodyNamesTest {

    @Test
    void abbreviationsAreExpanded() {
        assertThat(BodyNames.key("UBND tỉnh")).isEqualTo("ủy ban nhân dân tỉnh");
        assertThat(BodyNames.key("  Ủy ban   Nhân dân Tỉnh ")).isEqualTo("ủy ban nhân dân tỉnh");
        assertThat(BodyNames.key("UBKT Tỉnh ủy")).isEqualTo("ủy ban kiểm tra tỉnh ủy");
        assertThat(BodyNames.key("Ủy Ban Kiểm Tra Tỉnh Uỷ")).isEqualTo("ủy ban kiểm tra tỉnh ủy");
        assertThat(BodyNames.key("UKT Đảng ủy")).isEqualTo("ủy ban kiểm tra đảng ủy");
        assertThat(BodyNames.key("Sở GD&ĐT")).isEqualTo("sở giáo dục và đào tạo");
        assertThat(BodyNames.key("Sở Giáo dục & Đào tạo")).isEqualTo("sở giáo dục và đào tạo");
        assertThat(BodyNames.key("Thường trực HĐND tỉnh")).isEqualTo("thường trực hội đồng nhân dân tỉnh");
        assertThat(BodyNames.key("Ủy ban MTTQ Việt Nam tỉnh")).isEqualTo("ủy ban mặt trận tổ quốc việt nam tỉnh");
        assertThat(BodyNames.key("Ban Tuyên giáo và Dân vận TU")).isEqualTo(BodyNames.key("Ban Tuyên giáo và Dân vận Tỉnh ủy"));
        assertThat(BodyNames.key("Đảng ủy các xã,phường.")).isEqualTo("đảng ủy các xã, phường");
    }

    @Test
    void displayNameExpandsAbbreviationsAndKeepsTheRest() {
        assertThat(BodyNames.display("UBKT Tỉnh ủy")).isEqualTo("Ủy ban Kiểm tra Tỉnh ủy");
        assertThat(BodyNames.display("Đảng ủy UBND tỉnh")).isEqualTo("Đảng ủy Ủy ban nhân dân tỉnh");
        assertThat(BodyNames.display("UBND xã")).isEqualTo("Ủy ban nhân dân xã");
        assertThat(BodyNames.display("sở  Tài chính")).isEqualTo("Sở Tài chính");
    }

    @Test
    void collectiveCommunePhrasesAndWellFormedNames() {
        assertThat(BodyNames.eachCommunePrefix("đảng ủy các xã, phường")).isEqualTo("đảng ủy");
        assertThat(BodyNames.eachCommunePrefix(BodyNames.key("UBND các xã"))).isEqualTo("ủy ban nhân dân");
        assertThat(BodyNames.eachCommunePrefix("các xã, phường, đặc khu")).isEmpty();
        assertThat(BodyNames.eachCommunePrefix("các ban đảng tỉnh")).isNull();
        assertThat(BodyNames.wellFormed(BodyNames.key("Sở Giáo dục và Đào tạo"))).isTrue();
        assertThat(BodyNames.wellFormed(BodyNames.key("Ban Tuyên giáo và Dân vận Tỉnh ủy"))).isTrue();
        assertThat(BodyNames.wellFormed(BodyNames.key("Các ban đảng tỉnh"))).isFalse();
        assertThat(BodyNames.wellFormed(BodyNames.key("Đảng ủy có liên quan"))).isFalse();
        assertThat(BodyNames.wellFormed(BodyNames.key("Tổ công tác"))).isFalse();
        assertThat(BodyNames.plain("ủy ban nhân dân xã đồng hới")).isEqualTo("uy ban nhan dan xa dong hoi");
    }

    @Property
    void keyIsIdempotent(@ForAll("names") String name) {
        String once = BodyNames.key(name);
        assertThat(BodyNames.key(once)).isEqualTo(once);
        assertThat(BodyNames.key(BodyNames.display(name))).isEqualTo(once);
    }

    /** Spellings of one name (case, spacing, abbreviation or not, old tone marks) share one key: one name, one alias row. */
    @Property
    void spellingsOfOneNameShareOneKey(@ForAll("names") String name, @ForAll("spelling") Spelling spelling) {
        assertThat(BodyNames.key(spelling.apply(name))).isEqualTo(BodyNames.key(name));
    }

    @Provide
    Arbitrary<String> names() {
        Arbitrary<String> words = Arbitraries.of("UBND", "Ủy ban nhân dân", "UBKT", "ukt", "HĐND", "MTTQ", "TU", "Tỉnh ủy",
                "Sở", "Giáo", "dục", "và", "Đào", "tạo", "GD&ĐT", "&", ",", "các", "xã", "phường", "Uỷ", "hoà", "Đảng",
                "ủy", "Ban", "  ", ".", "Bình", "Lư", "ĐT", "đặc khu", "tu,", "UBND,", "x");
        return words.list().ofMinSize(0).ofMaxSize(8).map(l -> String.join(" ", l));
    }

    /** A change of spelling that keeps the name. */
    interface Spelling {
        String apply(String name);
    }

    @Provide
    Arbitrary<Spelling> spelling() {
        List<Spelling> all = List.of(
                n -> n.toUpperCase(Locale.ROOT),
                n -> "  " + n.replace(" ", "   ") + " ",
                n -> n.replace("Ủy ban nhân dân", "UBND"),
                n -> n.replace("UBND", "Ủy Ban Nhân Dân"),
                n -> n.replace("ủy", "uỷ").replace("Ủy", "Uỷ"),
                n -> n.replace("Tỉnh ủy", "TU"));
        return Combinators.combine(Arbitraries.of(all), Arbitraries.of(all)).as((a, b) -> n -> b.apply(a.apply(n)));
    }
}

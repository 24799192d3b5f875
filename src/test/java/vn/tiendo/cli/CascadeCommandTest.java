package vn.tiendo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tiendo cascade} on seed 000 (Lai Châu 05-CTr/TU) saved under a number of this test's own. */
class CascadeCommandTest {

    private static final String NUMBER = "905-CASCADE/TU";

    @TempDir
    Path dir;

    private MainTest.Run run(String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--data-dir";
        all[args.length + 1] = dir.toString();
        return MainTest.run(all);
    }

    @Test
    void derivesOneThenRefusesTwiceAndOutsideThenAllCommunes() throws Exception {
        MainTest.Run saved = run("import", ImportExportCommandTest.seed("000").toString(), "--number", NUMBER);
        assertThat(saved.code()).as(saved.err()).isZero();

        MainTest.Run one = run("cascade", NUMBER + "@12", "--to", "03463");
        assertThat(one.code()).as(one.err()).isZero();
        assertThat(one.out()).startsWith("Đã tạo dự thảo ").contains(" cho xã 03463: mở /chuong-trinh/");

        MainTest.Run twice = run("cascade", NUMBER + "@12", "--to", "03463");
        assertThat(twice.code()).isEqualTo(1);
        assertThat(twice.err()).startsWith("Lỗi: Xã Tà Tổng đã có kế hoạch tạo từ văn bản " + NUMBER + " (dự thảo, mã ")
                .contains("Mở dự thảo đã có: /chuong-trinh/");

        MainTest.Run outside = run("cascade", NUMBER + "@12", "--to", "24");
        assertThat(outside.code()).isEqualTo(1);
        assertThat(outside.err()).startsWith("Lỗi: Tỉnh Bắc Ninh (mã 24) không phải xã, phường, đặc khu của Tỉnh Lai Châu;");

        MainTest.Run all = run("cascade", NUMBER + "@12", "--all-communes");
        assertThat(all.code()).as(all.err()).isZero();
        assertThat(all.out()).contains("Xã 03463 đã có kế hoạch").endsWith("Đã tạo 37 dự thảo; 1 xã đã có kế hoạch." + System.lineSeparator());
    }
}

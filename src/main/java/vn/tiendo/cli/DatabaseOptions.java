package vn.tiendo.cli;

import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** Options shared by every command that touches data. */
public class DatabaseOptions {

    @Option(names = "--data-dir", paramLabel = "THƯ_MỤC",
            description = "Thư mục dữ liệu của cơ sở dữ liệu nhúng (mặc định ./data hoặc biến TIENDO_DATA_DIR).")
    String dataDir;

    @Option(names = "--db-url", paramLabel = "JDBC_URL",
            description = "PostgreSQL bên ngoài, ví dụ jdbc:postgresql://host:5432/tiendo (hoặc biến TIENDO_DB_URL).")
    String dbUrl;

    @Option(names = "--db-user", paramLabel = "TÊN", description = "Người dùng PostgreSQL (hoặc TIENDO_DB_USER).")
    String dbUser;

    @Option(names = "--db-password", paramLabel = "MẬT_KHẨU", description = "Mật khẩu PostgreSQL (hoặc TIENDO_DB_PASSWORD).")
    String dbPassword;

    /** Spring properties for these options; unset options leave the environment's values in force. */
    Map<String, Object> properties() {
        Map<String, Object> p = new HashMap<>();
        if (dataDir != null) {
            p.put("tiendo.data-dir", dataDir);
        }
        if (dbUrl != null) {
            p.put("tiendo.db.url", dbUrl);
        }
        if (dbUser != null) {
            p.put("tiendo.db.user", dbUser);
        }
        if (dbPassword != null) {
            p.put("tiendo.db.password", dbPassword);
        }
        return p;
    }
}

package vn.tiendo.cli;

import java.net.ConnectException;
import java.sql.SQLException;
import org.springframework.boot.web.server.PortInUseException;
import vn.tiendo.cluster.NodeRefusedException;
import vn.tiendo.storage.DatabaseUnavailableException;

/** Turns a start-up failure into one clear Vietnamese sentence. */
final class StartupFailure {

    private StartupFailure() {
    }

    static String explain(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PortInUseException p) {
                return "Cổng " + p.getPort() + " đang được chương trình khác sử dụng; hãy dừng chương trình đó hoặc chọn cổng khác bằng --port.";
            }
            if (t instanceof NodeRefusedException r) {
                return r.getMessage();
            }
            if (t instanceof DatabaseUnavailableException d) {
                return d.getMessage();
            }
            if (t instanceof ConnectException || t instanceof SQLException && isConnectionProblem((SQLException) t)) {
                return "Không kết nối được tới cơ sở dữ liệu PostgreSQL: " + DatabaseUnavailableException.rootMessage(failure)
                        + ". Hãy kiểm tra TIENDO_DB_URL, TIENDO_DB_USER, TIENDO_DB_PASSWORD.";
            }
        }
        return "Không khởi động được Tiến Độ: " + DatabaseUnavailableException.rootMessage(failure);
    }

    private static boolean isConnectionProblem(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith("08") || state.equals("28P01") || state.equals("3D000"));
    }
}

package vn.tiendo.storage;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * One monitoring connection to a database, opened again after any failure, with short timeouts (connect 1 s,
 * socket 2 s) so that a dead or hung server is noticed within a poll or two and never blocks the monitor long.
 */
final class DatabaseProbe implements AutoCloseable {

    @FunctionalInterface
    interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private final String url;
    private final Properties properties = new Properties();
    private Connection connection;

    DatabaseProbe(String url, String user, String password) {
        this.url = url;
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        properties.setProperty("connectTimeout", "1");
        properties.setProperty("socketTimeout", "2");
        properties.setProperty("loginTimeout", "2");
        properties.setProperty("ApplicationName", "tiendo-monitor");
    }

    /** The first row of the query, read by {@code row}; the connection is dropped when anything fails. */
    synchronized <T> T query(String sql, Row<T> row) throws SQLException {
        try {
            if (connection == null) {
                connection = DriverManager.getConnection(url, properties);
            }
            try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                rs.next();
                return row.read(rs);
            }
        } catch (SQLException | RuntimeException e) {
            close();
            throw e;
        }
    }

    @Override
    public synchronized void close() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // the server is gone anyway
            }
            connection = null;
        }
    }
}

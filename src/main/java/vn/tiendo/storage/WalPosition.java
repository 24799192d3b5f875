package vn.tiendo.storage;

/** PostgreSQL's {@code pg_lsn} ("16/B374D848") as a long (bytes since the start of the WAL), and back. */
public final class WalPosition {

    private WalPosition() {
    }

    public static long parse(String lsn) {
        if (lsn == null) {
            return 0;
        }
        int slash = lsn.indexOf('/');
        if (slash <= 0 || slash == lsn.length() - 1) {
            throw new IllegalArgumentException("Vị trí WAL không hợp lệ: " + lsn);
        }
        return (Long.parseUnsignedLong(lsn.substring(0, slash), 16) << 32) | Long.parseUnsignedLong(lsn.substring(slash + 1), 16);
    }

    public static String format(long position) {
        return Long.toHexString(position >>> 32).toUpperCase() + "/" + Long.toHexString(position & 0xFFFFFFFFL).toUpperCase();
    }
}

package vn.tiendo.programmes;

/**
 * How a person names a stored programme: its id ("17"), its number ("05-CTr/TU"), or its number and the
 * official code of its unit ("05-CTr/TU@12").
 */
public record ProgrammeKey(Long id, String number, String unitCode) {

    public static ProgrammeKey parse(String key) {
        String k = key == null ? "" : key.trim();
        if (k.matches("\\d{1,18}")) {
            return new ProgrammeKey(Long.parseLong(k), null, null);
        }
        int at = k.lastIndexOf('@');
        if (at > 0) {
            return new ProgrammeKey(null, k.substring(0, at), k.substring(at + 1));
        }
        return new ProgrammeKey(null, k, null);
    }

    @Override
    public String toString() {
        return id != null ? id.toString() : unitCode == null ? number : number + "@" + unitCode;
    }
}

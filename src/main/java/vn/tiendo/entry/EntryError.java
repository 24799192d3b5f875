package vn.tiendo.entry;

/** One refused input (lỗi nhập liệu): the field it concerns and a Vietnamese message. */
public record EntryError(Field field, String message) {

    /** The message prefixed with the place: "Dòng 7, cột E: tỉ lệ phải từ 0 đến 100". */
    public String text() {
        return field.label() + ": " + message;
    }
}

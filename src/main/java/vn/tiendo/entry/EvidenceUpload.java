package vn.tiendo.entry;

/** An evidence file as uploaded, before it is checked: the name it came with and its bytes. */
public record EvidenceUpload(String fileName, byte[] content) {

    public EvidenceUpload {
        fileName = fileName == null || fileName.isBlank() ? "tệp không tên" : fileName.strip();
        content = content == null ? new byte[0] : content;
    }
}

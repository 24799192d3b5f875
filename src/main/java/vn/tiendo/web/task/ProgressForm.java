package vn.tiendo.web.task;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.multipart.MultipartFile;
import vn.tiendo.entry.EvidenceUpload;
import vn.tiendo.entry.ExpectedVersion;
import vn.tiendo.entry.OccurrenceProgressInput;

/** The progress form and API fields (status, percent, completedOn, note, version, files) as a service input. */
final class ProgressForm {

    private ProgressForm() {
    }

    static OccurrenceProgressInput input(long occurrenceId, String status, String percent, String completedOn, String note,
                                         String version, List<MultipartFile> files) {
        return new OccurrenceProgressInput(occurrenceId, status, percent, completedOn, note, ExpectedVersion.parse(version),
                uploads(files));
    }

    /** The files sent; the empty part a form sends when no file was chosen is left out. */
    private static List<EvidenceUpload> uploads(List<MultipartFile> files) {
        List<EvidenceUpload> out = new ArrayList<>();
        for (MultipartFile f : files == null ? List.<MultipartFile>of() : files) {
            if (f.isEmpty() && (f.getOriginalFilename() == null || f.getOriginalFilename().isBlank())) {
                continue;
            }
            try {
                out.add(new EvidenceUpload(f.getOriginalFilename(), f.getBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }
}

package vn.tiendo.web.importing;

import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tiendo.programme.ProgrammeDocument;
import vn.tiendo.storage.ImportDraftRepository;
import vn.tiendo.storage.ImportDraftRepository.StaleDraftException;
import vn.tiendo.storage.ProgrammeRepository;

/**
 * Xác nhận bản nháp: saves the reviewed programme and deletes its draft in one transaction, so that a
 * draft is confirmed at most once and a refused save leaves the draft as it was.
 */
@Service
class DraftConfirmation {

    private final ImportDraftRepository drafts;
    private final ProgrammeRepository programmes;

    DraftConfirmation(ImportDraftRepository drafts, ProgrammeRepository programmes) {
        this.drafts = drafts;
        this.programmes = programmes;
    }

    /**
     * @return the id of the saved programme
     * @throws StaleDraftException when the draft changed (or was confirmed) since the officer saw it
     * @throws vn.tiendo.storage.ProgrammeConflictException when the programme cannot be saved
     */
    @Transactional
    public long confirm(UUID draftId, int version, ProgrammeDocument doc, String fileName, boolean replace) {
        if (!drafts.delete(draftId, version)) {
            throw new StaleDraftException("Bản nháp đã thay đổi hoặc đã được xác nhận ở nơi khác; chưa lưu gì."
                    + " Hãy xem lại trang mới nhất rồi xác nhận lại.");
        }
        return programmes.save(doc, fileName, replace);
    }
}

package vn.tiendo.web.importing;

import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tiendo.programme.ProgrammeDocument;
import vn.tiendo.storage.ImportDraftRepository;
import vn.tiendo.storage.ImportDraftRepository.StaleDraftException;
import vn.tiendo.programmes.ProgrammeAmendments;
import vn.tiendo.programmes.ProgrammeService;

/**
 * Xác nhận bản nháp: saves the reviewed programme and deletes its draft in one transaction, so that a
 * draft is confirmed at most once and a refused save leaves the draft as it was.
 */
@Service
class DraftConfirmation {

    private final ImportDraftRepository drafts;
    private final ProgrammeService programmes;
    private final ProgrammeAmendments amendments;

    DraftConfirmation(ImportDraftRepository drafts, ProgrammeService programmes, ProgrammeAmendments amendments) {
        this.drafts = drafts;
        this.programmes = programmes;
        this.amendments = amendments;
    }

    /**
     * @return the id of the saved programme
     * @throws StaleDraftException when the draft changed (or was confirmed) since the officer saw it
     * @param confirmedLosses the {@link vn.tiendo.programmes.ReplacementPlan#lossesKey()} the officer confirmed, or null
     * @throws vn.tiendo.programmes.ProgrammeConflictException when the programme cannot be saved, or replacing
     *         would drop reported data that was not confirmed
     */
    @Transactional
    public long confirm(UUID draftId, int version, ProgrammeDocument doc, String fileName, boolean replace,
                        String confirmedLosses) {
        if (!drafts.delete(draftId, version)) {
            throw new StaleDraftException("Bản nháp đã thay đổi hoặc đã được xác nhận ở nơi khác; chưa lưu gì."
                    + " Hãy xem lại trang mới nhất rồi xác nhận lại.");
        }
        return programmes.save(doc, fileName, replace, confirmedLosses);
    }

    /**
     * Văn bản sửa đổi, bổ sung: applies {@code amended} (the stored programme with the draft's content) as a new version
     * and deletes the draft, in one transaction; returns the version's number.
     *
     * @throws vn.tiendo.programmes.ProgrammeConflictException as {@link ProgrammeAmendments#amend} does
     */
    @Transactional
    public int amend(UUID draftId, int version, ProgrammeDocument amended, ProgrammeAmendments.Amendment amendment,
                     String fileName, String confirmedLosses) {
        deleteDraft(draftId, version);
        return amendments.amend(amended, amendment, fileName, confirmedLosses);
    }

    private void deleteDraft(UUID draftId, int version) {
        if (!drafts.delete(draftId, version)) {
            throw new StaleDraftException("Bản nháp đã thay đổi hoặc đã được xác nhận ở nơi khác; chưa lưu gì."
                    + " Hãy xem lại trang mới nhất rồi xác nhận lại.");
        }
    }
}

package vn.tiendo.dataapproval;

/**
 * What one transition tells whom.
 *
 * @param action      SUBMIT, APPROVE, RETURN, UNLOCK, ACCEPT_MISSING or WITHDRAW_ACCEPT_MISSING (as audited)
 * @param audience    who is told
 * @param unitId      the reporting unit
 * @param parentId    the unit above it (whose approvers are told of a submission); null at the top
 * @param submittedBy the user who last submitted the report (told of what happens to it); null if never submitted
 * @param message     the Vietnamese sentence shown or sent
 * @param link        the report page (/bao-cao/{programme}/{unit}/{period})
 */
public record TransitionNotice(String action, Audience audience, long programmeId, long unitId, Long parentId, String period,
                               String submittedBy, String message, String link) {

    /** Who a transition is for. */
    public enum Audience {
        /** holders of APPROVER on the unit above (or higher) */
        APPROVERS_ABOVE,
        /** reporters and programme owners granted on the unit, and the submitter */
        UNIT_REPORTERS
    }
}

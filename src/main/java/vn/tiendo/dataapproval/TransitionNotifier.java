package vn.tiendo.dataapproval;

/**
 * A channel that tells the other side of a reporting transition (submission → the approvers above; approval, return,
 * unlock, acceptance as missing and its withdrawal → the unit's reporters and the submitter). Every Spring bean
 * implementing it is called for every transition ({@link TransitionNotices}): the in-app channel
 * ({@link InAppNotifier}) and e-mail ({@code reminder.MailTransitionNotifier}, when a mail host is set).
 *
 * <p>Called inside the transition's transaction, after the audit record. A channel that leaves the database (mail)
 * should send after commit (a {@code TransactionSynchronization}) and must not throw: a failed e-mail never undoes a
 * transition.
 */
public interface TransitionNotifier {

    void notify(TransitionNotice notice);
}

package vn.tiendo.audit;

/** Who is making the current change and from where; provided by the security layer (or the command line). */
public interface AuditContext {

    /** Username of the person or process making the change. */
    String actor();

    /** Client address, or null outside a web request. */
    String address();
}

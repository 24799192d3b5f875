/**
 * Tasks (nhiệm vụ) as work that falls due: occurrences planned from a task's time frame, their
 * due state and official status words, and the "6 rõ" check of Kết luận 226-KL/TW. Pure logic:
 * no database and no Spring beans; depends only on {@code vn.tiendo.programme}.
 */
package vn.tiendo.task;

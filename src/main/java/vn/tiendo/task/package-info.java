/**
 * Tasks (nhiệm vụ) as work that falls due: occurrences planned from a task's time frame, their
 * due state and official status words, and the "6 rõ" check of Kết luận 226-KL/TW.
 *
 * <p>The core (OccurrencePlanner, DueRules, SixClearCheck and their records) is pure logic: no
 * database and no Spring; it depends only on {@code vn.tiendo.programme}. {@link vn.tiendo.task.TaskOccurrenceStore}
 * runs the SQL of stored occurrences (table task_occurrence, reports read from task_report) and
 * {@link vn.tiendo.task.TaskOccurrenceService} plans, lists and checks them for the command line and pages.
 */
package vn.tiendo.task;

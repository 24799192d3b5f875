package vn.tiendo.task;

import java.util.List;
import java.util.Map;
import vn.tiendo.programme.Task;

/**
 * One task on the "6 rõ" page: its check and what an officer may fix.
 *
 * @param leadBodyIds   the bodies its lead resolved to (empty when none)
 * @param responsible   people named per lead body id
 * @param accountability the officer's fixes (version 0 when none yet)
 */
public record TaskReview(long taskId, String code, String title, Task task, List<Long> leadBodyIds,
                         Map<Long, String> responsible, Accountability accountability, SixClear check) {
}

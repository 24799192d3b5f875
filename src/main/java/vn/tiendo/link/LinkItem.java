package vn.tiendo.link;

/**
 * One indicator or task of a programme as the proposal sees it.
 *
 * @param group   the section (indicators) or group heading (tasks) it stands under, or null
 * @param unit    the indicator's unit of measure (đơn vị tính), null for tasks
 * @param ordinal position among the programme's items of the same kind, from 0
 */
public record LinkItem(LinkKind kind, String code, String title, String group, String unit, int ordinal) {
}

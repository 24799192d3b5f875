package vn.tiendo.entry;

/** How numbers are written in an input: by people (Vietnamese: 71,9 and 4.700) or by machines (71.9). */
public enum NumberStyle {
    /** web form and Excel text cells: decimal comma, dot as thousands separator (kiểu Việt Nam) */
    VIETNAMESE,
    /** JSON API, DHIS2 dataValueSets and Excel number cells: decimal point, no grouping */
    PLAIN
}

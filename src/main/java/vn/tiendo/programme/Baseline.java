package vn.tiendo.programme;

import java.math.BigDecimal;

/** The starting value of an indicator (kết quả năm gốc, e.g. 2025 ước đạt). */
public record Baseline(int year, String text, BigDecimal value) {
}

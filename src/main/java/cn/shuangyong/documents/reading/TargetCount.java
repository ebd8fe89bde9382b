package cn.shuangyong.documents.reading;

import java.math.BigDecimal;

/** At least {@code min} {@code unit} of {@code what}: 调研报告, 2, 篇. */
public record TargetCount(String what, BigDecimal min, String unit) {
}

package cn.shuangyong.documents.reading;

import java.math.BigDecimal;

/** At least {@code min} {@code unit} of {@code what}: 理论研究成果, 1, 篇. */
public record TargetCount(String what, BigDecimal min, String unit) {
}

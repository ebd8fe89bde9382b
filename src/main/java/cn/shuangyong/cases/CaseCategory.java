package cn.shuangyong.cases;

/** A category of grievance, kept as data (待遇落实, 安置, 医疗, 住房, 历史遗留 and those an office adds). */
public record CaseCategory(String code, String label) {
}

package cn.shuangyong.plans;

/** One unit on one item, with the phrase of the document it was resolved from. */
public record ItemAssignment(long unitId, String unitName, AssignmentRole role, String phrase) {
}

package cn.shuangyong.plans;

/** A plan was published: its items and assignments are final, and tasks may be opened for them. */
public record PlanPublished(long planId, long issuerUnitId, String regionCode) {
}

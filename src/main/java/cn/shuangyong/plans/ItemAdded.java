package cn.shuangyong.plans;

/** An office added an item of its own to a published plan. */
public record ItemAdded(long planId, long itemId) {
}

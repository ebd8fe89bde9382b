package cn.shuangyong.priority;

/** A responsible department's answer to one checklist item for one of its places. */
public record SelfCheckAnswer(long itemId, boolean compliant, String note) {
}

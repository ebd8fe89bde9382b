package cn.shuangyong.notifications;

/** A message's deliveries were queued; sending starts once the transaction that queued them commits. */
public record MessageQueued(long messageId) {
}

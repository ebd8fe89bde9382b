package cn.shuangyong.supervision.targets;

import java.util.Map;

/**
 * A module that counts some targets of plan items from its own records rather than from the figures units type in
 * their reports: publicity counts the works the office accepted. A bean of that module implements this; supervision
 * asks each one when it counts an item's targets, and a target one of them counts takes no typed figure.
 */
public interface TargetTally {

	/** Whether this tally counts the target of this item with this name; a cheap check, asked often. */
	boolean counts(long itemId, String targetName);

	/** The count per unit (unit id → count) of a target this tally {@link #counts}. */
	Map<Long, Integer> count(long itemId, String targetName);

	/** What the task page says about where the count comes from, in Chinese (e.g. 按审核通过的宣传作品统计). */
	String source();
}

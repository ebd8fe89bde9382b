package cn.shuangyong.supervision;

/**
 * Where tasks come from, declared by the module that opens them: a bean of that module implementing this interface.
 * Supervision keeps the code with each task as data, so a new source needs no change here: no enum value, no
 * migration, no bundle key.
 */
public interface TaskSource {

	/** Kept with each task: upper-case letters, digits and underscores, at most 20 characters (e.g. DUAL_LIST). */
	String code();

	/** What the task page shows as its source, in Chinese (e.g. 双拥清单). */
	String label();

	/** The page of the record a task came from, given that record's id (e.g. /dual-lists/entries/7). */
	String href(long sourceId);
}

package cn.shuangyong.supervision.targets;

/**
 * A quantitative target of an item: what is counted (宣传报道), in what measure (篇), how many are required, and
 * whether each prefecture must reach the number on its own (各州市……各不少于1篇).
 */
public record Target(long id, long itemId, String name, String measure, int required, boolean perPrefecture,
		String origin) {

	/** A target as an office writes it, before it is kept. */
	public record Draft(String name, String measure, Integer required, boolean perPrefecture) {

		public Draft {
			name = name == null ? "" : name.strip();
			measure = measure == null ? "" : measure.strip();
		}
	}
}

package cn.shuangyong.shared.web;

import cn.shuangyong.shared.InvalidInputException;

/**
 * The version of a record an API client saw, which a change names so that it never overwrites a change made since:
 * the {@code If-Match} header (an entity tag such as {@code "3"}, weak or strong) or a {@code version} field.
 */
public final class SeenVersion {

	private SeenVersion() {
	}

	/**
	 * The version given, or null when none is (the service then refuses the change). A header that holds no version,
	 * or one that contradicts the field, is refused.
	 */
	public static Integer of(String ifMatch, Integer version) {
		if (ifMatch == null || ifMatch.isBlank()) {
			return version;
		}
		String tag = ifMatch.strip();
		if (tag.startsWith("W/")) {
			tag = tag.substring(2);
		}
		if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
			tag = tag.substring(1, tag.length() - 1);
		}
		int seen;
		try {
			seen = Integer.parseInt(tag);
		}
		catch (NumberFormatException e) {
			throw new InvalidInputException("If-Match 应为记录的版本号，如 \"3\"（读取记录时返回的 version）");
		}
		if (version != null && version != seen) {
			throw new InvalidInputException("If-Match 与 version 给出的版本不一致");
		}
		return seen;
	}
}

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
	 * The version given, which a change must name: without one, a client could overwrite a change it never saw, so
	 * the change is refused with a 400 that says how to name it. {@code record} names the record in the message
	 * (任务, 草稿 …).
	 */
	public static int required(String ifMatch, Integer version, String record) {
		Integer seen = of(ifMatch, version);
		if (seen == null) {
			throw new InvalidInputException("缺少" + record + "的版本号：请带上读取" + record
					+ "时得到的 version（If-Match 头或 version 字段）；在页面上操作时请刷新页面后重试。本次未作任何更改");
		}
		return seen;
	}

	/**
	 * The version given, or null when none is. A header that holds no version, or one that contradicts the field, is
	 * refused.
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

package cn.shuangyong.employment;

import cn.shuangyong.shared.InvalidInputException;

/**
 * The kind of work a spouse wishes for and a post offers. The sources name no list; this one follows the broad
 * groups job fairs sort posts by, and is the platform's own choice.
 */
public enum WorkKind {

	ADMINISTRATION, EDUCATION, HEALTH, FINANCE, TECHNOLOGY, SERVICES, MANUFACTURING, OTHER;

	public String messageKey() {
		return "employment.work." + name();
	}

	static WorkKind parse(String text, String field) {
		try {
			return valueOf(text == null ? "" : text.strip().toUpperCase());
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException(field + "不存在，请从列表中选择");
		}
	}
}

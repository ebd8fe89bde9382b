package cn.shuangyong.employment;

/** How a case ends. */
public enum Outcome {

	/** 安置: hired into a post through a match. */
	PLACED,
	/** 自主就业: found work of their own. */
	SELF_EMPLOYED,
	/** 公益性岗位: a public-welfare post. */
	PUBLIC_WELFARE,
	/** 参加培训: vocational training instead of a job for now. */
	TRAINING;

	/** The outcome's name in Chinese, for the supervision task's report, which speaks Chinese whatever the page's language. */
	public String chinese() {
		return switch (this) {
			case PLACED -> "安置";
			case SELF_EMPLOYED -> "自主就业";
			case PUBLIC_WELFARE -> "公益性岗位";
			case TRAINING -> "参加培训";
		};
	}

	public String messageKey() {
		return "employment.outcome." + name();
	}

	public static Outcome parse(String text) {
		try {
			return valueOf(text == null ? "" : text.strip().toUpperCase());
		}
		catch (IllegalArgumentException e) {
			throw new cn.shuangyong.shared.InvalidInputException(
					"办结方式应为自主就业、公益性岗位或参加培训");
		}
	}
}

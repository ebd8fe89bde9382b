package cn.shuangyong.pensions;

import java.util.Arrays;

import cn.shuangyong.shared.InvalidInputException;

/**
 * The categories paid a periodic amount: 定期抚恤金 for the three kinds of survivors, 定期生活补助 for the others.
 * 农村籍老义务兵 are paid per year served.
 */
public enum PensionCategory {

	MARTYR_FAMILY("烈士遗属", Kind.PERIODIC_PENSION, false),
	DUTY_DEATH_FAMILY("因公牺牲军人遗属", Kind.PERIODIC_PENSION, false),
	ILLNESS_DEATH_FAMILY("病故军人遗属", Kind.PERIODIC_PENSION, false),
	RURAL_DEMOBILISED("在乡复员军人", Kind.LIVING_ALLOWANCE, false),
	ILL_RETURNED_VETERAN("带病回乡退伍军人", Kind.LIVING_ALLOWANCE, false),
	WAR_AND_TEST_VETERAN("参战参试退役人员", Kind.LIVING_ALLOWANCE, false),
	RURAL_OLD_CONSCRIPT("农村籍老义务兵", Kind.LIVING_ALLOWANCE, true);

	/** 定期抚恤金 or 定期生活补助. */
	public enum Kind {

		PERIODIC_PENSION("定期抚恤金"), LIVING_ALLOWANCE("定期生活补助");

		private final String chinese;

		Kind(String chinese) {
			this.chinese = chinese;
		}

		public String chinese() {
			return chinese;
		}
	}

	private final String chinese;

	private final Kind kind;

	private final boolean perYearServed;

	PensionCategory(String chinese, Kind kind, boolean perYearServed) {
		this.chinese = chinese;
		this.kind = kind;
		this.perYearServed = perYearServed;
	}

	public String chinese() {
		return chinese;
	}

	public Kind kind() {
		return kind;
	}

	/** True when the amount is per year served (农村籍老义务兵), not per person. */
	public boolean perYearServed() {
		return perYearServed;
	}

	public static PensionCategory of(String text, String where) {
		String given = text == null ? "" : text.strip();
		return Arrays.stream(values()).filter(c -> c.name().equalsIgnoreCase(given) || c.chinese.equals(given))
			.findFirst()
			.orElseThrow(() -> new InvalidInputException(where + "的类别「" + given + "」不存在：应为 "
					+ String.join("、", Arrays.stream(values()).map(c -> c.name() + "（" + c.chinese + "）").toList())));
	}
}

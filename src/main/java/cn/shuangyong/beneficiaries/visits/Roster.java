package cn.shuangyong.beneficiaries.visits;

import java.util.List;

/**
 * A distribution roster ready to print: who it is for, the rows with masked ID numbers, and the watermark naming who
 * exported it and when (it is an export of personal data).
 */
public record Roster(RosterKind kind, String campaignTitle, String scopeName, List<Row> rows, String watermark) {

	/** One line: the person, what they receive, and empty cells for the signature and date. */
	public record Row(int number, String name, String idMasked, String categories, String place, String gift) {
	}
}

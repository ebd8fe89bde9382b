package cn.shuangyong.pensions.accounts;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import cn.shuangyong.shared.FreeText;
import cn.shuangyong.shared.InvalidInputException;

/** The suspension and resumption a county office enters, each checked whole before anything is written. */
public final class SuspensionCommands {

	private SuspensionCommands() {
	}

	/** A suspension to enter: of which account, from which month, on which decision (its date and what it is). */
	public record Suspend(long accountId, YearMonth from, LocalDate decidedOn, String reason) {

		public static Suspend of(Long accountId, String from, String decidedOn, String reason, LocalDate today) {
			List<String> problems = new ArrayList<>();
			if (accountId == null) {
				problems.add("请选择要暂停发放的抚恤账户");
			}
			YearMonth month = NewAccount.month(from, "暂停起始月份", true, problems);
			LocalDate decided = day(decidedOn, "决定（判决）日期", problems);
			if (decided != null && decided.isAfter(today)) {
				problems.add("决定（判决）日期 " + decided + " 晚于今天，不能登记");
			}
			String text = FreeText.required(reason, "暂停事由（如判决书文号和刑期）", 300, problems);
			if (!problems.isEmpty()) {
				throw new InvalidInputException(problems);
			}
			return new Suspend(accountId, month, decided, text);
		}
	}

	/** A resumption: from which month the account is paid again, why, and whether the suspension is voided. */
	public record Resume(long suspensionId, YearMonth from, String reason, boolean voided, int version) {

		public static Resume of(Long suspensionId, String from, String reason, boolean voided, Integer version) {
			List<String> problems = new ArrayList<>();
			if (suspensionId == null) {
				problems.add("请选择要恢复发放的暂停记录");
			}
			YearMonth month = NewAccount.month(from, "恢复发放月份", true, problems);
			String text = FreeText.required(reason, "恢复事由（如刑满释放证明、撤销判决的文书）", 300, problems);
			if (version == null) {
				problems.add("缺少暂停记录的版本号（version）：请刷新后再提交");
			}
			if (!problems.isEmpty()) {
				throw new InvalidInputException(problems);
			}
			return new Resume(suspensionId, month, text, voided, version);
		}
	}

	private static LocalDate day(String text, String what, List<String> problems) {
		if (text == null || text.isBlank()) {
			problems.add("请填写" + what + "，如 2020-09-15");
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			problems.add(what + "应为日期，如 2020-09-15，「" + text.strip() + "」不符合");
			return null;
		}
	}
}

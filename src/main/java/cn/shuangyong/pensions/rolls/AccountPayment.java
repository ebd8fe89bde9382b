package cn.shuangyong.pensions.rolls;

import java.time.YearMonth;
import java.util.List;

/** One month's payment of an account: the roll's line, the roll's status and the earlier months the line settled. */
public record AccountPayment(long rollId, YearMonth month, RollStatus status, RollLine line,
		List<SettledMonth> settled) {

	public AccountPayment {
		settled = List.copyOf(settled);
	}
}

package cn.shuangyong.accounts;

import java.util.List;

/** The demo accounts as the login page lists them. */
public final class DemoAccountList {

	private DemoAccountList() {
	}

	public static List<Entry> accounts() {
		return DemoAccounts.list().stream().map(a -> new Entry(a.username(), a.who())).toList();
	}

	public record Entry(String username, String who) {
	}
}

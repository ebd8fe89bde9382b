package cn.shuangyong.accounts;

import java.text.Normalizer;
import java.util.Locale;

/** Zhang, zhang, " zhang " and full-width ｚｈａｎｇ are one account: NFKC, trimmed, lower case. */
final class UsernameKey {

	private UsernameKey() {
	}

	static String of(String username) {
		if (username == null) {
			return "";
		}
		return Normalizer.normalize(username, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
	}
}

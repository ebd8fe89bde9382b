package cn.shuangyong.accounts;

import java.text.Normalizer;
import java.util.Locale;

/** Zhang, zhang, " zhang " and full-width ｚｈａｎｇ are one account: NFKC, trimmed, lower case. */
final class UsernameKey {

	private UsernameKey() {
	}

	static String of(String username) {
		return normalized(username).toLowerCase(Locale.ROOT);
	}

	/** The name as it is kept and shown: full-width letters and digits as ordinary ones, no surrounding blanks. */
	static String normalized(String username) {
		if (username == null) {
			return "";
		}
		return Normalizer.normalize(username, Normalizer.Form.NFKC).strip();
	}
}

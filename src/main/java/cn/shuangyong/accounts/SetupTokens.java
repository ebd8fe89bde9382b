package cn.shuangyong.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The setup tokens: 32 random bytes, handed out once in clear and kept only as their SHA-256 hash. A token is good
 * until it expires or any token is redeemed, whichever comes first.
 */
@Component
class SetupTokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	SetupTokens(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A new token, valid for the given time; the clear text is returned here and nowhere kept. */
	String issue(Instant now, Duration validity) {
		byte[] random = new byte[32];
		RANDOM.nextBytes(random);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		jdbc.sql("insert into accounts.setup_token (token_hash, issued_at, expires_at) values (:hash, :now, :until)")
			.param("hash", hash(token)).param("now", Timestamp.from(now)).param("until", Timestamp.from(now.plus(validity)))
			.update();
		return token;
	}

	/**
	 * Uses the token up, with every other open one, if it is open and unexpired; false otherwise, changing nothing.
	 * The open tokens are locked first, so of two redemptions at once the second finds none open.
	 */
	boolean redeem(String token, Instant now) {
		if (token == null || token.isBlank()) {
			return false;
		}
		List<String> open = jdbc.sql("""
				select token_hash from accounts.setup_token where used_at is null and expires_at > :now for update""")
			.param("now", Timestamp.from(now)).query(String.class).list();
		byte[] given = hash(token.strip()).getBytes(StandardCharsets.US_ASCII);
		boolean matches = open.stream()
			.anyMatch(kept -> MessageDigest.isEqual(kept.getBytes(StandardCharsets.US_ASCII), given));
		if (matches) {
			jdbc.sql("update accounts.setup_token set used_at = :now where used_at is null")
				.param("now", Timestamp.from(now)).update();
		}
		return matches;
	}

	static String hash(String token) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
		}
	}
}

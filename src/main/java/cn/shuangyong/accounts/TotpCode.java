package cn.shuangyong.accounts;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.OptionalLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238, HMAC-SHA1, 30-second steps, 6 digits), the second factor of the
 * administrator roles. One step either side is accepted for clock drift. A code is good once: the caller records the
 * step it matched and refuses that step and any earlier one afterwards (RFC 6238 §5.2).
 */
final class TotpCode {

	private static final int STEP_SECONDS = 30;

	private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

	private TotpCode() {
	}

	/** What an authenticator app reads (as text or QR code) to enrol the account's secret. */
	static String enrolmentUri(String username, String base32Secret) {
		return "otpauth://totp/shuangyong:" + username + "?secret=" + base32Secret + "&issuer=shuangyong&digits=6&period="
				+ STEP_SECONDS;
	}

	static String newSecret() {
		byte[] bytes = new byte[20];
		new SecureRandom().nextBytes(bytes);
		StringBuilder out = new StringBuilder();
		int buffer = 0, bits = 0;
		for (byte b : bytes) {
			buffer = (buffer << 8) | (b & 0xff);
			bits += 8;
			while (bits >= 5) {
				out.append(BASE32.charAt((buffer >> (bits - 5)) & 31));
				bits -= 5;
			}
		}
		return out.toString();
	}

	static boolean verify(String base32Secret, String code, Instant now) {
		return matchingStep(base32Secret, code, now).isPresent();
	}

	/** The time step whose code this is, within one step of now; empty for a wrong or malformed code. */
	static OptionalLong matchingStep(String base32Secret, String code, Instant now) {
		if (code == null || !code.strip().matches("\\d{6}")) {
			return OptionalLong.empty();
		}
		long step = now.getEpochSecond() / STEP_SECONDS;
		for (long s = step - 1; s <= step + 1; s++) {
			if (generate(decode(base32Secret), s, 6).equals(code.strip())) {
				return OptionalLong.of(s);
			}
		}
		return OptionalLong.empty();
	}

	static String at(String base32Secret, Instant time) {
		return generate(decode(base32Secret), time.getEpochSecond() / STEP_SECONDS, 6);
	}

	static String generate(byte[] key, long step, int digits) {
		try {
			Mac mac = Mac.getInstance("HmacSHA1");
			mac.init(new SecretKeySpec(key, "HmacSHA1"));
			byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
			int offset = hash[hash.length - 1] & 0x0f;
			int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
					| ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
			int otp = binary % (int) Math.pow(10, digits);
			return String.format("%0" + digits + "d", otp);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("HmacSHA1 不可用", e);
		}
	}

	static byte[] decode(String base32) {
		String clean = base32.replace("=", "").toUpperCase();
		ByteBuffer out = ByteBuffer.allocate(clean.length() * 5 / 8);
		int buffer = 0, bits = 0;
		for (char c : clean.toCharArray()) {
			int value = BASE32.indexOf(c);
			if (value < 0) {
				throw new IllegalArgumentException("动态口令密钥格式错误");
			}
			buffer = (buffer << 5) | value;
			bits += 5;
			if (bits >= 8) {
				out.put((byte) (buffer >> (bits - 8)));
				bits -= 8;
			}
		}
		return out.array();
	}
}

package cn.shuangyong.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;

import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * Each entry's seal is HMAC-SM3, under a key kept outside the database, over the previous seal and the entry's
 * canonical form: changing or removing any entry breaks every seal after it, and someone who can write to the
 * database cannot compute a new one (等保 安全审计: 对审计记录进行保护). Entries from before the chain was keyed are
 * sealed with plain SM3 ({@code key == null}).
 */
final class AuditChain {

	/** What the first entry links to; also the head of an empty log. */
	static final String GENESIS = "0".repeat(64);

	private AuditChain() {
	}

	static String hash(byte[] key, String previousHash, Instant occurredAt, AuditEntry e) {
		String canonical = String.join("\u001f", previousHash, occurredAt.toString(), e.actor(), str(e.actorUnit()),
				str(e.actorRegion()), str(e.sourceIp()), e.eventType(), str(e.objectType()), str(e.objectId()),
				e.outcome().name(), str(e.detail()));
		byte[] input = canonical.getBytes(StandardCharsets.UTF_8);
		return HexFormat.of().formatHex(key == null ? sm3Bytes(input) : hmacSm3(key, input));
	}

	static byte[] sm3Bytes(byte[] input) {
		SM3Digest digest = new SM3Digest();
		digest.update(input, 0, input.length);
		byte[] out = new byte[digest.getDigestSize()];
		digest.doFinal(out, 0);
		return out;
	}

	private static byte[] hmacSm3(byte[] key, byte[] input) {
		HMac mac = new HMac(new SM3Digest());
		mac.init(new KeyParameter(key));
		mac.update(input, 0, input.length);
		byte[] out = new byte[mac.getMacSize()];
		mac.doFinal(out, 0);
		return out;
	}

	private static String str(Object value) {
		return value == null ? "" : value.toString();
	}
}

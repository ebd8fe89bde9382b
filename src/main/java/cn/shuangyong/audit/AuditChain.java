package cn.shuangyong.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;

import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * Each entry's hash is SM3 over the previous hash and the entry's canonical form, so changing or removing any entry
 * breaks every hash after it (等保 安全审计: 对审计记录进行保护).
 */
final class AuditChain {

	/** What the first entry links to; also the head of an empty log. */
	static final String GENESIS = "0".repeat(64);

	private AuditChain() {
	}

	static String hash(String previousHash, Instant occurredAt, AuditEntry e) {
		String canonical = String.join("\u001f", previousHash, occurredAt.toString(), e.actor(), str(e.actorUnit()),
				str(e.actorRegion()), str(e.sourceIp()), e.eventType(), str(e.objectType()), str(e.objectId()),
				e.outcome().name(), str(e.detail()));
		return sm3(canonical);
	}

	static String sm3(String text) {
		byte[] input = text.getBytes(StandardCharsets.UTF_8);
		SM3Digest digest = new SM3Digest();
		digest.update(input, 0, input.length);
		byte[] out = new byte[digest.getDigestSize()];
		digest.doFinal(out, 0);
		return HexFormat.of().formatHex(out);
	}

	private static String str(Object value) {
		return value == null ? "" : value.toString();
	}
}

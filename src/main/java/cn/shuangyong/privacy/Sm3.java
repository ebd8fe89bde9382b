package cn.shuangyong.privacy;

import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;

/** SM3 (GB/T 32905-2016), the 256-bit hash of the 商用密码 suite, and HMAC over it (RFC 2104 construction). */
final class Sm3 {

	private Sm3() {
	}

	static byte[] digest(byte[] data) {
		SM3Digest digest = new SM3Digest();
		digest.update(data, 0, data.length);
		byte[] out = new byte[digest.getDigestSize()];
		digest.doFinal(out, 0);
		return out;
	}

	static byte[] hmac(byte[] key, byte[] data) {
		return hmac(keyedHmac(key), data);
	}

	/** An HMAC-SM3 keyed once, for {@link #hmac(HMac, byte[])} on one thread. */
	static HMac keyedHmac(byte[] key) {
		HMac mac = new HMac(new SM3Digest());
		mac.init(new KeyParameter(key));
		return mac;
	}

	/** The HMAC of {@code data}; the MAC is back in its keyed state afterwards. */
	static byte[] hmac(HMac mac, byte[] data) {
		mac.update(data, 0, data.length);
		byte[] out = new byte[mac.getMacSize()];
		mac.doFinal(out, 0);
		return out;
	}
}

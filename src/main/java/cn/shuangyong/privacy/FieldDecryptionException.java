package cn.shuangyong.privacy;

/**
 * A stored value that cannot be read back: not in the stored format, under a key that is not configured, or failing
 * the GCM check because it was changed or belongs to another record or field. Never carries the plaintext.
 */
public class FieldDecryptionException extends RuntimeException {

	public FieldDecryptionException(String message) {
		super(message);
	}
}

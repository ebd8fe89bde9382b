package cn.shuangyong.shared;

/**
 * The platform refuses to start: a key it needs is not configured, and outside demo mode there is no development key
 * to fall back on. The message names the key and its settings, in Chinese.
 */
public class KeysMissingException extends IllegalStateException {

	public KeysMissingException(String message) {
		super(message);
	}
}

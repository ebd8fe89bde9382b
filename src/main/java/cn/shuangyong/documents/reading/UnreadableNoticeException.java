package cn.shuangyong.documents.reading;

/**
 * The file cannot be read as a notice. The message says in Chinese what is wrong, for the person who uploaded it;
 * the reason lets a caller choose its answer (a web layer: 413 for {@link Reason#TOO_LARGE}, 415 for a wrong type).
 */
public class UnreadableNoticeException extends RuntimeException {

	/** Why a file was refused. */
	public enum Reason {
		NOT_FOUND, EMPTY, TOO_LARGE, BINARY, UNKNOWN_ENCODING, UNSUPPORTED_FORMAT, DAMAGED, ENCRYPTED, NO_TEXT,
		ARCHIVE_BOMB
	}

	private final Reason reason;

	public UnreadableNoticeException(Reason reason, String message) {
		super(message);
		this.reason = reason;
	}

	public UnreadableNoticeException(Reason reason, String message, Throwable cause) {
		super(message, cause);
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}
}

package cn.shuangyong.beneficiaries.importing;

/**
 * A file that cannot be imported at all, whatever its rows hold: wrong type, damaged, protected, too big, without the
 * columns an import needs. The message is a Chinese sentence naming what is wrong; the status is what the API answers.
 */
public class ImportFileException extends RuntimeException {

	/** The HTTP statuses these answers use. */
	public enum Kind {

		/** 400: readable, but not as an import needs it (headings, encoding, row cap, password). */
		INVALID(400),
		/** 413: over the size limit. */
		TOO_LARGE(413),
		/** 415: the content is not the type its name says or not a type the import reads. */
		UNSUPPORTED_TYPE(415),
		/** 422: damaged or hostile (zip bomb, truncated archive, DTD). */
		UNPROCESSABLE(422);

		private final int status;

		Kind(int status) {
			this.status = status;
		}

		public int status() {
			return status;
		}
	}

	private final Kind kind;

	public ImportFileException(Kind kind, String message) {
		super(message);
		this.kind = kind;
	}

	public Kind kind() {
		return kind;
	}
}

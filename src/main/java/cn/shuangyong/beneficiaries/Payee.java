package cn.shuangyong.beneficiaries;

/**
 * A person as a bank's payment file names them: the name and the plaintext bank account (null when none is
 * recorded). Given only by {@link Disclosure#payees}, which needs the export permission and records the act; its
 * {@code toString()} keeps both values out of logs.
 */
public record Payee(long personId, String name, String bankAccount) {

	@Override
	public String toString() {
		return "Payee[" + personId + "]";
	}
}

package cn.shuangyong.beneficiaries;

/** The fields kept encrypted, each with its column and the label pages and audit entries use. */
public enum PersonalField {

	ID_NUMBER("id", "公民身份号码"), PHONE("phone", "联系电话"), ADDRESS("address", "现住址"), BANK_ACCOUNT("bank", "银行账号");

	private final String column;

	private final String label;

	PersonalField(String column, String label) {
		this.column = column;
		this.label = label;
	}

	/** The column holding the ciphertext. */
	String cipherColumn() {
		return column + "_cipher";
	}

	/** The encryption context: table, row and field, so a ciphertext moved elsewhere does not decrypt. */
	public String context(long personId) {
		return "beneficiaries.person:" + personId + ":" + name().toLowerCase();
	}

	public String label() {
		return label;
	}
}

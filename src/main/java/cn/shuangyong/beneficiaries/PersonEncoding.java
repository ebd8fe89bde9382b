package cn.shuangyong.beneficiaries;

import java.text.Normalizer;
import java.util.regex.Pattern;

import cn.shuangyong.privacy.FieldCipher;
import cn.shuangyong.privacy.IdNumber;
import cn.shuangyong.privacy.LookupHash;
import cn.shuangyong.privacy.Masking;
import cn.shuangyong.privacy.PhoneNumber;
import org.springframework.stereotype.Component;

/**
 * How a person's personal data is written into {@code beneficiaries.person}, the one rule every writer follows (the
 * single-person form, the bulk import, later corrections), so that any of them can read what another wrote:
 * <ul>
 * <li>ID number, phone, address and bank account are encrypted with {@link FieldCipher} under the context
 * {@code beneficiaries.person:<person id>:<column>}, the column being {@code id_number}, {@code phone},
 * {@code address} or {@code bank_account}: a value copied to another row or column then fails to decrypt;</li>
 * <li>each has a masked copy made by {@link Masking} for lists;</li>
 * <li>the ID number is found through {@link LookupHash} of its normalised 18 characters ({@link IdNumber#value()});
 * a household is keyed by the same hash of its head's number;</li>
 * <li>the name is shown as entered (trimmed) and matched by {@link #nameKey}: NFKC, one kind of middle dot, no
 * spaces (security requirements §3 #23: 阿依古丽·买买提 written with • or ・ is the same name).</li>
 * </ul>
 */
@Component
public final class PersonEncoding {

	public static final String TABLE = "beneficiaries.person";

	/** The middle dots people type between the parts of a minority or foreign name. */
	private static final Pattern MIDDLE_DOTS = Pattern.compile("[\\u00B7\\u2022\\u30FB\\uFF65\\u2027\\u2219\\u22C5]");

	private static final Pattern SPACES = Pattern.compile("[\\s\\u3000]+");

	private final FieldCipher cipher;

	private final LookupHash lookup;

	PersonEncoding(FieldCipher cipher, LookupHash lookup) {
		this.cipher = cipher;
		this.lookup = lookup;
	}

	/** Factory for code that builds its own cipher and hash, such as tests and command-line tools. */
	public static PersonEncoding of(FieldCipher cipher, LookupHash lookup) {
		return new PersonEncoding(cipher, lookup);
	}

	public static String context(long personId, Column column) {
		return TABLE + ":" + personId + ":" + column.contextName();
	}

	public String idLookup(IdNumber id) {
		return lookup.of(id.value());
	}

	/** The key of the household whose head has this number: the head's own lookup hash. */
	public String householdKey(IdNumber head) {
		return idLookup(head);
	}

	public Encoded idNumber(long personId, IdNumber id) {
		return new Encoded(cipher.encrypt(id.value(), context(personId, Column.ID_NUMBER)), Masking.idNumber(id.value()));
	}

	public Encoded phone(long personId, PhoneNumber phone) {
		return phone == null ? Encoded.NONE
				: new Encoded(cipher.encrypt(phone.value(), context(personId, Column.PHONE)), Masking.phone(phone.value()));
	}

	public Encoded address(long personId, String address) {
		return address == null || address.isBlank() ? Encoded.NONE
				: new Encoded(cipher.encrypt(address.strip(), context(personId, Column.ADDRESS)), Masking.address(address));
	}

	public Encoded bankAccount(long personId, String account) {
		return account == null || account.isBlank() ? Encoded.NONE
				: new Encoded(cipher.encrypt(account.strip(), context(personId, Column.BANK_ACCOUNT)),
						Masking.bankAccount(account));
	}

	public String decrypt(long personId, Column column, String stored) {
		return cipher.decrypt(stored, context(personId, column));
	}

	/** The name as shown: trimmed, otherwise as entered. */
	public static String displayName(String name) {
		return name == null ? null : name.strip();
	}

	/** The name as matched: NFKC, one middle dot, no spaces. */
	public static String nameKey(String name) {
		String text = Normalizer.normalize(name.strip(), Normalizer.Form.NFKC);
		return SPACES.matcher(MIDDLE_DOTS.matcher(text).replaceAll("·")).replaceAll("");
	}

	/** The encrypted columns, each with the name its encryption context uses. */
	public enum Column {

		ID_NUMBER("id_number"), PHONE("phone"), ADDRESS("address"), BANK_ACCOUNT("bank_account");

		private final String contextName;

		Column(String contextName) {
			this.contextName = contextName;
		}

		public String contextName() {
			return contextName;
		}
	}

	/** A stored value and its mask; both null when there is no value. */
	public record Encoded(String cipher, String masked) {

		static final Encoded NONE = new Encoded(null, null);
	}
}

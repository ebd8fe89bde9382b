package cn.shuangyong.modelcity;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The kinds of evidence file accepted, decided by content, never by the name: a renamed .exe is refused, and a .docx
 * is a zip holding {@code word/document.xml}, an .xlsx one holding {@code xl/workbook.xml}.
 */
public enum EvidenceType {

	PDF("application/pdf", "pdf"), DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"), JPG("image/jpeg", "jpg"),
	PNG("image/png", "png");

	private static final byte[] PDF_MAGIC = { '%', 'P', 'D', 'F', '-' };

	private static final byte[] JPG_MAGIC = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private static final byte[] PNG_MAGIC = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	private static final byte[] ZIP_MAGIC = { 'P', 'K', 3, 4 };

	/** More entries than any real office file has: beyond this the zip is refused unread (ASVS 5.2.3). */
	private static final int MAX_ZIP_ENTRIES = 2000;

	private final String mediaType;

	private final String extension;

	EvidenceType(String mediaType, String extension) {
		this.mediaType = mediaType;
		this.extension = extension;
	}

	public String mediaType() {
		return mediaType;
	}

	public String extension() {
		return extension;
	}

	static Optional<EvidenceType> of(byte[] content) {
		if (starts(content, PDF_MAGIC)) {
			return Optional.of(PDF);
		}
		if (starts(content, JPG_MAGIC)) {
			return Optional.of(JPG);
		}
		if (starts(content, PNG_MAGIC)) {
			return Optional.of(PNG);
		}
		if (starts(content, ZIP_MAGIC)) {
			return officeZip(content);
		}
		return Optional.empty();
	}

	private static Optional<EvidenceType> officeZip(byte[] content) {
		boolean word = false;
		boolean excel = false;
		boolean types = false;
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			ZipEntry entry;
			int count = 0;
			while ((entry = zip.getNextEntry()) != null) {
				if (++count > MAX_ZIP_ENTRIES || entry.getName().contains("..")) {
					return Optional.empty();
				}
				types |= entry.getName().equals("[Content_Types].xml");
				word |= entry.getName().equals("word/document.xml");
				excel |= entry.getName().equals("xl/workbook.xml");
			}
		}
		catch (IOException | IllegalArgumentException e) {
			return Optional.empty();
		}
		if (types && word) {
			return Optional.of(DOCX);
		}
		return types && excel ? Optional.of(XLSX) : Optional.empty();
	}

	private static boolean starts(byte[] content, byte[] magic) {
		return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
	}
}

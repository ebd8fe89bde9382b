package cn.shuangyong.supervision.attachments;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The file types a report may carry, told by their content: PDF by its header, JPEG and PNG by their signatures,
 * and .docx and .xlsx as ZIP packages holding a Word document or an Excel workbook. An extension alone proves
 * nothing: a program renamed report.pdf is not a PDF.
 */
public enum AttachmentKind {

	PDF("pdf", "application/pdf"),
	DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
	XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
	JPG("jpg", "image/jpeg"),
	PNG("png", "image/png");

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

	private static final int MAX_ENTRIES_READ = 2000;

	private final String extension;

	private final String mediaType;

	AttachmentKind(String extension, String mediaType) {
		this.extension = extension;
		this.mediaType = mediaType;
	}

	public String mediaType() {
		return mediaType;
	}

	/** The kind a file name claims by its extension (.jpeg counts as .jpg). */
	static Optional<AttachmentKind> claimedBy(String fileName) {
		int dot = fileName.lastIndexOf('.');
		String ext = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
		String wanted = "jpeg".equals(ext) ? "jpg" : ext;
		return Arrays.stream(values()).filter(k -> k.extension.equals(wanted)).findFirst();
	}

	/** The kind the bytes really are, if one of ours. */
	static Optional<AttachmentKind> of(byte[] content) {
		if (startsWith(content, "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
			return Optional.of(PDF);
		}
		if (startsWith(content, PNG_SIGNATURE)) {
			return Optional.of(PNG);
		}
		if (startsWith(content, new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff })) {
			return Optional.of(JPG);
		}
		if (startsWith(content, new byte[] { 'P', 'K', 3, 4 })) {
			return officePackage(content);
		}
		return Optional.empty();
	}

	private static Optional<AttachmentKind> officePackage(byte[] content) {
		boolean types = false;
		AttachmentKind kind = null;
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			ZipEntry entry;
			int read = 0;
			while ((entry = zip.getNextEntry()) != null && read++ < MAX_ENTRIES_READ) {
				String name = entry.getName();
				types |= "[Content_Types].xml".equals(name);
				if ("word/document.xml".equals(name)) {
					kind = DOCX;
				}
				else if ("xl/workbook.xml".equals(name)) {
					kind = XLSX;
				}
			}
		}
		catch (IOException | IllegalArgumentException e) {
			return Optional.empty();
		}
		return types ? Optional.ofNullable(kind) : Optional.empty();
	}

	private static boolean startsWith(byte[] content, byte[] prefix) {
		return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
	}
}

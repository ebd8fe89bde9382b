package cn.shuangyong.shared.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import cn.shuangyong.shared.InvalidInputException;

/**
 * The kinds of office file and photo a record may carry, told by their content: PDF by its header, JPEG and PNG by
 * their signatures, .docx and .xlsx as ZIP packages holding a Word document or an Excel workbook (ASVS 5.2.2). A file
 * whose name claims another kind than its content is refused: a program renamed 证明.pdf is not a PDF.
 */
public enum FileKind {

	PDF("pdf", "application/pdf"),
	DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
	XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
	JPG("jpg", "image/jpeg"),
	PNG("png", "image/png");

	/** The kinds a photo may be. */
	public static final Set<FileKind> PHOTOS = Set.of(JPG, PNG);

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

	/** More entries than any real office file has: beyond this the package is refused unread (ASVS 5.2.3). */
	private static final int MAX_ENTRIES_READ = 2000;

	private final String extension;

	private final String mediaType;

	FileKind(String extension, String mediaType) {
		this.extension = extension;
		this.mediaType = mediaType;
	}

	public String extension() {
		return extension;
	}

	public String mediaType() {
		return mediaType;
	}

	/**
	 * The kind of an uploaded file among those allowed, checked by its content and against what its name claims;
	 * refused with a Chinese message naming the field and the file.
	 *
	 * @param field the field named in the message (照片, 案件材料)
	 * @param name the cleaned name the user gave
	 */
	public static FileKind check(String field, String name, byte[] content, Set<FileKind> allowed) {
		String allowedText = String.join("、", allowed.stream().sorted().map(k -> k.extension.toUpperCase(Locale.ROOT)).toList());
		if (content == null || content.length == 0) {
			throw new InvalidInputException(field + "：文件“" + name + "”是空的");
		}
		FileKind kind = of(content).filter(allowed::contains).orElseThrow(() -> new InvalidInputException(
				field + "：文件“" + name + "”不是 " + allowedText + " 文件（按文件内容判断，而非文件名）"));
		Optional<FileKind> claimed = claimedBy(name);
		if (claimed.isEmpty() || claimed.get() != kind) {
			throw new InvalidInputException(field + "：文件“" + name + "”的扩展名与其内容（" + kind.extension.toUpperCase(Locale.ROOT)
					+ "）不符");
		}
		return kind;
	}

	/** The kind a file name claims by its extension (.jpeg counts as .jpg). */
	public static Optional<FileKind> claimedBy(String fileName) {
		int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
		String ext = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
		String wanted = "jpeg".equals(ext) ? "jpg" : ext;
		return Arrays.stream(values()).filter(k -> k.extension.equals(wanted)).findFirst();
	}

	/** The kind the bytes really are, if one of ours. */
	public static Optional<FileKind> of(byte[] content) {
		if (startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
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

	private static Optional<FileKind> officePackage(byte[] content) {
		boolean types = false;
		FileKind kind = null;
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			ZipEntry entry;
			int read = 0;
			while ((entry = zip.getNextEntry()) != null) {
				if (++read > MAX_ENTRIES_READ) {
					return Optional.empty();
				}
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

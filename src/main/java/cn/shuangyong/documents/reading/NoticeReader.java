package cn.shuangyong.documents.reading;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import cn.shuangyong.documents.reading.UnreadableNoticeException.Reason;

/**
 * Reads a notice (.txt, .md, .docx, .doc, a PDF with text, or a task table in .xlsx or .xls) into a
 * {@link NoticeDraft}. The file's kind is taken
 * from its content; its name only names it in messages and catches a file whose content is not what its name
 * promises. Files over the size limit are refused before they are read.
 */
public final class NoticeReader {

	/** The upload limit for documents (security-and-reliability G4): 20 MB. */
	public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

	private static final Set<String> BINARY_EXTENSIONS = Set.of("pdf", "docx", "doc", "xlsx", "xls");
	private static final Set<String> WORD_EXTENSIONS = Set.of("docx", "doc", "wps");

	/**
	 * The names a notice comes under: text, Word, WPS and PDF (and RTF, which gets its own advice). A file named for
	 * something else (bad.exe) is refused even when its content reads as text: an office keeps what it uploads, and a
	 * program's name on a stored notice misleads whoever opens it later. A name without an extension is read by content.
	 */
	private static final Set<String> NOTICE_EXTENSIONS = Set.of("txt", "text", "md", "docx", "doc", "wps", "pdf", "rtf",
			"xlsx", "xls", "et", "");

	private final long maxBytes;

	public NoticeReader() {
		this(DEFAULT_MAX_BYTES);
	}

	public NoticeReader(long maxBytes) {
		if (maxBytes <= 0) {
			throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
		}
		this.maxBytes = maxBytes;
	}

	public NoticeDraft read(Path file) {
		String name = "「" + file.getFileName() + "」";
		try {
			if (!Files.isRegularFile(file)) {
				throw new UnreadableNoticeException(Reason.NOT_FOUND, "找不到文件" + name + "，或它不是一个文件");
			}
			checkSize(Files.size(file), name);
			return read(file.getFileName().toString(), Files.readAllBytes(file));
		}
		catch (NoSuchFileException e) {
			throw new UnreadableNoticeException(Reason.NOT_FOUND, "找不到文件" + name, e);
		}
		catch (IOException e) {
			throw new UnreadableNoticeException(Reason.DAMAGED, "无法读取文件" + name + "：" + e.getMessage(), e);
		}
	}

	public NoticeDraft read(String fileName, byte[] content) {
		return readText(extractText(fileName, content));
	}

	/** The text of a notice file, as the review page shows it beside the draft. */
	public String extractText(String fileName, byte[] content) {
		Objects.requireNonNull(content, "content");
		String name = "「" + (fileName == null || fileName.isBlank() ? "文件" : fileName) + "」";
		if (content.length == 0) {
			throw new UnreadableNoticeException(Reason.EMPTY, name + " 是空文件（0 字节），没有可读取的内容");
		}
		checkSize(content.length, name);
		String text = text(fileName, content, name);
		if (text.isBlank()) {
			throw new UnreadableNoticeException(Reason.EMPTY, name + " 中没有文字内容");
		}
		return text;
	}

	/** Reads the structure of a notice's text. */
	public NoticeDraft readText(String text) {
		return NoticeStructure.read(text);
	}

	/** The quantitative targets one item's text states, read as an item of a notice is read. */
	public List<QuantitativeTarget> readTargets(String itemText) {
		return itemText == null ? List.of() : Targets.find(itemText);
	}

	private static String text(String fileName, byte[] content, String name) {
		NoticeFormat format = NoticeFormat.of(content);
		String extension = extension(fileName);
		if (!NOTICE_EXTENSIONS.contains(extension)) {
			throw new UnreadableNoticeException(Reason.UNSUPPORTED_FORMAT, name + " 不是通知文件：只能上传 .docx、.doc、.wps、.pdf、"
					+ ".xlsx、.xls、.txt 或 .md 格式的通知，未保存任何内容");
		}
		if (format == NoticeFormat.TEXT && BINARY_EXTENSIONS.contains(extension)) {
			throw new UnreadableNoticeException(Reason.UNSUPPORTED_FORMAT,
					name + " 的扩展名是 ." + extension + "，但内容不是 " + extension.toUpperCase(Locale.ROOT) + " 文档");
		}
		if ((format == NoticeFormat.XLSX || format == NoticeFormat.XLS) && WORD_EXTENSIONS.contains(extension)) {
			// A workbook named as a Word file is refused as Word refuses it: the name promised a notice's text.
			format = format == NoticeFormat.XLSX ? NoticeFormat.DOCX : NoticeFormat.DOC;
		}
		return switch (format) {
			case TEXT -> TextDecoding.decode(content);
			case DOCX -> DocxText.read(content, name);
			case DOC -> DocText.read(content, name);
			case PDF -> PdfText.read(content, name);
			case XLSX, XLS -> SheetText.read(content, name);
			case RTF -> throw new UnreadableNoticeException(Reason.UNSUPPORTED_FORMAT,
					name + " 是 RTF 格式，请在 Word 或 WPS 中另存为 .docx 后再上传");
		};
	}

	private void checkSize(long size, String name) {
		if (size > maxBytes) {
			throw new UnreadableNoticeException(Reason.TOO_LARGE,
					name + " 太大（" + megabytes(size) + "），超过了 " + megabytes(maxBytes) + " 的上限");
		}
	}

	private static String megabytes(long bytes) {
		return String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
	}

	private static String extension(String fileName) {
		if (fileName == null) {
			return "";
		}
		int dot = fileName.lastIndexOf('.');
		return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
	}
}

package cn.shuangyong.documents.reading;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import cn.shuangyong.documents.reading.UnreadableNoticeException.Reason;

/**
 * Reads a notice (.txt, .md, .docx, .doc, a PDF, a task table in .xlsx or .xls, or a scanned page in .png or .jpg)
 * into a {@link NoticeDraft}. A PDF without a text layer and a page image are read by OCR ({@link ScanText}); their
 * draft says so and names the units read from words OCR was unsure of. The file's kind is taken
 * from its content; its name only names it in messages and catches a file whose content is not what its name
 * promises. Files over the size limit are refused before they are read.
 */
public final class NoticeReader {

	/** The upload limit for documents (security-and-reliability G4): 20 MB. */
	public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

	private static final Set<String> BINARY_EXTENSIONS = Set.of("pdf", "docx", "doc", "xlsx", "xls", "png", "jpg",
			"jpeg");
	private static final Set<String> IMAGE_EXTENSIONS = Set.of("png", "jpg", "jpeg", "");
	private static final Set<String> WORD_EXTENSIONS = Set.of("docx", "doc", "wps");

	/**
	 * The names a notice comes under: text, Word, WPS and PDF (and RTF, which gets its own advice). A file named for
	 * something else (bad.exe) is refused even when its content reads as text: an office keeps what it uploads, and a
	 * program's name on a stored notice misleads whoever opens it later. A name without an extension is read by content.
	 */
	private static final Set<String> NOTICE_EXTENSIONS = Set.of("txt", "text", "md", "docx", "doc", "wps", "pdf", "rtf",
			"xlsx", "xls", "et", "png", "jpg", "jpeg", "");

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
		SourceText source = source(fileName, content);
		NoticeDraft draft = readText(source.text());
		return source.ocr() == null ? draft : draft.withScan(scanReading(source, draft));
	}

	/** The text of a notice file, as the review page shows it beside the draft (for a scan, what OCR read). */
	public String extractText(String fileName, byte[] content) {
		return source(fileName, content).text();
	}

	private SourceText source(String fileName, byte[] content) {
		Objects.requireNonNull(content, "content");
		String name = "「" + (fileName == null || fileName.isBlank() ? "文件" : fileName) + "」";
		if (content.length == 0) {
			throw new UnreadableNoticeException(Reason.EMPTY, name + " 是空文件（0 字节），没有可读取的内容");
		}
		checkSize(content.length, name);
		SourceText source = text(fileName, content, name);
		if (source.text().isBlank()) {
			throw new UnreadableNoticeException(Reason.EMPTY, name + " 中没有文字内容");
		}
		return source;
	}

	/** A unit phrase is uncertain where some place the OCR text holds it overlaps a word read with low confidence. */
	private static ScanReading scanReading(SourceText source, NoticeDraft draft) {
		Set<String> uncertain = new LinkedHashSet<>();
		for (WorkItemDraft item : draft.items()) {
			for (String unit : Stream.concat(item.leads().stream(), item.cooperators().stream()).toList()) {
				String text = source.text();
				for (int at = unit.isEmpty() ? -1 : text.indexOf(unit); at >= 0; at = text.indexOf(unit, at + 1)) {
					if (source.ocr().uncertain(at, at + unit.length())) {
						uncertain.add(unit);
						break;
					}
				}
			}
		}
		return new ScanReading(ScanReading.OCR, source.ocr().pages(), source.ocr().meanConfidence(),
				List.copyOf(uncertain));
	}

	/** Reads the structure of a notice's text. */
	public NoticeDraft readText(String text) {
		return NoticeStructure.read(text);
	}

	/** The quantitative targets one item's text states, read as an item of a notice is read. */
	public List<QuantitativeTarget> readTargets(String itemText) {
		return itemText == null ? List.of() : Targets.find(itemText);
	}

	private static SourceText text(String fileName, byte[] content, String name) {
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
		if (format == NoticeFormat.IMAGE && !IMAGE_EXTENSIONS.contains(extension)) {
			throw new UnreadableNoticeException(Reason.UNSUPPORTED_FORMAT,
					name + " 的扩展名是 ." + extension + "，但内容是图片；扫描页请以 .png 或 .jpg 上传");
		}
		if ((format == NoticeFormat.XLSX || format == NoticeFormat.XLS) && WORD_EXTENSIONS.contains(extension)) {
			// A workbook named as a Word file is refused as Word refuses it: the name promised a notice's text.
			format = format == NoticeFormat.XLSX ? NoticeFormat.DOCX : NoticeFormat.DOC;
		}
		return switch (format) {
			case TEXT -> SourceText.of(TextDecoding.decode(content));
			case DOCX -> SourceText.of(DocxText.read(content, name));
			case DOC -> SourceText.of(DocText.read(content, name));
			case PDF -> PdfText.readOrScan(content, name);
			case XLSX, XLS -> SourceText.of(SheetText.read(content, name));
			case IMAGE -> scannedPage(content, name);
			case RTF -> throw new UnreadableNoticeException(Reason.UNSUPPORTED_FORMAT,
					name + " 是 RTF 格式，请在 Word 或 WPS 中另存为 .docx 后再上传");
		};
	}

	private static SourceText scannedPage(byte[] content, String name) {
		ScanText.Ocr ocr = ScanText.readImage(content, name);
		if (!PdfText.hasText(ocr.text())) {
			throw new UnreadableNoticeException(Reason.NO_TEXT, name + " 是图片，文字识别（OCR）未读出文字："
					+ "页面可能是空白、照片或方向不对，请上传文字版或清晰、端正的扫描件");
		}
		return SourceText.scanned(ocr);
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

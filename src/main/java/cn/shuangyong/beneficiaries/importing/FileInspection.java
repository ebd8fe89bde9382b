package cn.shuangyong.beneficiaries.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Decides what a file is from its content and checks that its name says the same (security requirements V5 5.2.2,
 * §3 #17): an .xlsx is a zip holding a workbook, an .xls an OLE2 container holding one, a .csv text. Before anything is
 * inflated, a zip's directory is checked for too many entries, entries leaving the archive and a declared size beyond
 * any sheet (5.2.3, §3 #13–14); the inflation itself is guarded again by POI while reading.
 */
final class FileInspection {

	static final int MAX_ZIP_ENTRIES = 1_000;

	static final long MAX_UNPACKED_BYTES = 2L * 1024 * 1024 * 1024;

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
			(byte) 0xE1 };

	private FileInspection() {
	}

	/** The format of the file, when its content is one the import reads and its name agrees. */
	static ImportFormat inspect(Path file, String fileName) throws IOException {
		long size = Files.size(file);
		if (size == 0) {
			throw new ImportFileException(ImportFileException.Kind.INVALID, "上传的文件是空的（0 字节）");
		}
		byte[] head = new byte[8];
		try (InputStream in = Files.newInputStream(file)) {
			in.readNBytes(head, 0, head.length);
		}
		ImportFormat claimed = ImportFormat.ofFileName(fileName);
		ImportFormat actual = startsWith(head, ZIP) ? zip(file) : startsWith(head, OLE2) ? ole2(file) : text(head);
		if (claimed == null) {
			throw new ImportFileException(ImportFileException.Kind.UNSUPPORTED_TYPE,
					"只能导入 .xlsx、.xls 或 .csv 文件，文件名“" + fileName + "”不是这几种");
		}
		if (claimed != actual) {
			throw new ImportFileException(ImportFileException.Kind.UNSUPPORTED_TYPE, "文件扩展名是 " + claimed.extension()
					+ "，但内容是" + actual.label() + "：请按实际格式改正扩展名，或在 Excel 中另存为" + claimed.label() + "后再上传");
		}
		return actual;
	}

	private static ImportFormat zip(Path file) throws IOException {
		boolean workbook = false;
		boolean word = false;
		long unpacked = 0;
		int entries = 0;
		try (ZipFile zip = new ZipFile(file.toFile())) {
			for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements();) {
				ZipEntry entry = e.nextElement();
				if (++entries > MAX_ZIP_ENTRIES) {
					throw new ImportFileException(ImportFileException.Kind.UNPROCESSABLE,
							"文件异常：压缩包内的文件超过 " + MAX_ZIP_ENTRIES + " 个，不是正常的 Excel 工作簿");
				}
				String name = entry.getName();
				if (name.contains("..") || name.startsWith("/") || name.contains("\\")) {
					throw new ImportFileException(ImportFileException.Kind.UNPROCESSABLE,
							"文件异常：压缩包内有指向包外的路径，已拒绝读取");
				}
				unpacked += Math.max(0, entry.getSize());
				workbook |= name.equals("xl/workbook.xml") || name.equals("xl/workbook.bin");
				word |= name.startsWith("word/");
			}
		}
		catch (ZipException e) {
			throw new ImportFileException(ImportFileException.Kind.UNPROCESSABLE,
					"文件已损坏或不完整（压缩包无法打开），无法作为 Excel 工作簿读取：请重新保存后再上传");
		}
		if (unpacked > MAX_UNPACKED_BYTES) {
			throw ZipTrouble.describe(new IOException("Zip bomb detected! declared size"));
		}
		if (word) {
			throw new ImportFileException(ImportFileException.Kind.UNSUPPORTED_TYPE,
					"文件内容是 Word 文档，不是 Excel 工作簿：请上传 .xlsx、.xls 或 .csv 表格");
		}
		if (!workbook) {
			throw new ImportFileException(ImportFileException.Kind.UNSUPPORTED_TYPE,
					"文件是压缩包，但其中没有 Excel 工作簿：请上传 .xlsx、.xls 或 .csv 表格");
		}
		return ImportFormat.XLSX;
	}

	/** An OLE2 container: an .xls workbook, a password-protected .xlsx (EncryptedPackage) or something else. */
	private static ImportFormat ole2(Path file) throws IOException {
		try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
			var root = fs.getRoot();
			if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
				throw Protection.refused();
			}
			if (root.hasEntry("Workbook") || root.hasEntry("Book")) {
				return ImportFormat.XLS;
			}
			if (root.hasEntry("WordDocument")) {
				throw new ImportFileException(ImportFileException.Kind.UNSUPPORTED_TYPE,
						"文件内容是 Word 97-2003 文档（.doc），不是 Excel 工作簿：请上传 .xlsx、.xls 或 .csv 表格");
			}
		}
		catch (ImportFileException e) {
			throw e;
		}
		catch (IOException | RuntimeException e) {
			throw new ImportFileException(ImportFileException.Kind.UNPROCESSABLE,
					"文件已损坏或不完整，无法作为 Excel 97-2003 工作簿（.xls）读取");
		}
		throw new ImportFileException(ImportFileException.Kind.UNSUPPORTED_TYPE,
				"文件是 Office 97-2003 格式，但不是 Excel 工作簿：请上传 .xlsx、.xls 或 .csv 表格");
	}

	/** Anything else must be text; well-known binary signatures are named. */
	private static ImportFormat text(byte[] head) {
		String kind = startsWith(head, new byte[] { '%', 'P', 'D', 'F' }) ? "PDF 文档"
				: startsWith(head, new byte[] { 0x7F, 'E', 'L', 'F' }) ? "可执行程序（ELF）"
				: startsWith(head, new byte[] { 'M', 'Z' }) ? "可执行程序（EXE）"
				: startsWith(head, new byte[] { (byte) 0x89, 'P', 'N', 'G' }) ? "PNG 图片"
				: startsWith(head, new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }) ? "JPEG 图片"
				: startsWith(head, new byte[] { 0x1F, (byte) 0x8B }) ? "gzip 压缩包"
				: startsWith(head, new byte[] { 'R', 'a', 'r', '!' }) ? "RAR 压缩包"
				: startsWith(head, new byte[] { '7', 'z', (byte) 0xBC, (byte) 0xAF }) ? "7z 压缩包" : null;
		if (kind != null) {
			throw new ImportFileException(ImportFileException.Kind.UNSUPPORTED_TYPE,
					"文件内容是" + kind + "，不是表格：请上传 .xlsx、.xls 或 .csv 文件");
		}
		return ImportFormat.CSV;
	}

	private static boolean startsWith(byte[] head, byte[] signature) {
		if (head.length < signature.length) {
			return false;
		}
		for (int i = 0; i < signature.length; i++) {
			if (head[i] != signature[i]) {
				return false;
			}
		}
		return true;
	}

	/** The rows of a file of a known format. */
	static RowStream rows(Path file, ImportFormat format) throws IOException {
		return switch (format) {
			case XLSX -> new XlsxRows(file);
			case XLS -> new XlsRows(file);
			case CSV -> new CsvRows(file, CsvEncoding.of(file));
		};
	}
}

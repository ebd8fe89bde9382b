package cn.shuangyong.documents.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.shuangyong.documents.reading.UnreadableNoticeException.Reason;

/** Files that are not notices are refused, each with a Chinese message that names the file and what is wrong. */
class BadInputTest {

	private final NoticeReader reader = new NoticeReader();

	@Test
	void refusesAnEmptyFile() {
		assertRefused("通知.docx", new byte[0], Reason.EMPTY, "「通知.docx」", "空文件");
	}

	@Test
	void refusesATextFileWithNothingButWhitespace() {
		assertRefused("通知.txt", " \n\u3000\r\n".getBytes(StandardCharsets.UTF_8), Reason.EMPTY, "没有文字内容");
	}

	@Test
	void refusesAFileNamedForAProgramEvenWhenItsContentIsText() {
		byte[] text = "关于做好2021年双拥工作的通知\n一、加强组织领导\n".getBytes(StandardCharsets.UTF_8);
		assertRefused("bad.exe", text, Reason.UNSUPPORTED_FORMAT, "「bad.exe」", "不是通知文件", ".docx");
		assertThat(reader.extractText("通知.TXT", text)).contains("加强组织领导");
	}

	@Test
	void refusesBinaryData() {
		byte[] noise = new byte[4096];
		new Random(7).nextBytes(noise);
		noise[0] = 'x';

		assertRefused("通知.txt", noise, Reason.BINARY, "二进制");
	}

	@Test
	void refusesTextInAnEncodingItCannotRecognise() {
		byte[] latin = { 'a', (byte) 0x80, 'b', (byte) 0xFF, 'c' };

		assertRefused("通知.txt", latin, Reason.UNKNOWN_ENCODING, "编码");
	}

	@Test
	void refusesAPdfThatNeedsAPassword() throws IOException {
		assertRefused("加密.pdf", encryptedPdf(), Reason.ENCRYPTED, "「加密.pdf」", "加密", "密码");
	}

	@Test
	void refusesAPdfWithImagesButNoText() throws IOException {
		assertRefused("扫描件.pdf", imageOnlyPdf(), Reason.NO_TEXT, "扫描件", "文字识别");
	}

	@Test
	void refusesADocxZipBombBeforeInflatingIt() throws IOException {
		assertRefused("炸弹.docx", zipBomb(), Reason.ARCHIVE_BOMB, "「炸弹.docx」", "压缩炸弹");
	}

	/** Security doc §3, #44: the reader's own message, not POI's RecordFormatException, and nothing allocated. */
	@Test
	void refusesADocxWhoseEntryDeclaresAGibibyte() throws IOException {
		assertRefused("巨大.docx", declaringAGibibyte(), Reason.ARCHIVE_BOMB, "「巨大.docx」", "压缩炸弹");
	}

	@Test
	void refusesADocxWhoseXmlDeclaresEntitiesWithoutExpandingThem() throws IOException {
		String laughs = "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY a \"哈哈哈哈哈哈哈哈\">"
				+ "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\">"
				+ "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;\">]>"
				+ "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r>"
				+ "<w:t>&e;&e;&e;&e;&e;&e;&e;&e;</w:t></w:r></w:p></w:body></w:document>";

		String plain = "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
				+ "<w:body><w:p><w:r><w:t>2021年某县双拥工作要点</w:t></w:r></w:p></w:body></w:document>";

		assertThat(reader.read("对照.docx", withDocumentPart(plain)).plan().title()).isEqualTo("2021年某县双拥工作要点");
		assertRefused("实体.docx", withDocumentPart(laughs), Reason.DAMAGED, "「实体.docx」", "不是有效的 Word");
	}

	@Test
	void refusesAFileOverTheConfiguredSizeLimit() {
		NoticeReader small = new NoticeReader(1024 * 1024);

		assertThatThrownBy(() -> small.read("大文件.txt", new byte[1024 * 1024 + 1]))
			.isInstanceOfSatisfying(UnreadableNoticeException.class, e -> {
				assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
				assertThat(e.getMessage()).contains("「大文件.txt」", "太大", "1.0 MB 的上限");
			});
	}

	@Test
	void refusesAFileOverTwentyMegabytesWithoutReadingIt(@TempDir Path folder) throws IOException {
		Path file = folder.resolve("超大.pdf");
		try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
			sparse.setLength(NoticeReader.DEFAULT_MAX_BYTES + 1);
		}

		assertThatThrownBy(() -> reader.read(file)).isInstanceOfSatisfying(UnreadableNoticeException.class, e -> {
			assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
			assertThat(e.getMessage()).contains("20.0 MB 的上限");
		});
	}

	@Test
	void refusesAFileThatIsNotThere(@TempDir Path folder) {
		assertThatThrownBy(() -> reader.read(folder.resolve("没有.docx")))
			.isInstanceOfSatisfying(UnreadableNoticeException.class, e -> {
				assertThat(e.reason()).isEqualTo(Reason.NOT_FOUND);
				assertThat(e.getMessage()).contains("找不到文件", "没有.docx");
			});
	}

	@Test
	void refusesAPdfNameOnContentThatIsNoPdf() {
		assertRefused("通知.pdf", "<html><body>通知</body></html>".getBytes(StandardCharsets.UTF_8),
				Reason.UNSUPPORTED_FORMAT, "扩展名是 .pdf", "不是 PDF");
	}

	@Test
	void refusesAZipThatIsNoWordDocument() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("readme.txt"));
			zip.write("not a document".getBytes(StandardCharsets.UTF_8));
		}

		assertRefused("通知.docx", out.toByteArray(), Reason.DAMAGED, "不是有效的 Word");
	}

	@Test
	void refusesAnExcelWorkbookNamedAsADoc() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (HSSFWorkbook workbook = new HSSFWorkbook()) {
			workbook.createSheet("任务").createRow(0).createCell(0).setCellValue("牵头单位");
			workbook.write(out);
		}

		assertRefused("通知.doc", out.toByteArray(), Reason.UNSUPPORTED_FORMAT, "不是 Word 文档");
	}

	@Test
	void refusesAPasswordProtectedDocx() throws Exception {
		assertRefused("加密.docx", encryptedDocx(), Reason.ENCRYPTED, "已加密", "密码");
	}

	@Test
	void refusesRtfWithAdviceToSaveAsDocx() {
		assertRefused("通知.rtf", "{\\rtf1\\ansi 通知}".getBytes(StandardCharsets.UTF_8), Reason.UNSUPPORTED_FORMAT,
				"RTF", ".docx");
	}

	private void assertRefused(String name, byte[] content, Reason reason, String... messageParts) {
		assertThatThrownBy(() -> reader.read(name, content)).isInstanceOfSatisfying(UnreadableNoticeException.class,
				e -> {
					assertThat(e.reason()).isEqualTo(reason);
					assertThat(e.getMessage()).contains(messageParts);
				});
	}

	private static byte[] encryptedPdf() throws IOException {
		try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage();
			pdf.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
				content.newLineAtOffset(72, 700);
				content.showText("Notice on the 2021 work points");
				content.endText();
			}
			StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret",
					new AccessPermission());
			policy.setEncryptionKeyLength(128);
			pdf.protect(policy);
			pdf.save(out);
			return out.toByteArray();
		}
	}

	private static byte[] imageOnlyPdf() throws IOException {
		try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage();
			pdf.addPage(page);
			BufferedImage scan = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
			scan.getGraphics().drawLine(10, 10, 190, 90);
			PDImageXObject image = LosslessFactory.createFromImage(pdf, scan);
			try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
				content.drawImage(image, 72, 500);
			}
			pdf.save(out);
			return out.toByteArray();
		}
	}

	/** A .docx whose document part is 100 MB of spaces deflated to about 100 KB: far below POI's 1% ratio. */
	private static byte[] zipBomb() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
					+ "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
					+ "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")
				.getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			zip.write("<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
				.getBytes(StandardCharsets.UTF_8));
			byte[] spaces = new byte[1024 * 1024];
			Arrays.fill(spaces, (byte) ' ');
			for (int i = 0; i < 100; i++) {
				zip.write(spaces);
			}
			zip.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
		}
		return out.toByteArray();
	}

	/**
	 * A small .docx whose document part is stored (not deflated) and whose local header then claims 1 GiB: a reader
	 * that trusts the declared size would allocate it.
	 */
	private static byte[] declaringAGibibyte() throws IOException {
		byte[] docx = withDocumentPart("<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body/></w:document>");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
				ZipOutputStream zip = new ZipOutputStream(out)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				byte[] data = in.readAllBytes();
				ZipEntry stored = new ZipEntry(entry.getName());
				stored.setMethod(ZipEntry.STORED);
				stored.setSize(data.length);
				java.util.zip.CRC32 crc = new java.util.zip.CRC32();
				crc.update(data);
				stored.setCrc(crc.getValue());
				zip.putNextEntry(stored);
				zip.write(data);
			}
		}
		byte[] bytes = out.toByteArray();
		byte[] name = "word/document.xml".getBytes(StandardCharsets.UTF_8);
		for (int at = 0; at + 30 < bytes.length; at++) {
			// a local file header (PK\3\4) of the document part: its uncompressed size at offset 22 becomes 2^30
			if (bytes[at] == 'P' && bytes[at + 1] == 'K' && bytes[at + 2] == 3 && bytes[at + 3] == 4
					&& Arrays.equals(Arrays.copyOfRange(bytes, at + 30, at + 30 + name.length), name)) {
				bytes[at + 22] = 0;
				bytes[at + 23] = 0;
				bytes[at + 24] = 0;
				bytes[at + 25] = 0x40;
			}
		}
		return bytes;
	}

	/** A .docx made by POI whose word/document.xml is replaced by {@code xml}. */
	private static byte[] withDocumentPart(String xml) throws IOException {
		ByteArrayOutputStream original = new ByteArrayOutputStream();
		try (XWPFDocument document = new XWPFDocument()) {
			document.createParagraph().createRun().setText("通知");
			document.write(original);
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(original.toByteArray()));
				ZipOutputStream zip = new ZipOutputStream(out)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				zip.putNextEntry(new ZipEntry(entry.getName()));
				zip.write(entry.getName().equals("word/document.xml") ? xml.getBytes(StandardCharsets.UTF_8) : in.readAllBytes());
			}
		}
		return out.toByteArray();
	}

	private static byte[] encryptedDocx() throws Exception {
		POIFSFileSystem container = new POIFSFileSystem();
		Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
		encryptor.confirmPassword("secret");
		try (OPCPackage docx = OPCPackage.open(new ByteArrayInputStream(SeedDocx.build()));
				OutputStream encrypted = encryptor.getDataStream(container)) {
			docx.save(encrypted);
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		container.writeFilesystem(out);
		container.close();
		return out.toByteArray();
	}
}

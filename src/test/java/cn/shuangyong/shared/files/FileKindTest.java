package cn.shuangyong.shared.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import cn.shuangyong.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A file is what its content says, and its name must say the same. */
class FileKindTest {

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0 };

	private static final byte[] JPG = { (byte) 0xff, (byte) 0xd8, (byte) 0xff, 0 };

	@Test
	void aPhotoIsAJpgOrAPngByItsContentAndItsName() {
		assertThat(FileKind.check("照片", "窗口.PNG", PNG, FileKind.PHOTOS)).isEqualTo(FileKind.PNG);
		assertThat(FileKind.check("照片", "窗口.jpeg", JPG, FileKind.PHOTOS)).isEqualTo(FileKind.JPG);
		assertThatThrownBy(() -> FileKind.check("照片", "窗口.png", "%PDF-1.4".getBytes(), FileKind.PHOTOS))
			.isInstanceOf(InvalidInputException.class).hasMessage("照片：文件“窗口.png”不是 JPG、PNG 文件（按文件内容判断，而非文件名）");
		assertThatThrownBy(() -> FileKind.check("照片", "窗口.jpg", PNG, FileKind.PHOTOS))
			.hasMessage("照片：文件“窗口.jpg”的扩展名与其内容（PNG）不符");
		assertThatThrownBy(() -> FileKind.check("照片", "空.png", new byte[0], FileKind.PHOTOS)).hasMessageContaining("是空的");
	}

	@Test
	void anOfficeFileIsAZipHoldingItsDocumentAndAnythingElseIsRefused() throws IOException {
		Set<FileKind> all = Set.of(FileKind.values());
		assertThat(FileKind.check("材料", "答复.docx", zip("[Content_Types].xml", "word/document.xml"), all))
			.isEqualTo(FileKind.DOCX);
		assertThat(FileKind.check("材料", "台账.xlsx", zip("[Content_Types].xml", "xl/workbook.xml"), all))
			.isEqualTo(FileKind.XLSX);
		assertThatThrownBy(() -> FileKind.check("材料", "答复.docx", zip("evil.exe"), all)).hasMessageContaining("不是");
		assertThatThrownBy(() -> FileKind.check("材料", "程序.pdf", "MZ\u0090".getBytes(), all)).hasMessageContaining("不是");
		assertThatThrownBy(() -> FileKind.check("材料", "答复", "%PDF-1.7".getBytes(), all))
			.hasMessageContaining("扩展名与其内容（PDF）不符");
	}

	private static byte[] zip(String... names) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (String name : names) {
				zip.putNextEntry(new ZipEntry(name));
				zip.write(1);
				zip.closeEntry();
			}
		}
		return bytes.toByteArray();
	}
}

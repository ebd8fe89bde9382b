package cn.shuangyong.shared.files;

import org.junit.jupiter.api.Test;
import cn.shuangyong.supervision.Files;

import static org.assertj.core.api.Assertions.assertThat;

/** File types are told by content, not by name. */
class FileKindContentTest {

	@Test
	void tellsEachAllowedKindByItsContent() {
		assertThat(FileKind.of(Files.pdf())).contains(FileKind.PDF);
		assertThat(FileKind.of(Files.png())).contains(FileKind.PNG);
		assertThat(FileKind.of(new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0 }))
			.contains(FileKind.JPG);
		assertThat(FileKind.of(Files.office("word/document.xml"))).contains(FileKind.DOCX);
		assertThat(FileKind.of(Files.office("xl/workbook.xml"))).contains(FileKind.XLSX);
	}

	@Test
	void knowsNoProgramsAndNoPlainZips() {
		assertThat(FileKind.of(Files.exe())).isEmpty();
		assertThat(FileKind.of(Files.office("payload.bin"))).isEmpty();
		assertThat(FileKind.of(new byte[0])).isEmpty();
	}

	@Test
	void readsTheClaimedKindFromTheExtensionOnly() {
		assertThat(FileKind.claimedBy("总结.PDF")).contains(FileKind.PDF);
		assertThat(FileKind.claimedBy("照片.jpeg")).contains(FileKind.JPG);
		assertThat(FileKind.claimedBy("报表.xls")).isEmpty();
		assertThat(FileKind.claimedBy("setup.pdf.exe")).isEmpty();
	}
}

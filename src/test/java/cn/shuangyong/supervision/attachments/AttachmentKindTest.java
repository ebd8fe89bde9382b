package cn.shuangyong.supervision.attachments;

import org.junit.jupiter.api.Test;
import cn.shuangyong.supervision.Files;

import static org.assertj.core.api.Assertions.assertThat;

/** File types are told by content, not by name. */
class AttachmentKindTest {

	@Test
	void tellsEachAllowedKindByItsContent() {
		assertThat(AttachmentKind.of(Files.pdf())).contains(AttachmentKind.PDF);
		assertThat(AttachmentKind.of(Files.png())).contains(AttachmentKind.PNG);
		assertThat(AttachmentKind.of(new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0 }))
			.contains(AttachmentKind.JPG);
		assertThat(AttachmentKind.of(Files.office("word/document.xml"))).contains(AttachmentKind.DOCX);
		assertThat(AttachmentKind.of(Files.office("xl/workbook.xml"))).contains(AttachmentKind.XLSX);
	}

	@Test
	void knowsNoProgramsAndNoPlainZips() {
		assertThat(AttachmentKind.of(Files.exe())).isEmpty();
		assertThat(AttachmentKind.of(Files.office("payload.bin"))).isEmpty();
		assertThat(AttachmentKind.of(new byte[0])).isEmpty();
	}

	@Test
	void readsTheClaimedKindFromTheExtensionOnly() {
		assertThat(AttachmentKind.claimedBy("总结.PDF")).contains(AttachmentKind.PDF);
		assertThat(AttachmentKind.claimedBy("照片.jpeg")).contains(AttachmentKind.JPG);
		assertThat(AttachmentKind.claimedBy("报表.xls")).isEmpty();
		assertThat(AttachmentKind.claimedBy("setup.pdf.exe")).isEmpty();
	}
}

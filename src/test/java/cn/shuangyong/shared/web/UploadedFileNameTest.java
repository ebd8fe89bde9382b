package cn.shuangyong.shared.web;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

import static org.assertj.core.api.Assertions.assertThat;

/** Uploaded names are kept as the person sees them, never as a disguise (security doc §3, #19, #20, #39 and #41). */
class UploadedFileNameTest {

	@Test
	void removesDirectionControlsSoThatTheRealExtensionShows() {
		assertThat(UploadedFileName.clean("报告\u202efdp.exe.pdf")).isEqualTo("报告fdp.exe.pdf");
		assertThat(UploadedFileName.clean("\u202b报告\u2066exe.\u2069pdf\u200f")).isEqualTo("报告exe.pdf");
	}

	@Test
	void removesEveryInvisibleFormatCharacter() {
		assertThat(UploadedFileName.clean("总\u200b结\u200d.\u2060docx\ufeff")).isEqualTo("总结.docx");
		assertThat(UploadedFileName.clean("总结\u00ad\u061c.pdf")).isEqualTo("总结.pdf");
	}

	@Test
	void removesNulAndOtherControlCharacters() {
		assertThat(UploadedFileName.clean("a.txt\0.exe")).isEqualTo("a.txt.exe");
		assertThat(UploadedFileName.clean("年度\r\n总结\t.pdf\u0085")).isEqualTo("年度总结.pdf");
		assertThat(UploadedFileName.clean("半个\ud83d字.pdf")).isEqualTo("半个字.pdf");
	}

	@Test
	void dropsTheFoldersABrowserSendsAlong() {
		assertThat(UploadedFileName.clean("C:\\Users\\张三\\总结.pdf")).isEqualTo("总结.pdf");
		assertThat(UploadedFileName.clean("../../etc/passwd.pdf")).isEqualTo("passwd.pdf");
		assertThat(UploadedFileName.clean("..\u202e/..\\win.ini")).isEqualTo("win.ini");
	}

	@Test
	void removesQuotesAndTheCharactersWindowsForbids() {
		assertThat(UploadedFileName.clean("\"关于\"<通知>|:*?.docx")).isEqualTo("关于通知.docx");
	}

	@Test
	void keepsRareCharactersAndTheExtensionOfAnOverlongName() {
		assertThat(UploadedFileName.clean(" 𠮷田的报告（一）.pdf ")).isEqualTo("𠮷田的报告（一）.pdf");
		String name = UploadedFileName.clean("𠮷".repeat(300) + ".pdf");
		assertThat(name.codePointCount(0, name.length())).isEqualTo(UploadedFileName.MAX_LENGTH);
		assertThat(name).endsWith("𠮷.pdf");
	}

	@Test
	void anUploadWithoutANameHasAnEmptyOne() {
		assertThat(UploadedFileName.clean(null)).isEmpty();
		assertThat(UploadedFileName.of(new MockMultipartFile("file", "报告\u202efdp.exe.pdf", null, new byte[] { 1 })))
			.isEqualTo("报告fdp.exe.pdf");
	}
}

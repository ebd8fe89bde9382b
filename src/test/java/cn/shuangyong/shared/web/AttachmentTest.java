package cn.shuangyong.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletResponse;

class AttachmentTest {

	private static final String NAME = "2020年专栏清单.pdf";

	private static final String DISPOSITION = "attachment; filename=\"2020_____.pdf\"; "
			+ "filename*=UTF-8''2020%E5%B9%B4%E4%B8%93%E6%A0%8F%E6%B8%85%E5%8D%95.pdf";

	@Test
	void aGeneratedFileIsAnUncachedUnsniffedDownloadUnderItsChineseName() {
		for (ResponseEntity<byte[]> file : java.util.List.of(Attachment.pdf(NAME, new byte[] { 1 }),
				Attachment.named(NAME, MediaType.APPLICATION_PDF).body(new byte[] { 1 }))) {
			assertGuardedDownload(file.getHeaders(), "application/pdf");
			assertThat(file.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).isEqualTo(DISPOSITION);
		}
		assertGuardedDownload(Attachment.docx("通报.docx", new byte[0]).getHeaders(), Attachment.DOCX.toString());
		assertGuardedDownload(Attachment.xlsx("台账.xlsx", new byte[0]).getHeaders(), Attachment.XLSX.toString());
	}

	@Test
	void aStoredFileIsStreamedWithItsLengthAndTheSameHeaders(@TempDir Path folder) throws IOException {
		Path stored = Files.write(folder.resolve("0f.pdf"), new byte[] { 1, 2, 3 });
		var file = Attachment.stored(NAME, MediaType.APPLICATION_PDF, stored, 3);
		assertGuardedDownload(file.getHeaders(), "application/pdf");
		assertThat(file.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).isEqualTo(DISPOSITION);
		assertThat(file.getHeaders().getContentLength()).isEqualTo(3);
		assertThat(file.getBody().getContentAsByteArray()).containsExactly(1, 2, 3);
	}

	@Test
	void aFileWrittenWhileItIsSentGetsTheSameHeadersFirst() {
		MockHttpServletResponse response = new MockHttpServletResponse();
		Attachment.prepare(response, "优抚对象-20200930.csv", MediaType.parseMediaType("text/csv;charset=UTF-8"));
		assertThat(response.getContentType()).isEqualTo("text/csv;charset=UTF-8");
		assertThat(response.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-store");
		assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(response.getHeader(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment; ")
			.endsWith("filename*=UTF-8''%E4%BC%98%E6%8A%9A%E5%AF%B9%E8%B1%A1-20200930.csv");
	}

	@Test
	void aNameCannotBreakOutOfItsHeader() {
		String header = Attachment.xlsx("a\"; filename=evil.exe\r\n.xlsx", new byte[0]).getHeaders()
			.getFirst(HttpHeaders.CONTENT_DISPOSITION);
		assertThat(header).doesNotContain("\r").doesNotContain("\n").endsWith("filename*=UTF-8''a%22%3B%20filename%3Devil.exe__.xlsx");
		assertThat(header).startsWith("attachment; filename=\"a\\\"; filename=evil.exe");
	}

	@Test
	void aPhotoShownInAPageIsInlineButAsPrivate() {
		HttpHeaders headers = Attachment.inline(MediaType.IMAGE_JPEG).body(new byte[0]).getHeaders();
		assertGuardedDownload(headers, "image/jpeg");
		assertThat(headers.getFirst(HttpHeaders.CONTENT_DISPOSITION)).isEqualTo("inline");
	}

	private static void assertGuardedDownload(HttpHeaders headers, String type) {
		assertThat(headers.getContentType()).hasToString(type);
		assertThat(headers.getCacheControl()).isEqualTo("no-store");
		assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
	}
}

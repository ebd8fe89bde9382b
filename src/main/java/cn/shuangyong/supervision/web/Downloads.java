package cn.shuangyong.supervision.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** File answers with the Chinese file name kept (RFC 6266 filename*). */
final class Downloads {

	static final MediaType DOCX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

	static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private Downloads() {
	}

	static ResponseEntity<byte[]> docx(String name, byte[] content) {
		return file(DOCX, name, content);
	}

	static ResponseEntity<byte[]> pdf(String name, byte[] content) {
		return file(MediaType.APPLICATION_PDF, name, content);
	}

	static ResponseEntity<byte[]> xlsx(String name, byte[] content) {
		return file(XLSX, name, content);
	}

	private static ResponseEntity<byte[]> file(MediaType type, String name, byte[] content) {
		return ResponseEntity.ok().contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.body(content);
	}
}
